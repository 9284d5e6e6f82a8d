#pragma once

#include "secretname.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>

namespace artgen::core {

class EnvFile;
class SecretReferences;
class SecretStore;

// How every service that needs a profile's secret gets it: the session's copy (read from the
// keychain, or typed when the keychain could not be used) first, then the stack's
// Docker_all/.env as before. A secret the keychain should hold but could not give, and that the
// .env does not have, is asked for (SessionSecrets' asker) and kept in memory for the session.
class ProfileSecrets
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ProfileSecrets)

public:
    enum class Source { Keychain, Memory, EnvFile, Missing };
    struct Resolved
    {
        QString value; // empty when Missing
        Source source = Source::Missing;
    };

    // Any thread; no I/O of its own (the asker may prompt). The value is registered with the
    // log redaction.
    static Result<Resolved> resolve(const QString& profile, SecretName::Id id, const EnvFile& env);
    // "keychain", "memory only", ".env", "missing": for `artgenctl secret status`.
    static QString sourceName(Source source);

    // Reads every secret the settings say the keychain holds into SessionSecrets. Call from the
    // thread the store's jobs run on. Fails with the keychain's problem (the secrets concerned
    // are then asked for when needed); succeeds at once when nothing is referenced.
    static QFuture<Status> load(SecretStore& store, const SecretReferences& references);

    // The secrets the .env sets that the keychain does not hold yet: what "Keep in keychain"
    // and `artgenctl secret import` copy.
    static QList<SecretName::Id> importable(const SecretReferences& references, const EnvFile& env);

private:
    static Error unavailable(const QString& profile, SecretName::Id id);
};

} // namespace artgen::core
