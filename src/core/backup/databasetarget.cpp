#include "databasetarget.h"

#include "docker/containermap.h"
#include "secrets/profilesecrets.h"
#include "stackconfig/envfile.h"

namespace artgen::core {

QString DatabaseTarget::databaseName(const Profile& profile)
{
    const auto env = EnvFile::load(profile.envFile());
    return env ? env->value(QStringLiteral("POSTGRES_DB")) : QString();
}

Result<DatabaseTarget> DatabaseTarget::fromProfile(const Profile& profile)
{
    DatabaseTarget t;
    t.profile = profile.name;
    t.container = ContainerMap(profile).container(StackRole::Postgres);
    const auto env = EnvFile::load(profile.envFile());
    if (!env)
        return fail(
            Error(Error::Code::NotFound,
                  tr("The database settings of profile %1 cannot be read.").arg(profile.name),
                  env.error().message(),
                  tr("Create Docker_all/.env with POSTGRES_USER, POSTGRES_DB and "
                     "POSTGRES_PASSWORD, or fix the stack folder in Settings.")));
    t.user = env->value(QStringLiteral("POSTGRES_USER"));
    t.database = env->value(QStringLiteral("POSTGRES_DB"));
    const auto password =
        ProfileSecrets::resolve(profile.name, SecretName::Id::PostgresPassword, *env);
    if (!password)
        return fail(password.error());
    t.password = password->value;
    if (t.user.isEmpty() || t.database.isEmpty())
        return fail(Error(Error::Code::InvalidInput,
                          tr("%1 does not name the database.").arg(profile.envFile()),
                          tr("POSTGRES_USER or POSTGRES_DB is missing."),
                          tr("Add both to the file, as docker-compose.yml expects.")));
    return t;
}

QStringList DatabaseTarget::env(const QString& appName) const
{
    QStringList e{QStringLiteral("PGAPPNAME=") + appName, QStringLiteral("PGCONNECT_TIMEOUT=10")};
    if (!password.isEmpty())
        e << QStringLiteral("PGPASSWORD=") + password;
    return e;
}

QStringList DatabaseTarget::psql(const QString& db, const QStringList& extra) const
{
    return QStringList{QStringLiteral("psql"),
                       QStringLiteral("-X"),
                       QStringLiteral("-q"),
                       QStringLiteral("-v"),
                       QStringLiteral("ON_ERROR_STOP=1"),
                       QStringLiteral("-U"),
                       user,
                       QStringLiteral("-d"),
                       db} +
           extra;
}

QStringList DatabaseTarget::terminateSessions(const QString& appPrefix) const
{
    return psql(
        QStringLiteral("postgres"),
        {QStringLiteral("-c"),
         QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE pid <> pg_backend_pid() AND starts_with(application_name, %1)")
             .arg(quoteLiteral(appPrefix))});
}

QByteArray DatabaseTarget::rowCountQuery()
{
    // query_to_xml runs a count built per table without a PL/pgSQL function (the database may
    // forbid creating one).
    return "SELECT 'table', format('%I.%I', table_schema, table_name), "
           "(xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', "
           "table_schema, table_name), false, true, '')))[1]::text "
           "FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
           "AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 2;\n";
}

QMap<QString, qint64> DatabaseTarget::parseRowCounts(const QByteArray& output)
{
    QMap<QString, qint64> rows;
    for (const QByteArray& line : output.split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() >= 3 && f[0] == "table")
            rows.insert(QString::fromUtf8(f[1]), f[2].trimmed().toLongLong());
    }
    return rows;
}

QString DatabaseTarget::quoteIdentifier(const QString& name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString DatabaseTarget::quoteLiteral(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

} // namespace artgen::core
