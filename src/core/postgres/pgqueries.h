#pragma once

#include <QByteArray>

namespace artgen::core {

// The monitor's SQL, the one set both paths run (libpq and psql over exec), so their figures
// are the same by construction. Every query is a single statement whose rows are text, and text
// never holds a control character (the exec path's separators).
//
// "The monitor's own" backends are the session running the query (pg_backend_pid()) and every
// client backend whose application_name starts with "artgen-monitor" (another panel's monitor,
// the exec path's psql): left out of every count and list, but not out of `used`.
class PgQueries
{
public:
    static constexpr const char* kMonitorAppPrefix = "artgen-monitor";

    // Rows of (kind, key, value), read by PgSnapshot::fromResult.
    static QByteArray snapshot();
    // Rows in PgSession's column order: every client backend but the monitor's own.
    static QByteArray sessions();
    // pg_terminate_backend on one client backend (never the monitor's own); the row of what it
    // ended, none when there was no such session.
    static QByteArray terminate(int pid);
    // The client backends in state 'idle' whose state_change is older than `olderThanMs`
    // (never the monitor's own): ended with pg_terminate_backend unless `dryRun`; the rows of
    // exactly those ended (or that would be).
    static QByteArray terminateIdle(qint64 olderThanMs, bool dryRun);
};

} // namespace artgen::core
