#pragma once

#include "secretname.h"
#include "util/error.h"

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QString>
#include <functional>
#include <optional>

namespace artgen::core {

// The process's secrets for this session: values read from the keychain, and values the user
// typed when the keychain could not be used (kept in memory only, never written anywhere).
// Thread-safe: the composition root fills it on the UI thread, services read it on workers.
// Every value put here is registered with the log redaction.
class SessionSecrets
{
public:
    enum class Origin { Keychain, Memory };
    struct Entry
    {
        QString value;
        Origin origin = Origin::Keychain;
    };
    // Asks the user for a secret the session needs and does not have; std::nullopt when nobody
    // can be asked or they declined. A terminal prompt answers at once (Asker); a dialog answers
    // later, on the UI thread (AsyncAsker), so nobody has to wait on a shared thread meanwhile.
    using Asker = std::function<std::optional<QString>(const QString& profile, SecretName::Id)>;
    using Answer = QFuture<std::optional<QString>>;
    using AsyncAsker = std::function<Answer(const QString& profile, SecretName::Id)>;

    static SessionSecrets& global();

    void put(const QString& profile, SecretName::Id id, const QString& value, Origin origin);
    std::optional<Entry> get(const QString& profile, SecretName::Id id) const;
    void remove(const QString& profile, SecretName::Id id);

    // The settings say the keychain holds this secret, but it could not be read: the session
    // asks for it when it is needed instead of falling back to anything else.
    void setExpected(const QString& profile, SecretName::Id id, bool expected);
    bool isExpected(const QString& profile, SecretName::Id id) const;

    // A keychain read for the profile is under way: resolving waits for it off the thread that
    // answers it, so a monitor starting with the panel does not ask for what the keychain has.
    void setLoading(const QString& profile, const QFuture<void>& loading);
    // Waits for the profile's read unless called on the thread whose event loop finishes it.
    void waitForLoad(const QString& profile) const;
    // The profile's read while it is under way, else a finished future: for who must not wait.
    QFuture<void> loading(const QString& profile) const;

    // Records why the keychain cannot be used; true only the first time, so the user is told
    // once per session, not once per secret.
    bool noteKeychainProblem(const Error& problem);
    std::optional<Error> keychainProblem() const;

    void setAsker(Asker asker);
    void setAsyncAsker(AsyncAsker asker);
    // Asks without waiting and keeps the answer in memory (before the answer's future finishes).
    // One question per secret: who asks while it is open shares its answer.
    Answer askLater(const QString& profile, SecretName::Id id);
    // askLater() and waits for the answer; on the main thread, whose event loop a dialog needs,
    // an answer that is not there at once is no answer.
    std::optional<QString> ask(const QString& profile, SecretName::Id id);
    // Whether the user declined the last question about this secret and nobody asked again
    // since; forgets it, so the next asker may ask again.
    bool takeDeclined(const QString& profile, SecretName::Id id);

    // For tests: forget everything.
    void clear();

private:
    static QString slot(const QString& profile, SecretName::Id id);

    mutable QMutex m_lock;
    QMutex m_askLock; // one terminal prompt at a time, never under m_lock
    QHash<QString, Entry> m_entries;
    QHash<QString, bool> m_expected;
    QHash<QString, QFuture<void>> m_loading;
    QHash<QString, Answer> m_asking; // the last question per secret
    QHash<QString, bool> m_declined;
    std::optional<Error> m_problem;
    AsyncAsker m_asker;
};

} // namespace artgen::core
