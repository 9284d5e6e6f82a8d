#include "job/job.h"
#include "job/jobrunner.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace artgen::core;

namespace {

// Succeeds with a value, or fails with a given error.
class ValueJob : public Job
{
public:
    explicit ValueJob(bool succeedIt) : Job(QStringLiteral("value")), m_succeed(succeedIt) {}
    QThread* ranOn = nullptr;

protected:
    void run() override
    {
        ranOn = QThread::currentThread();
        log(QStringLiteral("working"));
        reportProgress(0.5);
        if (m_succeed)
            succeed(42);
        else
            fail(Error(Error::Code::Io, QStringLiteral("Disk full"), QStringLiteral("No space"),
                       QStringLiteral("Free some space")));
        // A second result must be ignored: result and error are set exactly once.
        succeed(7);
    }

private:
    bool m_succeed;
};

// Synchronous work in steps, checking for cancel between them.
class LoopJob : public Job
{
public:
    LoopJob() : Job(QStringLiteral("loop")) {}
    std::atomic<int> steps{0};
    std::atomic<bool> running{false};

protected:
    void run() override
    {
        running = true;
        while (!isCancelRequested() && steps < 1000000) {
            ++steps;
            QElapsedTimer work; // a step of simulated work: busy for 0.1 ms
            work.start();
            while (work.nsecsElapsed() < 100000) {
            }
        }
        // Returns without a result when cancelled: the base class turns that into Cancelled.
    }
};

// Asynchronous: a timer that never fires before cancel; cancel arrives through onCancel() on
// the job's own thread.
class AsyncJob : public Job
{
public:
    AsyncJob() : Job(QStringLiteral("async")) {}
    std::atomic<bool> cancelOnJobThread{false};
    std::atomic<bool> started{false};

protected:
    void run() override
    {
        setAsync();
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] { succeed(QStringLiteral("late")); });
        m_timer->start(60000);
        started = true;
    }
    void onCancel() override
    {
        cancelOnJobThread =
            QThread::currentThread() == thread() && QThread::currentThread() != qApp->thread();
        m_timer->stop();
        finishCancelled();
    }

private:
    QTimer* m_timer = nullptr;
};

class ForgetfulJob : public Job
{
public:
    ForgetfulJob() : Job(QStringLiteral("forgetful")) {}

protected:
    void run() override {}
};

class ChattyJob : public Job
{
public:
    ChattyJob() : Job(QStringLiteral("chatty")) {}

protected:
    void run() override
    {
        for (int i = 0; i < 20000; ++i)
            log(QString::number(i));
        succeed();
    }
};

// Declares two steps and announces them between lines; an undeclared step is ignored.
class StepsJob : public Job
{
public:
    StepsJob() : Job(QStringLiteral("steps"))
    {
        declareSteps({QStringLiteral("First."), QStringLiteral("Second.")});
    }

protected:
    void run() override
    {
        log(QStringLiteral("before"));
        beginStep(0);
        log(QStringLiteral("in first"));
        beginStep(1);
        beginStep(2); // not declared
        succeed();
    }
};

} // namespace

class TestJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successDeliversResultOnceOnWorkerThread()
    {
        JobRunner runner;
        auto job = std::make_shared<ValueJob>(true);
        QSignalSpy finished(job.get(), &Job::finished);
        QSignalSpy progress(job.get(), &Job::progressChanged);
        runner.start(job);
        // The job may finish before we would start waiting: wait for the count, not a new signal.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job->state(), Job::State::Succeeded);
        QCOMPARE(job->result().toInt(), 42);
        QVERIFY(!job->error().isError());
        QVERIFY(job->ranOn != QThread::currentThread());
        QCOMPARE(job->thread(), QThread::currentThread()); // handed back to its owner
        QCOMPARE(progress.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(runner.runningCount(), 0, 5000);
    }

    void failureCarriesTypedError()
    {
        JobRunner runner;
        auto job = std::make_shared<ValueJob>(false);
        QSignalSpy finished(job.get(), &Job::finished);
        runner.start(job);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job->state(), Job::State::Failed);
        QCOMPARE(job->error().code(), Error::Code::Io);
        QCOMPARE(job->error().message(), QStringLiteral("Disk full. No space. Free some space."));
        QVERIFY(!job->result().isValid());
    }

    void cancelStopsSynchronousJob()
    {
        JobRunner runner;
        auto job = std::make_shared<LoopJob>();
        QSignalSpy finished(job.get(), &Job::finished);
        runner.start(job);
        QTRY_VERIFY_WITH_TIMEOUT(job->running.load(), 5000);
        job->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(job->state(), Job::State::Cancelled);
        QCOMPARE(job->error().code(), Error::Code::Cancelled);
        QVERIFY(job->steps.load() < 1000000);
    }

    void cancelReachesAsyncJobOnItsThread()
    {
        JobRunner runner;
        auto job = std::make_shared<AsyncJob>();
        QSignalSpy finished(job.get(), &Job::finished);
        runner.start(job);
        QTRY_VERIFY_WITH_TIMEOUT(job->started.load(), 5000);
        QCOMPARE(job->state(), Job::State::Running);
        job->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(job->state(), Job::State::Cancelled);
        QVERIFY(job->cancelOnJobThread.load());
        QCOMPARE(finished.count(), 1);
    }

    void cancelBeforeStartNeverRuns()
    {
        JobRunner runner;
        auto job = std::make_shared<LoopJob>();
        job->cancel();
        QSignalSpy finished(job.get(), &Job::finished);
        runner.start(job);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(job->state(), Job::State::Cancelled);
        QVERIFY(!job->running.load());
    }

    void jobWithoutResultIsAnInternalError()
    {
        JobRunner runner;
        auto job = std::make_shared<ForgetfulJob>();
        QSignalSpy finished(job.get(), &Job::finished);
        runner.start(job);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(job->state(), Job::State::Failed);
        QCOMPARE(job->error().code(), Error::Code::Internal);
        QVERIFY(job->error().message().contains(QStringLiteral("forgetful")));
    }

    void logLinesAreBatchedAndComplete()
    {
        JobRunner runner;
        auto job = std::make_shared<ChattyJob>();
        QStringList all;
        int batches = 0;
        int finished = 0;
        // Both queued to this thread, as the GUI receives them: the lines queued before
        // finished() must all be here when finished() is. (A QSignalSpy counts finished() on the
        // worker thread, before the last batches arrive.) The context dies before the variables
        // the lambdas write to, so no late batch can reach them after a failed check.
        QObject context;
        connect(job.get(), &Job::logLines, &context, [&](const QStringList& lines) {
            ++batches;
            all << lines;
        });
        connect(job.get(), &Job::finished, &context, [&] { ++finished; });
        runner.start(job);
        QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 10000);
        QCOMPARE(all.size(), 20000);
        QCOMPARE(all.first(), QStringLiteral("0"));
        QCOMPARE(all.last(), QStringLiteral("19999"));
        QVERIFY2(batches < 200, qPrintable(QStringLiteral("%1 batches").arg(batches)));
    }

    void declaredStepsAreAnnouncedInOrderAfterTheirLines()
    {
        JobRunner runner;
        auto job = std::make_shared<StepsJob>();
        QCOMPARE(job->steps(), QStringList({QStringLiteral("First."), QStringLiteral("Second.")}));
        QCOMPARE(job->currentStep(), -1);
        // Queued to this thread, as a front end receives them.
        QStringList events;
        QObject context;
        connect(job.get(), &Job::logLines, &context, [&](const QStringList& lines) {
            for (const QString& l : lines)
                events << QStringLiteral("line ") + l;
        });
        connect(job.get(), &Job::stepStarted, &context, [&](int index, const QString& title) {
            events << QStringLiteral("step %1 %2").arg(index).arg(title);
        });
        connect(job.get(), &Job::finished, &context, [&] { events << QStringLiteral("end"); });
        runner.start(job);
        QTRY_VERIFY_WITH_TIMEOUT(events.contains(QStringLiteral("end")), 5000);
        QCOMPARE(events,
                 QStringList({QStringLiteral("line before"), QStringLiteral("step 0 First."),
                              QStringLiteral("line in first"), QStringLiteral("step 1 Second."),
                              QStringLiteral("end")}));
        QCOMPARE(job->currentStep(), 1);
    }

    void runnerShutdownCancelsRunningJobs()
    {
        auto job = std::make_shared<LoopJob>();
        {
            JobRunner runner;
            runner.start(job);
            QTRY_VERIFY_WITH_TIMEOUT(job->running.load(), 5000);
            QVERIFY(runner.shutdown(5000));
            QCOMPARE(runner.runningCount(), 0);
        }
        QCOMPARE(job->state(), Job::State::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
