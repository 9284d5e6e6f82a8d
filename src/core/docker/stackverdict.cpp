#include "stackverdict.h"

namespace artgen::core {

StackVerdict StackVerdict::of(const StackStatus& status)
{
    StackVerdict v;
    for (const ServiceStatus& s : status.services) {
        ++v.total;
        if (s.state == QStringLiteral("restarting"))
            ++v.starting;
        else if (s.state != QStringLiteral("running"))
            ++v.down;
        else if (s.health == QStringLiteral("unhealthy"))
            ++v.unhealthy;
        else if (s.health == QStringLiteral("starting"))
            ++v.starting;
    }
    return v;
}

StackVerdict::Level StackVerdict::level() const
{
    if (total == 0)
        return Level::Unknown;
    if (down > 0)
        return Level::Down;
    if (unhealthy > 0)
        return Level::Unhealthy;
    return starting > 0 ? Level::Starting : Level::Healthy;
}

QString StackVerdict::summary() const
{
    switch (level()) {
    case Level::Unknown:
        break;
    case Level::Down:
        return tr("%n of %1 services down", "", down).arg(total);
    case Level::Unhealthy:
        return tr("%n of %1 services unhealthy", "", unhealthy).arg(total);
    case Level::Starting:
        return tr("%n of %1 services starting", "", starting).arg(total);
    case Level::Healthy:
        return tr("%n of %n healthy", "", total);
    }
    return {};
}

} // namespace artgen::core
