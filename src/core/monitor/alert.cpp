#include "alert.h"

#include <cmath>

namespace artgen::core {

namespace {

QJsonValue numberOrNull(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

} // namespace

QJsonObject Alert::toJson() const
{
    return {{QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("profile"), profile},
            {QStringLiteral("kind"), kindName(kind)},
            {QStringLiteral("series"), series},
            {QStringLiteral("level"), levelName(level)},
            {QStringLiteral("value"), numberOrNull(value)},
            {QStringLiteral("threshold"), numberOrNull(threshold)},
            {QStringLiteral("message"), message}};
}

QString Alert::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Threshold:
        return QStringLiteral("threshold");
    case Kind::Container:
        return QStringLiteral("container");
    case Kind::Api:
        return QStringLiteral("api");
    }
    return {};
}

QString Alert::levelName(Level level)
{
    switch (level) {
    case Level::Warn:
        return QStringLiteral("warn");
    case Level::Critical:
        return QStringLiteral("critical");
    case Level::Cleared:
        return QStringLiteral("cleared");
    }
    return {};
}

} // namespace artgen::core
