#include "job.h"

#include "logging/categories.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

namespace artgen::core {

namespace {
constexpr int kLogBatchMs = 50;
}

Job::Job(QString title, QObject* parent)
    : QObject(parent), m_title(std::move(title)), m_homeThread(QThread::currentThread())
{}

Job::~Job() = default;

bool Job::isFinished() const
{
    const State s = m_state.load();
    return s == State::Succeeded || s == State::Failed || s == State::Cancelled;
}

QVariant Job::result() const
{
    QMutexLocker lock(&m_mutex);
    return m_result;
}

Error Job::error() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

QStringList Job::steps() const
{
    QMutexLocker lock(&m_mutex);
    return m_steps;
}

void Job::declareSteps(const QStringList& titles)
{
    Q_ASSERT(m_state.load() == State::Pending);
    QMutexLocker lock(&m_mutex);
    m_steps = titles;
}

void Job::beginStep(int index)
{
    QString title;
    {
        QMutexLocker lock(&m_mutex);
        if (index < 0 || index >= m_steps.size()) {
            qCWarning(lcJob) << "job" << m_title << "began undeclared step" << index;
            return;
        }
        title = m_steps.at(index);
    }
    m_currentStep = index;
    // Lines logged so far belong to the previous step: out before the new step is announced.
    flushLog();
    Q_EMIT stepStarted(index, title);
}

void Job::cancel()
{
    if (isFinished() || m_cancelRequested.exchange(true))
        return;
    // onCancel() must run where the job's sockets and processes live.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!isFinished())
                onCancel();
        },
        Qt::QueuedConnection);
}

void Job::start()
{
    if (m_state.load() != State::Pending)
        return;
    m_state = State::Running;
    m_logTimer = new QTimer(this);
    m_logTimer->setSingleShot(true);
    m_logTimer->setInterval(kLogBatchMs);
    connect(m_logTimer, &QTimer::timeout, this, &Job::flushLog);
    Q_EMIT started();
    if (m_cancelRequested.load()) {
        finishCancelled();
        return;
    }
    run();
    if (isFinished() || m_async)
        return;
    if (m_cancelRequested.load()) {
        finishCancelled();
        return;
    }
    fail(Error(Error::Code::Internal,
               QCoreApplication::translate("artgen::core::Job", "“%1” ended without a result.")
                   .arg(m_title),
               QCoreApplication::translate("artgen::core::Job", "This is a bug in the panel."),
               QCoreApplication::translate("artgen::core::Job",
                                           "Please report it with the log file attached.")));
}

void Job::reportProgress(double fraction)
{
    Q_EMIT progressChanged(fraction);
}

void Job::reportBytes(qint64 done, qint64 total)
{
    Q_EMIT bytesProgressChanged(done, total);
    if (total > 0)
        Q_EMIT progressChanged(double(done) / double(total));
}

void Job::log(const QString& line)
{
    // Into the panel's log file too (behind the secret redactor): what a backup or a compose
    // run did is still there after the window closed.
    qCInfo(lcJob).noquote() << m_title + QStringLiteral(": ") + line;
    {
        QMutexLocker lock(&m_mutex);
        m_pendingLines << line;
    }
    // A synchronous job blocks its thread's event loop, so the timer alone would hold lines
    // until the end: flush inline when the batch window has passed.
    if (!m_lastFlush.isValid() || m_lastFlush.elapsed() >= kLogBatchMs)
        flushLog();
    else if (m_logTimer && !m_logTimer->isActive())
        m_logTimer->start();
}

void Job::flushLog()
{
    m_lastFlush.start();
    QStringList lines;
    {
        QMutexLocker lock(&m_mutex);
        lines.swap(m_pendingLines);
    }
    if (!lines.isEmpty())
        Q_EMIT logLines(lines);
}

void Job::succeed(const QVariant& result)
{
    finishOnce(State::Succeeded, result, {});
}

void Job::fail(const Error& error)
{
    finishOnce(State::Failed, {}, error);
}

void Job::finishCancelled()
{
    finishOnce(State::Cancelled, {}, Error::cancelled());
}

bool Job::finishOnce(State state, const QVariant& result, const Error& error)
{
    State expected = State::Running;
    if (!m_state.compare_exchange_strong(expected, state)) {
        qCWarning(lcJob) << "job" << m_title << "tried to finish twice; ignored";
        return false;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_result = result;
        m_error = error;
    }
    if (m_logTimer)
        m_logTimer->stop();
    flushLog();
    // Hand the finished job back to the thread that created it, so its owner can read and
    // delete it after the worker thread is gone.
    if (thread() != m_homeThread && thread() == QThread::currentThread())
        moveToThread(m_homeThread);
    Q_EMIT finished();
    return true;
}

} // namespace artgen::core
