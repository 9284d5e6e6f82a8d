#include "profileloadtarget.h"

#include "secrets/profilesecrets.h"
#include "stackconfig/envfile.h"

namespace artgen::core {

QString ProfileLoadTarget::path(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Characters:
        return QStringLiteral("/api/v1/characters");
    case Endpoint::Generate:
        return QStringLiteral("/api/v1/generate");
    case Endpoint::Health:
        break;
    }
    return QStringLiteral("/api/v1/health");
}

QUrl ProfileLoadTarget::url(const Profile& profile, Endpoint endpoint)
{
    return resolve(profile, path(endpoint));
}

QUrl ProfileLoadTarget::resolve(const Profile& profile, const QString& urlOrPath)
{
    if (urlOrPath.startsWith(u'/') && profile.apiBaseUrl.isValid())
        return profile.apiBaseUrl.resolved(QUrl(urlOrPath));
    return QUrl(urlOrPath);
}

QByteArray ProfileLoadTarget::method(Endpoint endpoint)
{
    return endpoint == Endpoint::Generate ? QByteArray("POST") : QByteArray("GET");
}

QByteArray ProfileLoadTarget::body(Endpoint endpoint)
{
    // The smallest image the API accepts: the load is on the API and the queue, not the GPU.
    if (endpoint == Endpoint::Generate)
        return R"({"prompt": "load test", "width": 64, "height": 64})";
    return {};
}

QStringList ProfileLoadTarget::allowedHosts(const Profile& profile)
{
    QStringList hosts;
    if (!profile.apiBaseUrl.host().isEmpty())
        hosts << profile.apiBaseUrl.host();
    return hosts;
}

Result<QByteArray> ProfileLoadTarget::apiToken(const Profile& profile)
{
    const auto env = EnvFile::load(profile.envFile());
    if (!env)
        return fail(env.error());
    // The keychain's copy first, then the .env (ProfileSecrets registers it with the redaction).
    const auto resolved = ProfileSecrets::resolve(profile.name, SecretName::Id::ApiToken, *env);
    if (!resolved)
        return fail(resolved.error());
    const QByteArray token = resolved->value.toUtf8();
    if (token.isEmpty())
        return fail(Error(Error::Code::NotFound, tr("The profile has no API token."),
                          tr("Neither the keychain nor %1 holds API_TOKEN.").arg(profile.envFile()),
                          tr("Set it with `artgenctl secret set api-token`, set API_TOKEN in "
                             "the .env, or load-test without the token.")));
    return token;
}

} // namespace artgen::core
