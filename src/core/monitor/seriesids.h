#pragma once

#include <QString>

namespace artgen::core {

// The ids of the series the monitors write and the charts, artgenctl and the alert centre read,
// named once. Per-container series are "container.<service>.<figure>".
namespace SeriesIds {

inline QString postgresTotal()
{
    return QStringLiteral("postgres.total");
}
inline QString redisClients()
{
    return QStringLiteral("redis.clients");
}
inline QString apiStatus()
{
    return QStringLiteral("api.status");
}
inline QString apiLatency()
{
    return QStringLiteral("api.latency_ms");
}
inline QString container(const QString& service, const char* figure)
{
    return QStringLiteral("container.") + service + u'.' + QLatin1StringView(figure);
}

} // namespace SeriesIds

} // namespace artgen::core
