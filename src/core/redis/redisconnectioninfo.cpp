#include "redisconnectioninfo.h"

#include "secrets/profilesecrets.h"
#include "settings/profile.h"
#include "stackconfig/envfile.h"

namespace artgen::core {

Result<RedisConnectionInfo>
RedisConnectionInfo::fromProfile(const Profile& profile, std::optional<QFuture<void>>* secretReady)
{
    const Result<EnvFile> env = EnvFile::load(profile.envFile());
    if (!env)
        return fail(env.error());
    auto info = fromEnv(*env);
    if (!info)
        return info;
    const auto password =
        ProfileSecrets::resolve(profile.name, SecretName::Id::RedisPassword, *env, secretReady);
    if (!password)
        return fail(password.error());
    info->password = password->value;
    if (const auto hostPort = Profile::splitAddress(profile.redisAddress)) {
        info->host = hostPort->first;
        info->port = hostPort->second;
    }
    return info;
}

Result<RedisConnectionInfo> RedisConnectionInfo::fromEnv(const EnvFile& env)
{
    RedisConnectionInfo info;
    info.password = env.value(QStringLiteral("REDIS_PASSWORD"));
    const QString port = env.value(QStringLiteral("REDIS_PORT"));
    if (port.isEmpty())
        return info;
    bool ok = false;
    const uint value = port.toUInt(&ok);
    if (!ok || value == 0 || value > 65535)
        return fail(Error(Error::Code::InvalidInput,
                          tr("The Redis port in the stack's .env is not a port number."),
                          tr("REDIS_PORT is \"%1\".").arg(port),
                          tr("Set REDIS_PORT to a number between 1 and 65535.")));
    info.port = static_cast<quint16>(value);
    return info;
}

QString RedisConnectionInfo::address() const
{
    return host + u':' + QString::number(port);
}

} // namespace artgen::core
