#pragma once

#include "monitor/sourcefault.h"
#include "monitor/threshold.h"
#include "monitor/thresholds.h"
#include "postgres/pgsnapshot.h"
#include "redis/redissnapshot.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace artgen::core {

// The instructions' post-deployment connection checks — "PostgreSQL connections < 100",
// "Redis connections < 50" — as one verdict over a PostgreSQL and a Redis sample and the
// profile's thresholds: what `artgenctl connections` prints and exits with, and what `watch`
// prints each interval. Pure.
class ConnectionsReport
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ConnectionsReport)

public:
    enum class Exit { Ok = 0, Unreachable = 2, Crossed = 3 };

    Thresholds thresholds;
    std::optional<PgSnapshot> postgres;
    SourceFault postgresFault; // why there is no PostgreSQL sample
    std::optional<RedisSnapshot> redis;
    SourceFault redisFault;

    Threshold::Level postgresLevel() const;
    Threshold::Level redisLevel() const;
    // 2 when a source gave no sample (whatever the other says), 3 when a warn level is crossed,
    // else 0.
    Exit exit() const;
    // `{"postgres": {…, "warn": …, "critical": …, "level": …}, "redis": {…}}`; a silent source
    // is `{"error": kind, "message": …}`.
    QJsonObject toJson() const;
    // Two lines: "PostgreSQL  12 connections (…) …  OK".
    QStringList toLines() const;
    // One line for `watch`.
    QString toWatchLine() const;

    static QString faultKindName(SourceFault::Kind kind);
};

} // namespace artgen::core
