#pragma once

#include "stackinspector.h"
#include "workerinspector.h"

#include <QDateTime>
#include <QSet>
#include <optional>

namespace artgen::core {

// When the workers summary may believe a count. A container's workers fork some seconds after
// its start event, so one measurement on that event reads "1 + 0 of 8"; the count is believed
// only once two consecutive measurements agree and match what the containers were started
// with, and measured again until then (or until a deadline: a pool that never fills is a real
// problem, shown as such). While a container is still in its health check's start period the
// summary says "starting" rather than failing it; while it is being stopped (a stop, kill or
// compose down is under way) or is stopped, its count says nothing about the pool and the
// summary says "stopping" / "stopped" instead of failing it.
class WorkerCountTracker
{
public:
    enum class Mark { Ok, Starting, Stopping, Stopped, Failed };

    static constexpr int settleDeadlineMs = 60000;
    static constexpr int remeasureMs = 2000;

    // Something that changes the count happened (start, restart, die, health change): settle
    // again from here.
    void changed(const QDateTime& now);
    // A measurement arrived.
    void record(const WorkerReport& report, const QDateTime& now);
    // A measurement failed: no count stands, the next one is compared with nothing.
    void failed();
    // Whether to measure again in remeasureMs.
    bool wantsAnother(const QDateTime& now) const;
    bool settled() const;
    const std::optional<WorkerReport>& last() const { return m_last; }
    // A Docker event about `container` ("kill", "stop", "start", …): a stop in progress is
    // known from the events before the container's state leaves "running".
    void containerEvent(const QString& container, const QString& action);
    // mark() that also knows the stops in progress.
    Mark markFor(bool countOk, const ServiceStatus* container, const QDateTime& now) const;

    static Mark mark(bool countOk, const ServiceStatus* container, const QDateTime& now);
    // Running but not yet through its health check's start period, or being restarted.
    static bool isStarting(const ServiceStatus& container, const QDateTime& now);
    // Not running and not on its way up: exited, dead, being removed, created, gone.
    static bool isStopped(const ServiceStatus& container);

private:
    static bool sameCounts(const WorkerReport& a, const WorkerReport& b);

    std::optional<WorkerReport> m_previous;
    std::optional<WorkerReport> m_last;
    bool m_lastComparable = false; // m_last was measured after the latest change
    QDateTime m_deadline;
    QSet<QString> m_stopping; // containers with a stop under way
};

} // namespace artgen::core
