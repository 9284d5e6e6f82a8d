// WorkerHandle: a worker-thread object started queued, stopped and deleted on its thread, and
// the signals of an instance already stopped never reach the receiver.
#include "util/workerhandle.h"
#include "util/workerthread.h"

#include <QSemaphore>
#include <QTest>
#include <atomic>

using namespace artgen::core;

namespace {

class Worker : public QObject
{
    Q_OBJECT

public:
    explicit Worker(int id) : m_id(id) {}
    ~Worker() override { ++destroyed; }

    void start()
    {
        startedOn = QThread::currentThread();
        Q_EMIT value(m_id, QStringLiteral("started"));
        emitted.release(); // the queued call is posted to the receiver by now
    }
    void stop() { stoppedOn = QThread::currentThread(); }

    static inline std::atomic<int> destroyed{0};
    static inline QSemaphore emitted{0};
    static inline std::atomic<QThread*> startedOn{nullptr};
    static inline std::atomic<QThread*> stoppedOn{nullptr};

Q_SIGNALS:
    void value(int id, const QString& what);

private:
    int m_id;
};

// Blocks this thread (no event loop: nothing queued to it is delivered yet) until a worker has
// emitted, with a deadline.
bool waitUntilEmitted()
{
    return Worker::emitted.tryAcquire(1, 5000);
}

} // namespace

class TestWorkerHandle : public QObject
{
    Q_OBJECT

    QList<int> m_seen;

public:
    void record(int id, const QString&) { m_seen << id; }

private Q_SLOTS:
    void init()
    {
        m_seen.clear();
        Worker::destroyed = 0;
        Worker::emitted.acquire(Worker::emitted.available());
        Worker::startedOn = nullptr;
        Worker::stoppedOn = nullptr;
    }

    void startsOnItsThreadAndDeliversWhileCurrent()
    {
        WorkerThread thread(QStringLiteral("worker"));
        thread.adopt(new QObject); // starts the thread, as a Docker client does in the panel
        WorkerHandle<Worker> handle(&Worker::start, &Worker::stop);
        handle.reset(new Worker(1), thread.thread());
        handle.connect(&Worker::value, this, &TestWorkerHandle::record);
        handle.start();
        QTRY_COMPARE(m_seen, QList<int>{1});
        QCOMPARE(Worker::startedOn.load(), thread.thread());
        handle.stop();
        QVERIFY(!handle);
        QTRY_COMPARE(Worker::destroyed.load(), 1);
        QCOMPARE(Worker::stoppedOn.load(), thread.thread()); // stopped there, not here
    }

    // The case the pages had by hand: the old instance emitted, its queued delivery is still
    // pending on this thread when it is replaced. Only the new instance's signal arrives.
    void signalOfAStoppedInstanceIsDropped()
    {
        WorkerThread thread(QStringLiteral("worker"));
        thread.adopt(new QObject); // starts the thread, as a Docker client does in the panel
        WorkerHandle<Worker> handle(&Worker::start, &Worker::stop);
        handle.reset(new Worker(1), thread.thread());
        handle.connect(&Worker::value, this, [this](int id, const QString& w) { record(id, w); });
        handle.start();
        QVERIFY(waitUntilEmitted()); // posted, not delivered
        QVERIFY(m_seen.isEmpty());

        handle.reset(new Worker(2), thread.thread()); // stops and replaces 1
        handle.connect(&Worker::value, this, &TestWorkerHandle::record);
        handle.start();
        QVERIFY(waitUntilEmitted());
        QTRY_COMPARE(m_seen, QList<int>{2});
        QTest::qWait(50); // nothing of 1 comes late either
        QCOMPARE(m_seen, QList<int>{2});
        QTRY_COMPARE(Worker::destroyed.load(), 1);
        handle.stop();
        QTRY_COMPARE(Worker::destroyed.load(), 2);
    }

    void destructorStopsTheObject()
    {
        WorkerThread thread(QStringLiteral("worker"));
        thread.adopt(new QObject); // starts the thread, as a Docker client does in the panel
        {
            WorkerHandle<Worker> handle(&Worker::start, &Worker::stop);
            handle.reset(new Worker(3), thread.thread());
            handle.start();
            QVERIFY(waitUntilEmitted());
        }
        QTRY_COMPARE(Worker::destroyed.load(), 1);
        QCOMPARE(Worker::stoppedOn.load(), thread.thread());
    }
};

QTEST_GUILESS_MAIN(TestWorkerHandle)
#include "tst_workerhandle.moc"
