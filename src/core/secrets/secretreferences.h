#pragma once

#include "secretname.h"
#include "settings/settingkey.h"

#include <QByteArray>
#include <QList>

namespace artgen::core {

class SettingsStore;

// Which of a profile's secrets the keychain holds, as the settings remember it: the names only,
// never a value (SettingKeys::secretsGroup/<hash of the profile's name>, so any profile name
// makes a valid key). Use from the settings' thread.
class SecretReferences
{
public:
    SecretReferences(SettingsStore& store, const QString& profileName);

    QString profile() const { return m_profile; }
    QList<SecretName::Id> inKeychain() const;
    bool contains(SecretName::Id id) const;
    void add(SecretName::Id id);
    void remove(SecretName::Id id);

private:
    SettingKey<QStringList> key() const;
    void store(const QList<SecretName::Id>& ids);

    SettingsStore& m_store;
    QString m_profile;
    QByteArray m_path;
};

} // namespace artgen::core
