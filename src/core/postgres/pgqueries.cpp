#include "pgqueries.h"

#include <QStringBuilder>

namespace artgen::core {

namespace {

// Client backends that are not the monitor's own (see the class comment).
constexpr const char* kOthers = "backend_type = 'client backend' AND pid <> pg_backend_pid() "
                                "AND application_name NOT LIKE 'artgen-monitor%'";

// PgSession's columns; times as milliseconds since the epoch, query text cut to 200 characters
// with control characters (newlines, the exec path's separators) made spaces.
constexpr const char* kSessionColumns =
    "pid::text, coalesce(usename, ''), "
    "regexp_replace(application_name, '[[:cntrl:]]+', ' ', 'g'), "
    "coalesce(host(client_addr), 'local'), coalesce(state, ''), "
    "coalesce((extract(epoch FROM backend_start) * 1000)::bigint::text, ''), "
    "coalesce((extract(epoch FROM state_change) * 1000)::bigint::text, ''), "
    "coalesce((extract(epoch FROM query_start) * 1000)::bigint::text, ''), "
    "regexp_replace(left(coalesce(query, ''), 200), '[[:cntrl:]]+', ' ', 'g')";

} // namespace

QByteArray PgQueries::snapshot()
{
    // `b`: every client backend (each holds one of max_connections' slots); `c`: the others.
    // The last branch reads the clock once the Append node has run the ones before it: its
    // value is the server time of this statement so far.
    return QByteArray(
        "WITH b AS MATERIALIZED (SELECT pid, state, datname, usename, application_name, "
        "client_addr, xact_start, state_change FROM pg_stat_activity "
        "WHERE backend_type = 'client backend'), "
        "c AS MATERIALIZED (SELECT * FROM b WHERE pid <> pg_backend_pid() "
        "AND application_name NOT LIKE 'artgen-monitor%') "
        "SELECT 'state', CASE WHEN state IN ('active', 'idle', 'idle in transaction', "
        "'idle in transaction (aborted)') THEN state ELSE 'other' END, count(*)::text "
        "FROM c GROUP BY 2 "
        "UNION ALL SELECT 'database', coalesce(datname, ''), count(*)::text FROM c "
        "GROUP BY 2 "
        "UNION ALL SELECT 'user', coalesce(usename, ''), count(*)::text FROM c GROUP BY 2 "
        "UNION ALL SELECT 'application', regexp_replace(application_name, "
        "'[[:cntrl:]]+', ' ', 'g'), count(*)::text FROM c GROUP BY 2 "
        "UNION ALL SELECT 'client', coalesce(host(client_addr), 'local'), count(*)::text "
        "FROM c GROUP BY 2 "
        "UNION ALL SELECT 'count', 'used', count(*)::text FROM b "
        "UNION ALL SELECT 'count', 'monitor', count(*)::text FROM b "
        "WHERE pid = pg_backend_pid() OR application_name LIKE 'artgen-monitor%' "
        "UNION ALL SELECT 'setting', name, setting FROM pg_settings WHERE name IN "
        "('max_connections', 'superuser_reserved_connections', 'reserved_connections') "
        "UNION ALL SELECT 'age_ms', 'xact', coalesce(max((extract(epoch FROM "
        "statement_timestamp() - xact_start) * 1000)::bigint), 0)::text FROM c "
        "UNION ALL SELECT 'age_ms', 'idle_xact', coalesce(max((extract(epoch FROM "
        "statement_timestamp() - state_change) * 1000)::bigint), 0)::text FROM c "
        "WHERE state LIKE 'idle in transaction%' "
        "UNION ALL SELECT 'stat', 'xacts', coalesce(sum(xact_commit + xact_rollback), "
        "0)::text FROM pg_stat_database "
        "UNION ALL SELECT 'stat', 'blks_hit', coalesce(sum(blks_hit), 0)::text "
        "FROM pg_stat_database "
        "UNION ALL SELECT 'stat', 'blks_read', coalesce(sum(blks_read), 0)::text "
        "FROM pg_stat_database "
        "UNION ALL SELECT 'clock', 'now_us', (extract(epoch FROM clock_timestamp()) * "
        "1000000)::bigint::text "
        "UNION ALL SELECT 'clock', 'server_us', (extract(epoch FROM clock_timestamp() - "
        "statement_timestamp()) * 1000000)::bigint::text");
}

QByteArray PgQueries::sessions()
{
    return QByteArray("SELECT ") + QByteArray(kSessionColumns) +
           QByteArray(" FROM pg_stat_activity WHERE ") + QByteArray(kOthers) +
           QByteArray(" ORDER BY backend_start, pid");
}

QByteArray PgQueries::terminate(int pid)
{
    // MATERIALIZED: the filter runs before pg_terminate_backend sees a row, whatever order the
    // planner would give the conditions of one WHERE.
    return QByteArray("WITH t AS MATERIALIZED (SELECT ") + QByteArray(kSessionColumns) +
           QByteArray(", pid AS p FROM pg_stat_activity WHERE ") + QByteArray(kOthers) +
           QByteArray(" AND pid = ") + QByteArray::number(pid) +
           QByteArray(") SELECT * FROM t WHERE pg_terminate_backend(t.p)");
}

QByteArray PgQueries::terminateIdle(qint64 olderThanMs, bool dryRun)
{
    const QByteArray chosen =
        QByteArray("SELECT ") + QByteArray(kSessionColumns) +
        QByteArray(", pid AS p FROM pg_stat_activity WHERE ") + QByteArray(kOthers) +
        QByteArray(" AND state = 'idle' AND state_change < clock_timestamp() - "
                   "make_interval(secs => ") +
        QByteArray::number(qMax<qint64>(0, olderThanMs)) + QByteArray(" / 1000.0)");
    if (dryRun)
        return QByteArray("SELECT * FROM (") + chosen + QByteArray(") t ORDER BY t.p");
    return QByteArray("WITH t AS MATERIALIZED (") + chosen +
           QByteArray(") SELECT * FROM t WHERE pg_terminate_backend(t.p) ORDER BY t.p");
}

} // namespace artgen::core
