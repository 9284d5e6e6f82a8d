#pragma once

#include "pgresult.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace artgen::core {

// One sample of PostgreSQL's connections, from PgQueries::snapshot() on either path.
//
// Figures: `total` and every breakdown count client backends (backend_type 'client backend')
// except the monitor's own (PgQueries). `used` counts every client backend, the monitor's own
// included: each holds one of max_connections' slots, whatever its name. headroom() =
// max_connections − superuser_reserved_connections − reserved_connections (PG16+, else 0) −
// used: how many more ordinary (non-superuser) sessions the server accepts; negative when
// superusers sit in the reserved slots.
struct PgSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::PgSnapshot)

public:
    static QStringList states(); // active, idle, idle in transaction, … (aborted), other

    int total = 0;
    int used = 0;
    int monitorBackends = 0;    // the monitor's own client backends (in `used`, not in `total`)
    QMap<QString, int> byState; // every key of states(), zeros included
    QMap<QString, int> byDatabase, byUser, byApplication, byClient;

    int maxConnections = 0;
    int superuserReserved = 0;
    int reserved = 0; // reserved_connections (PostgreSQL 16+), 0 before

    // Ages as of the sample's statement_timestamp() (one reference for both).
    qint64 oldestTransactionMs = 0;       // − xact_start of the oldest open transaction
    qint64 oldestIdleInTransactionMs = 0; // − state_change of the oldest idle-in-transaction
    qint64 transactions = 0;              // Σ xact_commit + xact_rollback of pg_stat_database
    qint64 blocksHit = 0, blocksRead = 0; // Σ over pg_stat_database, since the stats reset
    double transactionsPerSecond = -1;    // from the previous sample; −1 for the first

    qint64 serverClockUs = 0; // the server's clock_timestamp() at the end of the query
    qint64 serverTimeUs = 0;  // clock_timestamp() − statement_timestamp(): the query's own time
    qint64 roundTripUs = 0;   // client side: sent to answered (libpq) or the whole exec (psql)
    bool viaExec = false;     // came through psql in the container

    int headroom() const { return maxConnections - superuserReserved - reserved - used; }
    // The server refuses ordinary sessions (SQLSTATE 53300 for the next one).
    bool limitReached() const { return maxConnections > 0 && headroom() <= 0; }
    double blockHitRatio() const; // −1 before any block was read or hit

    static Result<PgSnapshot> fromResult(const PgResult& result);
    // transactionsPerSecond from `previous` (same server, earlier sample).
    void rateFrom(const PgSnapshot& previous);
    QJsonObject toJson() const;
};

} // namespace artgen::core

Q_DECLARE_METATYPE(artgen::core::PgSnapshot)
