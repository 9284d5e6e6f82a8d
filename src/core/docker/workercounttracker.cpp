#include "workercounttracker.h"

namespace artgen::core {

void WorkerCountTracker::changed(const QDateTime& now)
{
    // Measurements from before the change say nothing about the new processes; the last one
    // is still shown until the next arrives.
    m_previous.reset();
    m_lastComparable = false;
    m_deadline = now.addMSecs(settleDeadlineMs);
}

void WorkerCountTracker::record(const WorkerReport& report, const QDateTime& now)
{
    m_previous = m_lastComparable ? m_last : std::nullopt;
    m_last = report;
    m_lastComparable = true;
    if (!m_deadline.isValid())
        m_deadline = now.addMSecs(settleDeadlineMs); // the first measurement settles too
}

void WorkerCountTracker::failed()
{
    m_previous.reset();
    m_last.reset();
}

bool WorkerCountTracker::settled() const
{
    return m_previous && m_last && sameCounts(*m_previous, *m_last) && m_last->gunicornOk() &&
           m_last->celeryOk();
}

bool WorkerCountTracker::wantsAnother(const QDateTime& now) const
{
    return !settled() && m_deadline.isValid() && now < m_deadline;
}

bool WorkerCountTracker::sameCounts(const WorkerReport& a, const WorkerReport& b)
{
    return a.gunicornMasters == b.gunicornMasters && a.gunicornWorkers == b.gunicornWorkers &&
           a.celeryWorkers == b.celeryWorkers;
}

bool WorkerCountTracker::isStarting(const ServiceStatus& c, const QDateTime& now)
{
    if (c.state == QStringLiteral("restarting"))
        return true;
    if (c.state != QStringLiteral("running"))
        return false;
    if (c.health == QStringLiteral("starting"))
        return true;
    return c.healthStartPeriodSecs > 0 && c.startedAt.isValid() &&
           c.startedAt.secsTo(now) < c.healthStartPeriodSecs;
}

bool WorkerCountTracker::isStopped(const ServiceStatus& c)
{
    static const QStringList stopped = {QStringLiteral("exited"), QStringLiteral("dead"),
                                        QStringLiteral("removing"), QStringLiteral("created"),
                                        QStringLiteral("missing")};
    return stopped.contains(c.state);
}

void WorkerCountTracker::containerEvent(const QString& container, const QString& action)
{
    // "kill" comes first (compose down and docker stop send SIGTERM); the state stays
    // "running" until the processes are gone, while the pool is already shrinking.
    if (action == QStringLiteral("kill") || action == QStringLiteral("stop"))
        m_stopping.insert(container);
    else if (action == QStringLiteral("start") || action == QStringLiteral("destroy"))
        m_stopping.remove(container);
}

WorkerCountTracker::Mark WorkerCountTracker::markFor(bool countOk, const ServiceStatus* container,
                                                     const QDateTime& now) const
{
    if (container && m_stopping.contains(container->container))
        return isStopped(*container) ? Mark::Stopped : Mark::Stopping;
    return mark(countOk, container, now);
}

WorkerCountTracker::Mark WorkerCountTracker::mark(bool countOk, const ServiceStatus* container,
                                                  const QDateTime& now)
{
    if (container && isStopped(*container))
        return Mark::Stopped; // whatever was counted, there is no pool to judge
    if (countOk)
        return Mark::Ok;
    return container && isStarting(*container, now) ? Mark::Starting : Mark::Failed;
}

} // namespace artgen::core
