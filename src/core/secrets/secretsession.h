#pragma once

#include "secretstore.h"
#include "settings/profile.h"
#include "util/error.h"

#include <QObject>
#include <QSet>

namespace artgen::core {

class SettingsStore;

// The panel's side of the secrets, for the profile in use: reads what the keychain holds for it
// into the session when it becomes active, says once why the keychain cannot be used, and on a
// profile's first use offers to keep the secrets its .env holds in the keychain (once per
// profile and session). Use from the UI thread; the .env is read on a worker.
class SecretSession : public QObject
{
    Q_OBJECT

public:
    explicit SecretSession(SettingsStore& settings, QObject* parent = nullptr);

    void activate(const Profile& profile);
    // Copies the .env's secrets the keychain lacks into it ("Keep in keychain").
    void keepInKeychain(const Profile& profile);

Q_SIGNALS:
    // Once per session: the keychain cannot be used, and why.
    void keychainUnavailable(const artgen::core::Error& problem);
    // `count` secrets of the profile's .env are not in the keychain yet.
    void importOffered(const QString& profile, int count);
    void imported(const QString& profile, int count);

private:
    void offerImport(const Profile& profile);
    void writeNext(const Profile& profile, QList<SecretName::Id> ids, QMap<int, QString> values,
                   int done);
    void report(const Error& problem);

    SettingsStore& m_settings;
    SecretStore m_store;
    QSet<QString> m_offered;
};

} // namespace artgen::core
