#include "secretname.h"

namespace artgen::core {

QString SecretName::key(Id id)
{
    switch (id) {
    case Id::PostgresPassword:
        return QStringLiteral("postgres-password");
    case Id::RedisPassword:
        return QStringLiteral("redis-password");
    case Id::ApiToken:
        return QStringLiteral("api-token");
    }
    return {};
}

std::optional<SecretName::Id> SecretName::parse(const QString& key)
{
    for (const Id id : all())
        if (SecretName::key(id) == key)
            return id;
    return std::nullopt;
}

QStringList SecretName::keys()
{
    QStringList out;
    for (const Id id : all())
        out << key(id);
    return out;
}

QString SecretName::envKey(Id id)
{
    switch (id) {
    case Id::PostgresPassword:
        return QStringLiteral("POSTGRES_PASSWORD");
    case Id::RedisPassword:
        return QStringLiteral("REDIS_PASSWORD");
    case Id::ApiToken:
        return QStringLiteral("API_TOKEN");
    }
    return {};
}

QString SecretName::label(Id id)
{
    switch (id) {
    case Id::PostgresPassword:
        return tr("the PostgreSQL password");
    case Id::RedisPassword:
        return tr("the Redis password");
    case Id::ApiToken:
        return tr("the API token");
    }
    return {};
}

} // namespace artgen::core
