#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace artgen::core {

// The secrets a profile has: the names the user types (`artgenctl secret set redis-password`),
// the keys the stack's Docker_all/.env gives them, and how a sentence names them.
class SecretName
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::SecretName)

public:
    enum class Id { PostgresPassword, RedisPassword, ApiToken };

    static QList<Id> all() { return {Id::PostgresPassword, Id::RedisPassword, Id::ApiToken}; }
    // "postgres-password", "redis-password", "api-token".
    static QString key(Id id);
    static std::optional<Id> parse(const QString& key);
    static QStringList keys();
    // POSTGRES_PASSWORD, REDIS_PASSWORD, API_TOKEN.
    static QString envKey(Id id);
    // "the PostgreSQL password", for sentences.
    static QString label(Id id);
};

} // namespace artgen::core
