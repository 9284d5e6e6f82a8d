#pragma once

#include <QString>
#include <QStringList>

namespace artgen::core {

// The ids of the series the monitors write into a profile's MetricHistory — one vocabulary for
// the hub that writes them, the Charts page and `artgenctl watch` that read them, and the alert
// thresholds that watch them.
class MonitorSeries
{
public:
    static QString postgresTotal() { return QStringLiteral("postgres.total"); }
    static QString postgresState(const QString& state)
    {
        return QStringLiteral("postgres.state.") + state;
    }
    // One series per state of PgSnapshot::states(), in that order.
    static QStringList postgresStates();
    static QString postgresMax() { return QStringLiteral("postgres.max_connections"); }
    static QString postgresHeadroom() { return QStringLiteral("postgres.headroom"); }
    static QString postgresTps() { return QStringLiteral("postgres.tps"); }
    static QString redisClients() { return QStringLiteral("redis.clients"); }
    static QString redisBlocked() { return QStringLiteral("redis.blocked"); }
    static QString redisOps() { return QStringLiteral("redis.ops"); }
    static QString redisMemory() { return QStringLiteral("redis.memory"); }
    static QString celeryQueue() { return QStringLiteral("celery.queue"); }
    static QString celeryActive() { return QStringLiteral("celery.active"); }
    static QString celeryReserved() { return QStringLiteral("celery.reserved"); }
    static QString apiLatency() { return QStringLiteral("api.latency"); }
    static QString apiStatus() { return QStringLiteral("api.status"); }
    static QString containerCpu(const QString& service)
    {
        return QStringLiteral("container.%1.cpu").arg(service);
    }
    static QString containerMemory(const QString& service)
    {
        return QStringLiteral("container.%1.memory").arg(service);
    }
};

} // namespace artgen::core
