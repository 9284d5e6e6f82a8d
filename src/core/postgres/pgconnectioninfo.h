#pragma once

#include "settings/profile.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>
#include <optional>

namespace artgen::core {

// Where and as whom the PostgreSQL monitor connects: the profile's published port on 127.0.0.1
// with POSTGRES_USER/POSTGRES_DB from Docker_all/.env, the password through ProfileSecrets (the
// keychain's copy first, then POSTGRES_PASSWORD), and the container that runs PostgreSQL for the
// exec path. The password only ever leaves as a libpq keyword (never a
// conninfo string) or as exec environment (PGPASSWORD); describe() never shows it.
class PgConnectionInfo
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::PgConnectionInfo)

public:
    static constexpr int kDefaultPort = 15432;
    static constexpr const char* kMonitorAppName = "artgen-monitor";

    QString profile; // for the audit log and messages
    QString host = QStringLiteral("127.0.0.1");
    int port = kDefaultPort; // 0: the profile publishes none (exec path only)
    QString database;
    QString user;
    QString password;
    QString applicationName = QString::fromLatin1(kMonitorAppName);
    // The exec path: psql inside `container` as `execUser` (POSTGRES_USER, a superuser in the
    // stack, so it gets a reserved slot when the table is full of ordinary sessions).
    QString container;
    QString execUser;
    QString execPassword;

    // With `secretReady`, never waits for the password (ProfileSecrets::resolve): for a monitor.
    static Result<PgConnectionInfo>
    fromProfile(const Profile& profile, std::optional<QFuture<void>>* secretReady = nullptr);

    // "127.0.0.1:15432" or "container art_generation_postgres": the source, for messages.
    QString describe() const;
};

} // namespace artgen::core
