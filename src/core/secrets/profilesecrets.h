#pragma once

#include "secretname.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <functional>
#include <optional>

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
    //
    // With `ready`, it never waits: a service that shares its thread with others (a monitor)
    // must not stop them while the keychain is read or the user types. It then fails at once
    // with "waiting for …" and sets `*ready` to what to wait for (else resets it); resolving
    // again once that finished gives the secret, or the "cannot be read" failure when the user
    // declined the prompt (without asking again).
    using Ready = std::optional<QFuture<void>>;
    static Result<Resolved> resolve(const QString& profile, SecretName::Id id, const EnvFile& env,
                                    Ready* ready = nullptr);
    // Calls `then` in `context`'s thread once `ready` finished (or was cancelled), unless
    // `context` is gone. Call it from that thread. A watcher rather than QFuture::then(): the
    // futures are shared (the keychain read, an open prompt) and a future keeps one
    // continuation only.
    static void whenReady(const QFuture<void>& ready, QObject* context, std::function<void()> then);
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
    static Result<Resolved> resolveLater(const QString& profile, SecretName::Id id,
                                         const EnvFile& env, Ready& ready);
    static Resolved fromSession(const QString& profile, SecretName::Id id, const EnvFile& env);
};

} // namespace artgen::core
