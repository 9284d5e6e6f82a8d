#include "connectionsreport.h"

#include "util/humanformat.h"

#include <QJsonValue>
#include <QLocale>

namespace artgen::core {

namespace {

QJsonValue levelValue(double level)
{
    return std::isnan(level) ? QJsonValue() : QJsonValue(level);
}

QString levelWord(Threshold::Level level)
{
    switch (level) {
    case Threshold::Level::Ok:
        return ConnectionsReport::tr("OK");
    case Threshold::Level::Warn:
        return ConnectionsReport::tr("WARNING");
    case Threshold::Level::Critical:
        return ConnectionsReport::tr("CRITICAL");
    }
    return {};
}

QJsonObject faultJson(const SourceFault& fault)
{
    return {{QStringLiteral("error"), ConnectionsReport::faultKindName(fault.kind)},
            {QStringLiteral("message"), fault.message}};
}

} // namespace

QString ConnectionsReport::faultKindName(SourceFault::Kind kind)
{
    switch (kind) {
    case SourceFault::Kind::None:
        return QStringLiteral("none");
    case SourceFault::Kind::Unreachable:
        return QStringLiteral("unreachable");
    case SourceFault::Kind::AuthenticationFailed:
        return QStringLiteral("authentication_failed");
    case SourceFault::Kind::LimitReached:
        return QStringLiteral("limit_reached");
    case SourceFault::Kind::Timeout:
        return QStringLiteral("timeout");
    case SourceFault::Kind::Protocol:
        return QStringLiteral("protocol");
    case SourceFault::Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

Threshold::Level ConnectionsReport::postgresLevel() const
{
    if (!postgres)
        return Threshold::Level::Ok;
    return thresholds.postgres(postgres->maxConnections).levelOf(postgres->total);
}

Threshold::Level ConnectionsReport::redisLevel() const
{
    if (!redis)
        return Threshold::Level::Ok;
    return thresholds.redis().levelOf(double(redis->connectedClients));
}

ConnectionsReport::Exit ConnectionsReport::exit() const
{
    if (!postgres || !redis)
        return Exit::Unreachable;
    if (postgresLevel() != Threshold::Level::Ok || redisLevel() != Threshold::Level::Ok)
        return Exit::Crossed;
    return Exit::Ok;
}

QJsonObject ConnectionsReport::toJson() const
{
    QJsonObject out;
    if (postgres) {
        QJsonObject pg = postgres->toJson();
        const Threshold t = thresholds.postgres(postgres->maxConnections);
        pg.insert(QStringLiteral("warn"), levelValue(t.warn));
        pg.insert(QStringLiteral("critical"), levelValue(t.critical));
        pg.insert(QStringLiteral("level"), Threshold::levelName(postgresLevel()));
        out.insert(QStringLiteral("postgres"), pg);
    } else {
        out.insert(QStringLiteral("postgres"), faultJson(postgresFault));
    }
    if (redis) {
        const Threshold t = thresholds.redis();
        QJsonObject queues;
        for (const RedisSnapshot::Queue& q : redis->queues)
            queues.insert(QString::fromLatin1(q.key.toPercentEncoding()), q.length);
        out.insert(QStringLiteral("redis"),
                   QJsonObject{{QStringLiteral("connected_clients"), redis->connectedClients},
                               {QStringLiteral("blocked_clients"), redis->blockedClients},
                               {QStringLiteral("maxclients"), redis->maxClients},
                               {QStringLiteral("ops_per_sec"), redis->opsPerSec},
                               {QStringLiteral("rejected_connections"), redis->rejectedConnections},
                               {QStringLiteral("used_memory"), redis->usedMemory},
                               {QStringLiteral("maxmemory"), redis->maxMemory},
                               {QStringLiteral("celery_queued"), redis->queuedTotal()},
                               {QStringLiteral("queues"), queues},
                               {QStringLiteral("warn"), levelValue(t.warn)},
                               {QStringLiteral("critical"), levelValue(t.critical)},
                               {QStringLiteral("level"), Threshold::levelName(redisLevel())}});
    } else {
        out.insert(QStringLiteral("redis"), faultJson(redisFault));
    }
    return out;
}

QStringList ConnectionsReport::toLines() const
{
    const QLocale locale;
    QStringList lines;
    if (postgres) {
        const PgSnapshot& p = *postgres;
        QStringList states;
        for (auto it = p.byState.cbegin(); it != p.byState.cend(); ++it)
            if (it.value() > 0)
                states << QStringLiteral("%1 %2").arg(it.key(), locale.toString(it.value()));
        const Threshold t = thresholds.postgres(p.maxConnections);
        lines << tr("PostgreSQL  %Ln connection(s) (%1) of max_connections %2, %3 free; "
                    "warning at %4  %5",
                    nullptr, p.total)
                     .arg(states.isEmpty() ? tr("none") : states.join(QStringLiteral(", ")),
                          locale.toString(p.maxConnections), locale.toString(p.headroom()),
                          std::isnan(t.warn) ? tr("off") : locale.toString(t.warn),
                          levelWord(postgresLevel()));
    } else {
        lines << tr("PostgreSQL  no figures: %1").arg(postgresFault.message);
    }
    if (redis) {
        const RedisSnapshot& r = *redis;
        const Threshold t = thresholds.redis();
        lines << tr("Redis       %Ln client(s) (%1 blocked), %2 ops/s, %3 used, %4 queued for "
                    "Celery; warning at %5  %6",
                    nullptr, int(r.connectedClients))
                     .arg(locale.toString(r.blockedClients), locale.toString(r.opsPerSec),
                          HumanFormat::bytes(r.usedMemory), locale.toString(r.queuedTotal()),
                          std::isnan(t.warn) ? tr("off") : locale.toString(t.warn),
                          levelWord(redisLevel()));
    } else {
        lines << tr("Redis       no figures: %1").arg(redisFault.message);
    }
    return lines;
}

QString ConnectionsReport::toWatchLine() const
{
    const QLocale locale;
    const QString pg =
        postgres ? tr("pg %1/%2 %3")
                       .arg(locale.toString(postgres->total),
                            locale.toString(postgres->maxConnections), levelWord(postgresLevel()))
                 : tr("pg — %1").arg(faultKindName(postgresFault.kind));
    const QString rd =
        redis ? tr("redis %1 %2")
                    .arg(locale.toString(redis->connectedClients), levelWord(redisLevel()))
              : tr("redis — %1").arg(faultKindName(redisFault.kind));
    return pg + QStringLiteral("  ") + rd;
}

} // namespace artgen::core
