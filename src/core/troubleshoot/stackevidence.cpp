#include "stackevidence.h"

#include <QJsonArray>

namespace artgen::core {

QJsonObject StackEvidence::toJson() const
{
    QJsonObject services_;
    for (auto it = services.cbegin(); it != services.cend(); ++it)
        services_.insert(it.key(), QJsonObject{{QStringLiteral("container"), it->container},
                                               {QStringLiteral("state"), it->state},
                                               {QStringLiteral("health"), it->health},
                                               {QStringLiteral("restarts"), it->restartCount}});
    const auto opt = [](const auto& v) {
        return v ? QJsonValue(*v) : QJsonValue();
    };
    return {{QStringLiteral("dockerError"), dockerError},
            {QStringLiteral("services"), services_},
            {QStringLiteral("api"), QJsonObject{{QStringLiteral("status"), apiStatus},
                                                {QStringLiteral("error"), apiError},
                                                {QStringLiteral("ms"), apiMs}}},
            {QStringLiteral("nginx"),
             QJsonObject{{QStringLiteral("accessLinesRead"), accessLinesRead},
                         {QStringLiteral("gatewayTimeouts"), gatewayTimeouts},
                         {QStringLiteral("badGateways"), badGateways},
                         {QStringLiteral("accessLogHasRequestTime"), accessLogHasRequestTime}}},
            {QStringLiteral("postgres"),
             QJsonObject{{QStringLiteral("connections"), opt(pgConnections)},
                         {QStringLiteral("maxConnections"), pgMaxConnections},
                         {QStringLiteral("warn"), pgWarn},
                         {QStringLiteral("idleOverFiveMinutes"), pgIdleOverFiveMinutes},
                         {QStringLiteral("holders"), QJsonArray::fromStringList(pgHolders)},
                         {QStringLiteral("error"), pgError}}},
            {QStringLiteral("redis"),
             QJsonObject{{QStringLiteral("ping"), redisPing},
                         {QStringLiteral("error"), redisError},
                         {QStringLiteral("latencyAvgMs"), opt(redisLatencyAvgMs)},
                         {QStringLiteral("latencyMaxMs"), opt(redisLatencyMaxMs)},
                         {QStringLiteral("rejectedConnections"), redisRejectedConnections}}},
            {QStringLiteral("celery"), QJsonObject{{QStringLiteral("ping"), celeryPing},
                                                   {QStringLiteral("output"), celeryPingOutput}}}};
}

} // namespace artgen::core
