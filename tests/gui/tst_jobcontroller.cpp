// JobController with a real core::Job on the real JobRunner, without widgets: progress, steps,
// lines, the verdict (success, failure, cancel), one job at a time, and the release of the job and
// of its keep-alive after it finished.
#include "common/jobcontroller.h"
#include "job/job.h"
#include "job/jobrunner.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace artgen;
using core::Error;
using core::Job;
using gui::JobController;

namespace {

// Two declared steps with bytes, a fraction and lines; then it succeeds, fails, or waits for
// cancel or for the test to let it finish.
class StepJob : public Job
{
    Q_OBJECT

public:
    enum class End { Succeed, Fail, WaitForCancel, WaitForRelease };

    explicit StepJob(End end) : Job(QStringLiteral("Copy")), m_end(end)
    {
        declareSteps({QStringLiteral("Read the file."), QStringLiteral("Write the copy.")});
    }

    // From the test's thread: finishes the waiting job on its own thread.
    void release()
    {
        QMetaObject::invokeMethod(
            this, [this] { succeed(7); }, Qt::QueuedConnection);
    }

protected:
    void run() override
    {
        beginStep(0);
        log(QStringLiteral("reading"));
        reportBytes(50, 100);
        beginStep(1);
        log(QStringLiteral("writing"));
        log(QStringLiteral("written"));
        reportProgress(1.0);
        switch (m_end) {
        case End::Succeed:
            return succeed(42);
        case End::Fail:
            return fail(Error(Error::Code::Io, QStringLiteral("The copy cannot be written."),
                              QStringLiteral("The disk is full."),
                              QStringLiteral("Free some space.")));
        case End::WaitForCancel:
        case End::WaitForRelease:
            setAsync();
        }
    }
    void onCancel() override
    {
        log(QStringLiteral("stopping"));
        finishCancelled();
    }

private:
    End m_end;
};

// Notes, when it goes, whether the job it kept alive was already gone.
struct Sentinel
{
    std::weak_ptr<Job> job;
    bool* jobGoneFirst;
    ~Sentinel() { *jobGoneFirst = job.expired(); }
};

struct Progress
{
    int step;
    double fraction;
    qint64 done;
    qint64 total;
};

} // namespace

class TestJobController : public QObject
{
    Q_OBJECT

    core::JobRunner m_runner;

private Q_SLOTS:
    void cleanup() { QTRY_COMPARE_WITH_TIMEOUT(m_runner.runningCount(), 0, 10000); }

    void successReportsStepsProgressLinesAndVerdict()
    {
        JobController controller(m_runner);
        QSignalSpy started(&controller, &JobController::started);
        QSignalSpy steps(&controller, &JobController::stepChanged);
        QSignalSpy finished(&controller, &JobController::finished);
        QStringList lines;
        QList<Progress> progress;
        int linesAtFinish = -1;
        connect(&controller, &JobController::linesArrived, this,
                [&](const QStringList& batch) { lines << batch; });
        connect(&controller, &JobController::progressChanged, this, [&] {
            progress.append({controller.stepIndex(), controller.fraction(), controller.bytesDone(),
                             controller.bytesTotal()});
        });
        connect(&controller, &JobController::finished, this, [&] {
            linesAtFinish = int(lines.size());
            QVERIFY(!controller.isRunning()); // a handler may start the next job
        });

        QVERIFY(controller.run(std::make_shared<StepJob>(StepJob::End::Succeed)));
        QVERIFY(controller.isRunning());
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(0).toString(), QStringLiteral("Copy"));
        QCOMPARE(controller.steps(), QStringList({QStringLiteral("Read the file."),
                                                  QStringLiteral("Write the copy.")}));
        QCOMPARE(controller.stepIndex(), -1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);

