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

    // A page's teardown: its handle stops the worker, then the thread the worker shares with the
    // client it reads from ends at once. The stop is still delivered, even when the thread is
    // busy as it is told to end, and the worker is deleted before the client.
    void workerStoppedAsItsThreadEndsGoesBeforeTheClient()
    {
        std::atomic<int> order{0};
        std::atomic<int> workerGone{0};
        std::atomic<int> clientGone{0};
        std::atomic<bool> stopPosted{false};
        QSemaphore busy;
        QThread* workerThread = nullptr;
        {
            WorkerThread thread(QStringLiteral("worker"));
            workerThread = thread.thread();
            auto* client = new QObject;
            QObject::connect(client, &QObject::destroyed, [&] { clientGone = ++order; });
            thread.adopt(client);
            WorkerHandle<Worker> handle(&Worker::start, &Worker::stop);
            handle.reset(new Worker(4), thread.thread());
            QObject::connect(handle.get(), &QObject::destroyed, [&] { workerGone = ++order; });
            handle.start();
            QVERIFY(waitUntilEmitted());
            QMetaObject::invokeMethod(
                client,
                [&] {
                    busy.release();
                    while (!stopPosted)
                        QThread::yieldCurrentThread();
                    // Still busy while this thread goes on to end it: an event loop told to
                    // quit right away would end before the stop below is delivered.
                    QThread::msleep(100);
                },
                Qt::QueuedConnection);
            QVERIFY(busy.tryAcquire(1, 5000)); // the stop comes while the thread is busy
            handle.stop();
            stopPosted = true;
        }
        QVERIFY(Worker::stoppedOn.load() == workerThread); // (that QThread is gone: no printing)
        QCOMPARE(workerGone.load(), 1);
        QCOMPARE(clientGone.load(), 2);
    }
};

QTEST_GUILESS_MAIN(TestWorkerHandle)
#include "tst_workerhandle.moc"
