#include "jobrunner.h"

#include "job.h"

#include <QDeadlineTimer>
#include <QThread>

namespace artgen::core {

JobRunner::JobRunner(QObject* parent) : QObject(parent) {}

JobRunner::~JobRunner()
{
    shutdown();
}

void JobRunner::start(const std::shared_ptr<Job>& job)
{
    Q_ASSERT(job && !job->parent());
    auto* thread = new QThread;
    thread->setObjectName(QStringLiteral("job"));
    job->moveToThread(thread);
    Job* raw = job.get();
    connect(thread, &QThread::started, raw, &Job::start);
    // Direct: the job emits finished() on its worker thread after moving itself home.
    connect(raw, &Job::finished, thread, &QThread::quit, Qt::DirectConnection);
    // Queued to this (the owner's) thread: only now is the worker thread really done with it.
    connect(thread, &QThread::finished, this, [this, thread] {
        m_running.removeIf([thread](const Running& r) { return r.thread == thread; });
        thread->deleteLater();
    });
    m_running.append({thread, job});
    thread->start();
}

int JobRunner::runningCount() const
{
    int n = 0;
    for (const Running& r : m_running)
        if (r.thread && r.thread->isRunning())
            ++n;
    return n;
}

bool JobRunner::shutdown(int timeoutMs)
{
    for (const Running& r : std::as_const(m_running))
        r.job->cancel();
    QDeadlineTimer deadline(timeoutMs);
    bool allStopped = true;
    for (const Running& r : std::as_const(m_running)) {
        if (!r.thread)
            continue;
        if (!r.thread->wait(deadline)) {
            // A job that ignores cancel: end its event loop rather than hang the app's exit.
            r.thread->quit();
            allStopped = r.thread->wait(1000) && allStopped;
        }
        if (!r.thread->isRunning())
            delete r.thread.data();
    }
    m_running.clear();
    return allStopped;
}

} // namespace artgen::core
