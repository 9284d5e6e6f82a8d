#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace artgen::core {

// What "What is wrong?" gathered from the stack in one pass, as plain facts: the runbooks read
// only this (Runbooks::diagnose), so matching is tested on captured evidence without a stack.
struct StackEvidence
{
    struct Service
    {
        QString container;
        QString state;  // running, exited, … ; "missing" when there is no container
        QString health; // healthy, unhealthy, starting, or empty
        int restartCount = 0;
        bool known = false; // Docker answered for it

        bool isRunning() const { return state == QStringLiteral("running"); }
        bool isGood() const { return isRunning() && (health.isEmpty() || health == u"healthy"); }
    };

    QString dockerError;             // why Docker could not be asked; empty when it answered
    QMap<QString, Service> services; // by service: backend, celery, postgres, redis, frontend

    // GET /api/v1/health through nginx.
    int apiStatus = 0; // 0: no answer
    QString apiError;
    qint64 apiMs = -1;

    QStringList backendLog; // the last 100 lines
    QStringList celeryLog;

    // nginx: the timeouts the files set, and what its log says about answers that took too long.
    QMap<QString, QString> nginxTimeouts; // key ("nginx.proxy_read_timeout") -> value
    int accessLinesRead = 0;
    int gatewayTimeouts = 0;  // 504 answers among them
    int badGateways = 0;      // 502 answers
    QStringList timeoutLines; // "upstream timed out" error lines, the last few
    bool accessLogHasRequestTime = false;
    QStringList slowestRequests; // with their request time, slowest first, when the log has it

    // PostgreSQL, from pg_stat_activity through psql in the container.
    std::optional<int> pgConnections;
    int pgMaxConnections = 0;
    int pgWarn = 100;      // the profile's threshold
    QStringList pgHolders; // "12  app / gunicorn / 172.18.0.5 / idle"
    int pgIdleOverFiveMinutes = 0;
    QString pgError;

    // Redis, through redis-cli in the container.
    bool redisPing = false;
    QString redisError;
    std::optional<double> redisLatencyAvgMs;
    std::optional<double> redisLatencyMaxMs;
    QStringList redisStats;  // INFO stats lines that matter
    QStringList redisMemory; // INFO memory lines that matter
    qint64 redisRejectedConnections = 0;

    // Celery: `celery inspect ping`.
    bool celeryPing = false;
    QString celeryPingOutput;

    Service service(const QString& name) const { return services.value(name); }
    QJsonObject toJson() const;
};

} // namespace artgen::core
