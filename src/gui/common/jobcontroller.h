#pragma once

#include "job/job.h"
#include "util/error.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <memory>

namespace artgen::core {
class JobRunner;
}

namespace artgen::gui {

// Drives one core::Job at a time for a page, a wizard or a tester: starts it on the JobRunner,
// follows its progress (fraction, bytes and the speed of the current phase), its declared steps
// and its log lines (in the job's own ~50 ms batches), cancels it, and reports the verdict.
//
// Lifetime: the job is released right after finished() has been delivered — no page holds it.
// A keep-alive handed to run() (say, the services object that owns the Docker client the job
// talks to) travels with the job: it is let go only after the job itself is destroyed, whoever
// drops the job last, this controller or the runner. The caller must not keep its own strong
// reference to the job, or the job could outlive what it uses.
class JobController : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Succeeded, Failed, Cancelled };
    Q_ENUM(Outcome)

    explicit JobController(core::JobRunner& runner, QObject* parent = nullptr);
    ~JobController() override;

    // Starts `job` (no parent, not started). Refused (false) while another job runs.
    bool run(std::shared_ptr<core::Job> job, std::shared_ptr<void> keepAlive = {});
    bool isRunning() const { return bool(m_job); }
    // The running job, or null.
    core::Job* job() const { return m_job.get(); }
    QString title() const { return m_title; }

    // Asks the running job to stop; finished() follows with Cancelled (or whatever the job
    // still reached). No-op when idle or already asked.
    void cancel();
    bool isCancelling() const { return m_cancelling; }

    // Since the running (or last) job started; frozen at its end.
    qint64 elapsedMs() const;
    // -1 while unknown.
    double fraction() const { return m_fraction; }
    // -1 while the current step reported no bytes; the total is -1 while unknown.
    qint64 bytesDone() const { return m_bytesDone; }
    qint64 bytesTotal() const { return m_bytesTotal; }
    // Bytes per second in the current phase; -1 until there is a fair measure, and once the
    // phase is complete (a finished phase would show a speed falling to zero).
    double bytesPerSecond() const;

    // The job's declared steps (empty when it declares none) and the one under way (-1: none).
    QStringList steps() const { return m_steps; }
    int stepIndex() const { return m_stepIndex; }
    QString stepTitle() const;
    // The last log line so far, for a one-line "what is it doing".
    QString lastLine() const { return m_lastLine; }

    // The last job's verdict: valid from finished() until the next run().
    Outcome outcome() const { return m_outcome; }
    core::Error error() const { return m_error; }

    // "4.2 s", "3 min 5 s": how long a job took, for verdicts and output.
    static QString durationText(qint64 ms);

Q_SIGNALS:
    void started(const QString& title);
    void stepChanged(int index, int count, const QString& title);
    // fraction(), bytesDone(), bytesTotal() or bytesPerSecond() changed.
    void progressChanged();
    void linesArrived(const QStringList& lines);
    void cancelRequested();
    // The job is still alive while this is delivered (and released right after); isRunning()
    // is already false, so a handler may start the next job.
    void finished(artgen::core::Job* job, artgen::gui::JobController::Outcome outcome);

private:
    void connectJob(core::Job* job);
    void resetProgress();
    void onBytes(qint64 done, qint64 total);
    void onFraction(double fraction);
    void onStep(int index, const QString& title);
    void onLines(const QStringList& lines);
    void onFinished(core::Job* job);

    core::JobRunner& m_runner;
    std::shared_ptr<core::Job> m_job;
    QString m_title;
    bool m_cancelling = false;
    QElapsedTimer m_clock;
    qint64 m_elapsedAtEnd = -1;
    double m_fraction = -1;
    qint64 m_bytesDone = -1;
    qint64 m_bytesTotal = -1;
    // The phase whose speed is measured: it starts when the total changes or the count restarts
    // (e.g. the safety backup before a restore, then the restore itself).
    qint64 m_phaseTotal = -1;
    qint64 m_phaseStartBytes = 0;
    qint64 m_phaseStartMs = 0;
    qint64 m_bytesAtMs = 0; // when the last figures arrived
    QStringList m_steps;
    int m_stepIndex = -1;
    QString m_lastLine;
    Outcome m_outcome = Outcome::Succeeded;
    core::Error m_error;
};

} // namespace artgen::gui
