#pragma once

#include "settings/profile.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace artgen::core {

// The stack's database as backup and restore reach it: the postgres container, user and
// database from the profile's Docker_all/.env (the same values compose gives the container) and
// the password through ProfileSecrets (the keychain's copy first, then the .env). The password only
// ever leaves as exec environment (PGPASSWORD).
class DatabaseTarget
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::DatabaseTarget)

public:
    QString profile;
    QString container;
    QString user;
    QString database;
    QString password;

    static Result<DatabaseTarget> fromProfile(const Profile& profile);
    // Only the database's name (POSTGRES_DB of the profile's .env), without its password: what
    // a person types to confirm a restore. Empty when it cannot be read.
    static QString databaseName(const Profile& profile);

    // Environment for a client inside the container. `appName` becomes application_name, so a
    // cancelled dump or restore can be ended server-side by name.
    QStringList env(const QString& appName) const;
    // psql with our settings: no ~/.psqlrc, stop at the first error, quiet, unaligned output.
    QStringList psql(const QString& database, const QStringList& extra = {}) const;
    // psql that ends every server session whose application_name starts with `appPrefix`
    // (not itself): how a cancelled pg_dump, psql or pg_restore is stopped in the container.
    QStringList terminateSessions(const QString& appPrefix) const;

    // SQL that lists "table\t<schema.table>\t<rows>" for every base table of the database.
    static QByteArray rowCountQuery();
    // Parses psql -A -t -F '\t' output of rowCountQuery().
    static QMap<QString, qint64> parseRowCounts(const QByteArray& output);

    static QString quoteIdentifier(const QString& name); // "name" with "" doubled
    static QString quoteLiteral(const QString& text);    // 'text' with '' doubled
};

} // namespace artgen::core
