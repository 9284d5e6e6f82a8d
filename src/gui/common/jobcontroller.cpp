#include "jobcontroller.h"

#include "job/job.h"
#include "job/jobrunner.h"

#include <QLocale>

namespace artgen::gui {

namespace {
// Below this a speed is mostly noise.
constexpr qint64 kMinSpeedWindowMs = 500;

// The job and what it needs alive, owned together. Members go in reverse order: the job first,
// then the keep-alive.
struct Held
{
    std::shared_ptr<void> keepAlive;
    std::shared_ptr<core::Job> job;
};
} // namespace

JobController::JobController(core::JobRunner& runner, QObject* parent)
    : QObject(parent), m_runner(runner)
{}

// A job still running goes on under the runner, which cancels it at shutdown.
JobController::~JobController() = default;

bool JobController::run(std::shared_ptr<core::Job> job, std::shared_ptr<void> keepAlive)
{
    if (!job || isRunning())
        return false;
    auto held = std::make_shared<Held>(Held{std::move(keepAlive), std::move(job)});
    // Aliasing: every copy (ours, the runner's) owns `held`, so the keep-alive outlives the job.
    m_job = std::shared_ptr<core::Job>(held, held->job.get());
    m_title = m_job->title();
    m_cancelling = false;
    m_clock.start();
    m_elapsedAtEnd = -1;
    resetProgress();
    m_steps = m_job->steps();
    m_stepIndex = -1;
    m_lastLine.clear();
    m_outcome = Outcome::Succeeded;
    m_error = {};
    connectJob(m_job.get());
    Q_EMIT started(m_title);
    m_runner.start(m_job);
    return true;
}

void JobController::connectJob(core::Job* job)
{
    // Queued, always: the job runs on its own thread, and finished() must come after the last
    // progress and lines, and outside the job's own emit (the job may be released there).
    const auto queued = Qt::QueuedConnection;
    connect(job, &core::Job::logLines, this, &JobController::onLines, queued);
    connect(job, &core::Job::bytesProgressChanged, this, &JobController::onBytes, queued);
    connect(job, &core::Job::progressChanged, this, &JobController::onFraction, queued);
    connect(job, &core::Job::stepStarted, this, &JobController::onStep, queued);
    connect(
        job, &core::Job::finished, this, [this, job] { onFinished(job); }, queued);
}

void JobController::cancel()
{
    if (!m_job || m_cancelling)
        return;
    m_cancelling = true;
    m_job->cancel();
    Q_EMIT cancelRequested();
}

qint64 JobController::elapsedMs() const
{
    if (m_elapsedAtEnd >= 0)
        return m_elapsedAtEnd;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

double JobController::bytesPerSecond() const
{
    const qint64 ms = m_bytesAtMs - m_phaseStartMs;
    const bool flowing =
        m_bytesDone > m_phaseStartBytes && (m_bytesTotal <= 0 || m_bytesDone < m_bytesTotal);
    if (ms < kMinSpeedWindowMs || !flowing)
        return -1;
    return double(m_bytesDone - m_phaseStartBytes) * 1000.0 / double(ms);
}

QString JobController::stepTitle() const
{
    return m_steps.value(m_stepIndex);
}

void JobController::resetProgress()
{
    m_fraction = -1;
    m_bytesDone = -1;
    m_bytesTotal = -1;
    m_phaseTotal = -1;
    m_phaseStartBytes = 0;
    m_phaseStartMs = m_bytesAtMs = m_clock.isValid() ? m_clock.elapsed() : 0;
}

void JobController::onBytes(qint64 done, qint64 total)
{
    const qint64 now = m_clock.elapsed();
    if (total != m_phaseTotal || done < m_phaseStartBytes) {
        m_phaseTotal = total;
        m_phaseStartBytes = done;
        m_phaseStartMs = now;
    }
    m_bytesDone = done;
    m_bytesTotal = total;
    m_bytesAtMs = now;
    // The job reports the fraction of a known total itself, right after.
    Q_EMIT progressChanged();
}

void JobController::onFraction(double fraction)
{
    m_fraction = fraction < 0 ? -1 : qBound(0.0, fraction, 1.0);
    Q_EMIT progressChanged();
}

void JobController::onStep(int index, const QString& title)
{
    m_stepIndex = index;
    // A new step measures its own progress; figures of the last one would be stale.
    resetProgress();
    Q_EMIT stepChanged(index, int(m_steps.size()), title);
    Q_EMIT progressChanged();
}

void JobController::onLines(const QStringList& lines)
{
    if (lines.isEmpty())
        return;
    m_lastLine = lines.last().trimmed();
    Q_EMIT linesArrived(lines);
}

void JobController::onFinished(core::Job* job)
{
    if (m_job.get() != job)
        return;
    job->disconnect(this);
    // Ours goes out of scope at the end, after every handler of finished() has read the job.
    const std::shared_ptr<core::Job> done = std::exchange(m_job, nullptr);
    m_elapsedAtEnd = m_clock.elapsed();
    m_error = done->error();
    switch (done->state()) {
    case core::Job::State::Succeeded:
        m_outcome = Outcome::Succeeded;
        break;
    case core::Job::State::Cancelled:
        m_outcome = Outcome::Cancelled;
        break;
    default:
        m_outcome = Outcome::Failed;
    }
    Q_EMIT finished(done.get(), m_outcome);
}

QString JobController::durationText(qint64 ms)
{
    if (ms < 60000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60);
}

} // namespace artgen::gui
