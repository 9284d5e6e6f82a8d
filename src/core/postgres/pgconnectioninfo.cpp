#include "pgconnectioninfo.h"

#include "docker/containermap.h"
#include "secrets/profilesecrets.h"
#include "stackconfig/envfile.h"

namespace artgen::core {

Result<PgConnectionInfo> PgConnectionInfo::fromProfile(const Profile& profile,
                                                       std::optional<QFuture<void>>* secretReady)
{
    const auto env = EnvFile::load(profile.envFile());
    if (!env)
        return fail(
            Error(Error::Code::NotFound,
                  tr("The PostgreSQL settings of profile %1 cannot be read.").arg(profile.name),
                  env.error().message(),
                  tr("Create Docker_all/.env with POSTGRES_USER, POSTGRES_DB and "
                     "POSTGRES_PASSWORD, or fix the stack folder in Settings.")));
    PgConnectionInfo info;
    info.profile = profile.name;
    info.user = env->value(QStringLiteral("POSTGRES_USER"));
    info.database = env->value(QStringLiteral("POSTGRES_DB"));
    const auto password =
        ProfileSecrets::resolve(profile.name, SecretName::Id::PostgresPassword, *env, secretReady);
    if (!password)
        return fail(password.error());
    info.password = password->value;
    // compose publishes ${POSTGRES_PORT:-15432}: empty means the default too.
    const QString port = env->value(QStringLiteral("POSTGRES_PORT"));
    bool ok = true;
    info.port = port.isEmpty() ? kDefaultPort : port.toInt(&ok);
    if (!ok || info.port < 0 || info.port > 65535)
        info.port = 0;
    // The profile's own address wins over the published port: another host, or the exec path.
    if (profile.postgresAddress == QLatin1String(Profile::kThroughContainer)) {
        info.port = 0;
    } else if (const auto hostPort = Profile::splitAddress(profile.postgresAddress)) {
        info.host = hostPort->first;
        info.port = hostPort->second;
    }
    info.container = ContainerMap(profile).container(StackRole::Postgres);
    info.execUser = info.user;
    info.execPassword = info.password;
    if (info.user.isEmpty() || info.database.isEmpty())
        return fail(Error(Error::Code::InvalidInput,
                          tr("%1 does not name the database.").arg(profile.envFile()),
                          tr("POSTGRES_USER or POSTGRES_DB is missing."),
                          tr("Add both to the file, as docker-compose.yml expects.")));
    return info;
}

QString PgConnectionInfo::describe() const
{
    if (port > 0)
        return QStringLiteral("%1:%2").arg(host).arg(port);
    return tr("container %1").arg(container);
}

} // namespace artgen::core