        QCOMPARE(finished.at(0).at(1).value<JobController::Outcome>(),
                 JobController::Outcome::Succeeded);
        QCOMPARE(controller.outcome(), JobController::Outcome::Succeeded);
        QVERIFY(!controller.error().isError());
        QVERIFY(!controller.isRunning());
        QCOMPARE(controller.job(), nullptr);
        // Steps as "step i of n", in order.
        QCOMPARE(steps.count(), 2);
        QCOMPARE(steps.at(0), QVariantList({0, 2, QStringLiteral("Read the file.")}));
        QCOMPARE(steps.at(1), QVariantList({1, 2, QStringLiteral("Write the copy.")}));
        QCOMPARE(controller.stepIndex(), 1);
        QCOMPARE(controller.stepTitle(), QStringLiteral("Write the copy."));
        // Every line, in order, before the verdict.
        QCOMPARE(lines, QStringList({QStringLiteral("reading"), QStringLiteral("writing"),
                                     QStringLiteral("written")}));
        QCOMPARE(linesAtFinish, 3);
        QCOMPARE(controller.lastLine(), QStringLiteral("written"));
        // Bytes of step 1, then a fresh start for step 2 with its own fraction.
        const auto seen = [&](int step, double fraction, qint64 done, qint64 total) {
            return std::any_of(progress.cbegin(), progress.cend(), [&](const Progress& p) {
                return p.step == step && qFuzzyCompare(p.fraction, fraction) && p.done == done &&
                       p.total == total;
            });
        };
        QVERIFY(seen(0, 0.5, 50, 100));
        QVERIFY(seen(1, 1.0, -1, -1));
        QCOMPARE(controller.fraction(), 1.0);
        QCOMPARE(controller.bytesDone(), -1);
        QVERIFY(controller.bytesPerSecond() < 0); // no bytes are flowing
        // The clock stops with the job.
        const qint64 elapsed = controller.elapsedMs();
        QTRY_COMPARE_WITH_TIMEOUT(m_runner.runningCount(), 0, 10000);
        QCOMPARE(controller.elapsedMs(), elapsed);
    }

    void failureCarriesTheTypedError()
    {
        JobController controller(m_runner);
        QSignalSpy finished(&controller, &JobController::finished);
        QVERIFY(controller.run(std::make_shared<StepJob>(StepJob::End::Fail)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.at(0).at(1).value<JobController::Outcome>(),
                 JobController::Outcome::Failed);
        QCOMPARE(controller.error().code(), Error::Code::Io);
        QCOMPARE(controller.error().what(), QStringLiteral("The copy cannot be written."));
        QCOMPARE(controller.error().todo(), QStringLiteral("Free some space."));
    }

    void cancelEndsTheJobOnce()
    {
        JobController controller(m_runner);
        QSignalSpy cancelRequested(&controller, &JobController::cancelRequested);
        QSignalSpy finished(&controller, &JobController::finished);
        QStringList lines;
        connect(&controller, &JobController::linesArrived, this,
                [&](const QStringList& batch) { lines << batch; });
        controller.cancel(); // idle: nothing to cancel
        QCOMPARE(cancelRequested.count(), 0);
        QVERIFY(controller.run(std::make_shared<StepJob>(StepJob::End::WaitForCancel)));
        QTRY_VERIFY_WITH_TIMEOUT(lines.contains(QStringLiteral("written")), 10000);
        QVERIFY(controller.isRunning());
        controller.cancel();
        QVERIFY(controller.isCancelling());
        controller.cancel();
        QCOMPARE(cancelRequested.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(controller.outcome(), JobController::Outcome::Cancelled);
        QCOMPARE(controller.error().code(), Error::Code::Cancelled);
        QCOMPARE(lines.last(), QStringLiteral("stopping"));
    }

    void oneJobAtATimeAndTheNextMayStartFromFinished()
    {
        JobController controller(m_runner);
        auto first = std::make_shared<StepJob>(StepJob::End::WaitForRelease);
        StepJob* firstRaw = first.get();
        QVERIFY(controller.run(std::move(first)));
        auto refused = std::make_shared<StepJob>(StepJob::End::Succeed);
        QVERIFY(!controller.run(refused));
        QCOMPARE(refused->state(), Job::State::Pending); // never started
        QCOMPARE(controller.job(), firstRaw);

        // The second job starts from the first one's finished(): the first is released, the
        // second one runs on.
        std::weak_ptr<Job> second;
        QList<JobController::Outcome> outcomes;
        connect(&controller, &JobController::finished, this,
                [&](Job*, JobController::Outcome outcome) {
                    outcomes << outcome;
                    if (outcomes.size() == 1) {
                        auto next = std::make_shared<StepJob>(StepJob::End::Succeed);
                        second = next;
                        QVERIFY(controller.run(std::move(next)));
                    }
                });
        QTRY_COMPARE_WITH_TIMEOUT(controller.stepIndex(), 1, 10000);
        firstRaw->release();
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 2, 10000);
        QCOMPARE(outcomes,
                 QList({JobController::Outcome::Succeeded, JobController::Outcome::Succeeded}));
        QTRY_VERIFY_WITH_TIMEOUT(second.expired(), 10000);
    }

    // The keep-alive (in the panel: the services that own the Docker client) lives while the job
    // runs, while finished() is delivered, and goes only after the job itself is gone.
    void keepAliveOutlivesTheJob()
    {
        JobController controller(m_runner);
        auto job = std::make_shared<StepJob>(StepJob::End::WaitForRelease);
        StepJob* raw = job.get();
        const std::weak_ptr<Job> weakJob = job;
        bool jobGoneFirst = false;
        auto keepAlive = std::make_shared<Sentinel>(Sentinel{weakJob, &jobGoneFirst});
        const std::weak_ptr<void> weakKeepAlive = keepAlive;
        QVERIFY(controller.run(std::move(job), std::move(keepAlive)));
        bool aliveDuringFinished = false;
        connect(&controller, &JobController::finished, this, [&](Job* finishedJob) {
            aliveDuringFinished = !weakKeepAlive.expired() && !weakJob.expired() &&
                                  finishedJob == raw && finishedJob->result().toInt() == 7;
        });
        QTRY_COMPARE_WITH_TIMEOUT(controller.stepIndex(), 1, 10000);
        QVERIFY(!weakKeepAlive.expired());
        raw->release();
        QTRY_VERIFY_WITH_TIMEOUT(weakKeepAlive.expired(), 10000);
        QVERIFY(aliveDuringFinished);
        QVERIFY(weakJob.expired());
        QVERIFY(jobGoneFirst);
    }

    void durationText()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(JobController::durationText(4200), QStringLiteral("4.2 s"));
        QCOMPARE(JobController::durationText(185000), QStringLiteral("3 min 5 s"));
    }
};

QTEST_GUILESS_MAIN(TestJobController)
#include "tst_jobcontroller.moc"
