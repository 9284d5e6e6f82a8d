// WorkerThread: objects live and die on their thread; a Background thread yields to the UI
// thread (nice +5 on Linux, per thread).
#include "util/workerthread.h"

#include <QPointer>
#include <QTest>
#include <sys/resource.h>

using namespace artgen::core;

class TestWorkerThread : public QObject
{
    Q_OBJECT

    // The nice value of the thread `object` lives on, read on that thread.
    static int niceOf(QObject* object)
    {
        int nice = -100;
        QMetaObject::invokeMethod(
            object, [&nice] { nice = ::getpriority(PRIO_PROCESS, 0); },
            Qt::BlockingQueuedConnection);
        return nice;
    }

private Q_SLOTS:
    void backgroundThreadRunsAtALowerPriority()
    {
        const int base = ::getpriority(PRIO_PROCESS, 0);
        QPointer<QObject> normalObject = new QObject;
        QPointer<QObject> backgroundObject = new QObject;
        {
            WorkerThread normal(QStringLiteral("normal"));
            WorkerThread background(QStringLiteral("background"),
                                    WorkerThread::Priority::Background);
            normal.adopt(normalObject);
            background.adopt(backgroundObject);
            QCOMPARE(normalObject->thread(), normal.thread());
            QCOMPARE(niceOf(normalObject), base);
            QCOMPARE(niceOf(backgroundObject), qMin(base + 5, 19));
            QCOMPARE(::getpriority(PRIO_PROCESS, 0), base); // this thread is untouched
        }
        // The threads ended and deleted what they adopted.
        QVERIFY(normalObject.isNull());
        QVERIFY(backgroundObject.isNull());
    }
};

QTEST_GUILESS_MAIN(TestWorkerThread)
#include "tst_workerthread.moc"
