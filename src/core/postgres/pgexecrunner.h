#pragma once

#include "pgconnectioninfo.h"
#include "pgresult.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

class QObject;

namespace artgen::core {

class DockerClient;

// The exec path: one query through psql inside the PostgreSQL container (Docker exec), for a
// profile that publishes no port or a server whose table is full (psql connects as
// POSTGRES_USER, a superuser, into a reserved slot). The password travels as PGPASSWORD in
// the exec environment, never in argv; the session is named "artgen-monitor-exec", so the
// queries leave it out like the monitor's own. Rows come back as PgResult::fromPsql reads them.
class PgExecRunner
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::PgExecRunner)

public:
    static constexpr const char* kAppName = "artgen-monitor-exec";

    // psql's argv for `sql` (no secret in it).
    static QStringList command(const PgConnectionInfo& info, const QByteArray& sql);
    static QStringList environment(const PgConnectionInfo& info);
    // What a finished psql said: its rows, or the fault from its exit code and stderr.
    static PgReply interpret(const PgConnectionInfo& info, int exitCode, const QByteArray& out,
                             const QByteArray& err);

    // Runs `sql`; `done` runs on `context`'s thread.
    static void run(DockerClient& docker, const PgConnectionInfo& info, const QByteArray& sql,
                    int timeoutMs, QObject* context, std::function<void(const PgReply&)> done);
};

} // namespace artgen::core
