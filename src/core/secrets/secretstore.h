#pragma once

#include "secretname.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <optional>

namespace artgen::core {

// The OS keychain (Secret Service on Linux) through QtKeychain's asynchronous jobs: one entry
// per profile and secret under the application's service name. QtKeychain's insecure fallback
// (a plain-text file) is always off: without a keychain every call fails with the cause, and
// the caller keeps the secret in memory for the session (SessionSecrets).
//
// Jobs run on the thread that calls (it needs an event loop: the UI thread of the panel, the
// main thread of artgenctl); the answers arrive as futures, nothing here blocks.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QObject* parent = nullptr);

    // The keychain's service name, shared by artgen-panel and artgenctl.
    static QString serviceName();
    // The entry's key: "<profile>/<secret>".
    static QString entryKey(const QString& profile, SecretName::Id id);

    // The stored value, std::nullopt when the keychain has no such entry.
    QFuture<Result<std::optional<QString>>> read(const QString& profile, SecretName::Id id);
    QFuture<Status> write(const QString& profile, SecretName::Id id, const QString& value);
    // Succeeds also when there was no entry.
    QFuture<Status> forget(const QString& profile, SecretName::Id id);

    // QtKeychain's error (QKeychain::Error) as a sentence that names the cause, with the
    // backend's own text.
    static Error errorFor(int keychainError, const QString& backendText);
};

} // namespace artgen::core
