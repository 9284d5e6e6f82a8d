#pragma once

#include "threshold.h"

#include <optional>

namespace artgen::core {

// The state machine behind a threshold alert, fed the series' samples in time order (sample
// times, not the wall clock, so it is exact under test and replay). It moves up a level only
// when the value has been at or beyond that level for the hold time, and back to Ok only when
// it has stayed on the good side for the clear hold time, so one episode gives one Raised (or
// Escalated, warn → critical) and one Cleared, however the value wanders meanwhile. Critical
// easing to warn is Eased: the state follows, but it is not news worth a notification.
// A gap neither raises nor clears: the level stays, and every pending hold starts again after
// it — a value seen on both sides of an outage was not seen held through it.
class ThresholdTracker
{
public:
    enum class Change { None, Raised, Escalated, Eased, Cleared };

    explicit ThresholdTracker(Threshold threshold = {}) : m_threshold(threshold) {}

    const Threshold& threshold() const { return m_threshold; }
    // Keeps the current level; pending holds start again.
    void setThreshold(const Threshold& threshold);
    Threshold::Level level() const { return m_level; }

    Change feed(qint64 t, double value);
    Change feedGap(qint64 t);

private:
    using Since = std::optional<qint64>;
    static void track(Since& since, bool holds, qint64 t);
    bool heldFor(const Since& since, qint64 t, qint64 holdMs) const;
    void resetHolds();

    Threshold m_threshold;
    Threshold::Level m_level = Threshold::Level::Ok;
    Since m_atLeastWarn;   // value at warn or worse since
    Since m_atCritical;    // value at critical since
    Since m_belowCritical; // value better than critical since
    Since m_ok;            // value better than warn since
};

} // namespace artgen::core
