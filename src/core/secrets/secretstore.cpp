#include "secretstore.h"

#include "logging/secretredactor.h"

#include <QPromise>
#include <qt6keychain/keychain.h>

namespace artgen::core {

namespace {

template <typename JobT> JobT* newJob(QObject* parent, const QString& profile, SecretName::Id id)
{
    auto* job = new JobT(SecretStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of the keychain
    job->setKey(SecretStore::entryKey(profile, id));
    return job;
}

template <typename T> std::shared_ptr<QPromise<T>> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

template <typename T> void settle(QPromise<T>& promise, T value)
{
    promise.addResult(std::move(value));
    promise.finish();
}

} // namespace

SecretStore::SecretStore(QObject* parent) : QObject(parent) {}

QString SecretStore::serviceName()
{
    return QStringLiteral("ArtGen Control Panel");
}

QString SecretStore::entryKey(const QString& profile, SecretName::Id id)
{
    return profile + u'/' + SecretName::key(id);
}

QFuture<Result<std::optional<QString>>> SecretStore::read(const QString& profile, SecretName::Id id)
{
    using Answer = Result<std::optional<QString>>;
    auto promise = startedPromise<Answer>();
    auto* job = newJob<QKeychain::ReadPasswordJob>(this, profile, id);
    connect(job, &QKeychain::Job::finished, this, [promise, job] {
        if (job->error() == QKeychain::EntryNotFound)
            return settle<Answer>(*promise, std::optional<QString>());
        if (job->error() != QKeychain::NoError)
            return settle<Answer>(*promise, fail(errorFor(job->error(), job->errorString())));
        const QString value = job->textData();
        SecretRedactor::global()->addSecret(value);
        settle<Answer>(*promise, std::optional<QString>(value));
    });
    job->start();
    return promise->future();
}

QFuture<Status> SecretStore::write(const QString& profile, SecretName::Id id, const QString& value)
{
    SecretRedactor::global()->addSecret(value);
    auto promise = startedPromise<Status>();
    auto* job = newJob<QKeychain::WritePasswordJob>(this, profile, id);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [promise, job] {
        if (job->error() != QKeychain::NoError)
            return settle<Status>(*promise, fail(errorFor(job->error(), job->errorString())));
        settle<Status>(*promise, {});
    });
    job->start();
    return promise->future();
}

QFuture<Status> SecretStore::forget(const QString& profile, SecretName::Id id)
{
    auto promise = startedPromise<Status>();
    auto* job = newJob<QKeychain::DeletePasswordJob>(this, profile, id);
    connect(job, &QKeychain::Job::finished, this, [promise, job] {
        const bool gone =
            job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        if (!gone)
            return settle<Status>(*promise, fail(errorFor(job->error(), job->errorString())));
        settle<Status>(*promise, {});
    });
    job->start();
    return promise->future();
}

Error SecretStore::errorFor(int keychainError, const QString& backendText)
{
    const QString detail = backendText.isEmpty() ? tr("no details") : backendText;
    const QString todo = tr("Secrets are kept in memory for this session only, never in a "
                            "plain-text file; unlock or start the keychain to keep them.");
    switch (keychainError) {
    case QKeychain::NoBackendAvailable:
        return Error(Error::Code::Unreachable, tr("No keychain is available (NoBackendAvailable)."),
                     tr("No Secret Service answers on the session's D-Bus: %1.").arg(detail),
                     tr("Start a Secret Service such as GNOME Keyring or KWallet in your "
                        "session. ") +
                         todo);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(Error::Code::PermissionDenied,
                     tr("The keychain denied access (AccessDenied)."),
                     tr("The keychain is locked or refused the request: %1.").arg(detail),
                     tr("Unlock the keychain and allow the panel to use it. ") + todo);
    default:
        return Error(Error::Code::Io, tr("The keychain failed (OtherError)."),
                     tr("The keychain said: %1.").arg(detail), todo);
    }
}

} // namespace artgen::core
