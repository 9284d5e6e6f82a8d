#include "profilesecrets.h"

#include "logging/secretredactor.h"
#include "secretreferences.h"
#include "secretstore.h"
#include "sessionsecrets.h"
#include "stackconfig/envfile.h"

#include <QFutureWatcher>
#include <QPromise>

namespace artgen::core {

Result<ProfileSecrets::Resolved> ProfileSecrets::resolve(const QString& profile, SecretName::Id id,
                                                         const EnvFile& env, Ready* ready)
{
    if (ready) {
        ready->reset();
        return resolveLater(profile, id, env, *ready);
    }
    SessionSecrets& session = SessionSecrets::global();
    session.waitForLoad(profile);
    if (Resolved known = fromSession(profile, id, env); known.source != Source::Missing)
        return known;
    if (!session.isExpected(profile, id))
        return Resolved{};
    if (const auto typed = session.ask(profile, id); typed && !typed->isEmpty())
        return Resolved{*typed, Source::Memory};
    return fail(unavailable(profile, id));
}

Result<ProfileSecrets::Resolved> ProfileSecrets::resolveLater(const QString& profile,
                                                              SecretName::Id id, const EnvFile& env,
                                                              Ready& ready)
{
    SessionSecrets& session = SessionSecrets::global();
    if (const QFuture<void> loading = session.loading(profile); !loading.isFinished()) {
        ready = loading;
        return fail(Error(Error::Code::PermissionDenied,
                          tr("Waiting for %1 of profile %2 from the keychain.")
                              .arg(SecretName::label(id), profile)));
    }
    if (Resolved known = fromSession(profile, id, env); known.source != Source::Missing)
        return known;
    if (!session.isExpected(profile, id))
        return Resolved{};
    if (session.takeDeclined(profile, id))
        return fail(unavailable(profile, id));
    const SessionSecrets::Answer answer = session.askLater(profile, id);
    if (answer.isFinished()) {
        const std::optional<QString> typed =
            answer.resultCount() > 0 ? answer.result() : std::nullopt;
        if (typed && !typed->isEmpty())
            return Resolved{*typed, Source::Memory};
        session.takeDeclined(profile, id);
        return fail(unavailable(profile, id));
    }
    ready = QFuture<void>(answer);
    return fail(Error(Error::Code::PermissionDenied,
                      tr("Waiting for %1 of profile %2 to be typed at its prompt.")
                          .arg(SecretName::label(id), profile)));
}

void ProfileSecrets::whenReady(const QFuture<void>& ready, QObject* context,
                               std::function<void()> then)
{
    auto* watcher = new QFutureWatcher<void>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, then = std::move(then)] {
                         watcher->deleteLater();
                         then();
                     });
    watcher->setFuture(ready);
}

// The session's copy, else the .env's; Missing when neither has it.
ProfileSecrets::Resolved ProfileSecrets::fromSession(const QString& profile, SecretName::Id id,
                                                     const EnvFile& env)
{
    if (const auto entry = SessionSecrets::global().get(profile, id))
        return Resolved{entry->value, entry->origin == SessionSecrets::Origin::Keychain
                                          ? Source::Keychain
                                          : Source::Memory};
    const QString fromEnv = env.value(SecretName::envKey(id));
    if (!fromEnv.isEmpty()) {
        SecretRedactor::global()->addSecret(fromEnv);
        return Resolved{fromEnv, Source::EnvFile};
    }
    return Resolved{};
}

Error ProfileSecrets::unavailable(const QString& profile, SecretName::Id id)
{
    const auto problem = SessionSecrets::global().keychainProblem();
    return Error(Error::Code::PermissionDenied,
                 tr("The keychain holds %1 of profile %2 but cannot be read now.")
                     .arg(SecretName::label(id), profile),
                 problem ? problem->what() : QString(),
                 tr("Run the command on a terminal to type it for this session, unlock the "
                    "keychain, or set %1 in the stack's Docker_all/.env.")
                     .arg(SecretName::envKey(id)));
}

QString ProfileSecrets::sourceName(Source source)
{
    switch (source) {
    case Source::Keychain:
        return tr("keychain");
    case Source::Memory:
        return tr("memory only");
    case Source::EnvFile:
        return tr(".env");
    case Source::Missing:
        return tr("missing");
    }
    return {};
}

QFuture<Status> ProfileSecrets::load(SecretStore& store, const SecretReferences& references)
{
    struct State
    {
        QPromise<Status> promise;
        qsizetype pending = 0;
        Status status;
    };
    auto state = std::make_shared<State>();
    state->promise.start();
    const QList<SecretName::Id> ids = references.inKeychain();
    state->pending = ids.size();
    const QString profile = references.profile();
    for (const SecretName::Id id : ids) {
        SessionSecrets::global().setExpected(profile, id, true);
        store.read(profile, id)
            .then(&store, [state, profile, id](const Result<std::optional<QString>>& value) {
                if (value && *value)
                    SessionSecrets::global().put(profile, id, **value,
                                                 SessionSecrets::Origin::Keychain);
                else if (!value && state->status)
                    state->status = fail(value.error());
                if (--state->pending == 0) {
                    state->promise.addResult(state->status);
                    state->promise.finish();
                }
            });
    }
    if (ids.isEmpty()) {
        state->promise.addResult(Status{});
        state->promise.finish();
    }
    SessionSecrets::global().setLoading(profile, QFuture<void>(state->promise.future()));
    return state->promise.future();
}

QList<SecretName::Id> ProfileSecrets::importable(const SecretReferences& references,
                                                 const EnvFile& env)
{
    QList<SecretName::Id> ids;
    for (const SecretName::Id id : SecretName::all())
        if (!env.value(SecretName::envKey(id)).isEmpty() && !references.contains(id))
            ids << id;
    return ids;
}

} // namespace artgen::core
