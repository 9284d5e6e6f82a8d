#pragma once

#include <QString>
#include <cmath>
#include <limits>

namespace artgen::core {

// The levels one series is judged against: warn and critical, which side is bad, and how long a
// level must be held before it counts (a one-second blip is not an alert). A level of NaN is
// off. `clearHoldMs` is how long the value must stay on the good side before the alert clears:
// a time rule rather than a hysteresis band, because it works the same for integer counts and
// percentages and needs no per-series tuning; a value flapping around the level stays one
// episode.
struct Threshold
{
    enum class Direction { Above, Below };
    enum class Level { Ok, Warn, Critical };

    double warn = std::numeric_limits<double>::quiet_NaN();
    double critical = std::numeric_limits<double>::quiet_NaN();
    Direction direction = Direction::Above;
    qint64 holdMs = 15000;
    qint64 clearHoldMs = 15000;

    bool isOff() const { return std::isnan(warn) && std::isnan(critical); }
    // The level `value` is at, ignoring hold times. "Above": at or beyond the level counts
    // (the instructions' "connections < 100" makes 100 the first bad value).
    Level levelOf(double value) const;
    double limitOf(Level level) const { return level == Level::Critical ? critical : warn; }

    static QString levelName(Level level);
};

} // namespace artgen::core
