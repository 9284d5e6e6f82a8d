#include "threshold.h"

namespace artgen::core {

namespace {

bool beyond(double value, double limit, Threshold::Direction direction)
{
    if (std::isnan(limit) || std::isnan(value))
        return false;
    return direction == Threshold::Direction::Above ? value >= limit : value <= limit;
}

} // namespace

Threshold::Level Threshold::levelOf(double value) const
{
    if (beyond(value, critical, direction))
        return Level::Critical;
    if (beyond(value, warn, direction))
        return Level::Warn;
    return Level::Ok;
}

QString Threshold::levelName(Level level)
{
    switch (level) {
    case Level::Ok:
        return QStringLiteral("ok");
    case Level::Warn:
        return QStringLiteral("warn");
    case Level::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

} // namespace artgen::core
