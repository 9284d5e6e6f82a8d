#include "secretreferences.h"

#include "settings/settingsstore.h"

#include <QCryptographicHash>

namespace artgen::core {

SecretReferences::SecretReferences(SettingsStore& store, const QString& profileName)
    : m_store(store), m_profile(profileName),
      m_path(QByteArray(SettingKeys::secretsGroup) + '/' +
             QCryptographicHash::hash(profileName.toUtf8(), QCryptographicHash::Sha256)
                 .toHex()
                 .left(16))
{}

SettingKey<QStringList> SecretReferences::key() const
{
    return {m_path.constData(), {}};
}

QList<SecretName::Id> SecretReferences::inKeychain() const
{
    QList<SecretName::Id> ids;
    for (const QString& name : m_store.value(key()))
        if (const auto id = SecretName::parse(name); id && !ids.contains(*id))
            ids << *id;
    return ids;
}

bool SecretReferences::contains(SecretName::Id id) const
{
    return inKeychain().contains(id);
}

void SecretReferences::add(SecretName::Id id)
{
    QList<SecretName::Id> ids = inKeychain();
    if (!ids.contains(id))
        store(ids << id);
}

void SecretReferences::remove(SecretName::Id id)
{
    QList<SecretName::Id> ids = inKeychain();
    if (ids.removeAll(id) > 0)
        store(ids);
}

void SecretReferences::store(const QList<SecretName::Id>& ids)
{
    QStringList names;
    for (const SecretName::Id id : ids)
        names << SecretName::key(id);
    m_store.setValue(key(), names);
}

} // namespace artgen::core
