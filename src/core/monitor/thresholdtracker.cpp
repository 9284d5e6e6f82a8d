#include "thresholdtracker.h"

namespace artgen::core {

using Level = Threshold::Level;

void ThresholdTracker::setThreshold(const Threshold& threshold)
{
    m_threshold = threshold;
    resetHolds();
}

void ThresholdTracker::resetHolds()
{
    m_atLeastWarn.reset();
    m_atCritical.reset();
    m_belowCritical.reset();
    m_ok.reset();
}

void ThresholdTracker::track(Since& since, bool holds, qint64 t)
{
    if (!holds)
        since.reset();
    else if (!since)
        since = t;
}

bool ThresholdTracker::heldFor(const Since& since, qint64 t, qint64 holdMs) const
{
    return since && t - *since >= holdMs;
}

ThresholdTracker::Change ThresholdTracker::feed(qint64 t, double value)
{
    if (std::isnan(value))
        return feedGap(t);
    const Level now = m_threshold.levelOf(value);
    track(m_atLeastWarn, now >= Level::Warn, t);
    track(m_atCritical, now == Level::Critical, t);
    track(m_belowCritical, now < Level::Critical, t);
    track(m_ok, now == Level::Ok, t);

    const qint64 hold = m_threshold.holdMs;
    if (m_level < Level::Critical && heldFor(m_atCritical, t, hold)) {
        const Change c = m_level == Level::Warn ? Change::Escalated : Change::Raised;
        m_level = Level::Critical;
        return c;
    }
    if (m_level == Level::Ok && heldFor(m_atLeastWarn, t, hold)) {
        m_level = Level::Warn;
        return Change::Raised;
    }
    if (m_level != Level::Ok && heldFor(m_ok, t, m_threshold.clearHoldMs)) {
        m_level = Level::Ok;
        return Change::Cleared;
    }
    if (m_level == Level::Critical && heldFor(m_belowCritical, t, m_threshold.clearHoldMs)) {
        m_level = Level::Warn;
        return Change::Eased;
    }
    return Change::None;
}

ThresholdTracker::Change ThresholdTracker::feedGap(qint64)
{
    resetHolds();
    return Change::None;
}

} // namespace artgen::core
