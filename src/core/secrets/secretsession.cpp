#include "secretsession.h"

#include "profilesecrets.h"
#include "secretreferences.h"
#include "sessionsecrets.h"
#include "settings/settingsstore.h"
#include "stackconfig/envfile.h"

#include <QtConcurrent>

namespace artgen::core {

SecretSession::SecretSession(SettingsStore& settings, QObject* parent)
    : QObject(parent), m_settings(settings)
{}

void SecretSession::activate(const Profile& profile)
{
    if (!profile.isValid())
        return;
    const SecretReferences references(m_settings, profile.name);
    ProfileSecrets::load(m_store, references).then(this, [this](const Status& loaded) {
        if (!loaded)
            report(loaded.error());
    });
    offerImport(profile);
}

void SecretSession::offerImport(const Profile& profile)
{
    if (m_offered.contains(profile.name))
        return;
    m_offered.insert(profile.name);
    QtConcurrent::run([path = profile.envFile()] {
        return EnvFile::load(path);
    }).then(this, [this, name = profile.name](const Result<EnvFile>& env) {
        if (!env)
            return;
        const auto ids = ProfileSecrets::importable(SecretReferences(m_settings, name), *env);
        if (!ids.isEmpty())
            Q_EMIT importOffered(name, int(ids.size()));
    });
}

void SecretSession::keepInKeychain(const Profile& profile)
{
    QtConcurrent::run([path = profile.envFile()] {
        return EnvFile::load(path);
    }).then(this, [this, profile](const Result<EnvFile>& env) {
        if (!env)
            return; // offered from a .env read moments ago; nothing to keep now
        const auto ids =
            ProfileSecrets::importable(SecretReferences(m_settings, profile.name), *env);
        QMap<int, QString> values;
        for (const SecretName::Id id : ids)
            values.insert(int(id), env->value(SecretName::envKey(id)));
        writeNext(profile, ids, values, 0);
    });
}

void SecretSession::writeNext(const Profile& profile, QList<SecretName::Id> ids,
                              QMap<int, QString> values, int done)
{
    if (ids.isEmpty()) {
        m_settings.sync();
        Q_EMIT imported(profile.name, done);
        return;
    }
    const SecretName::Id id = ids.takeFirst();
    const QString value = values.value(int(id));
    m_store.write(profile.name, id, value)
        .then(this, [this, profile, ids, values, done, id, value](const Status& stored) {
            if (!stored) {
                m_settings.sync();
                return report(stored.error());
            }
            SecretReferences(m_settings, profile.name).add(id);
            SessionSecrets::global().put(profile.name, id, value, SessionSecrets::Origin::Keychain);
            writeNext(profile, ids, values, done + 1);
        });
}

void SecretSession::report(const Error& problem)
{
    if (SessionSecrets::global().noteKeychainProblem(problem))
        Q_EMIT keychainUnavailable(problem);
}

} // namespace artgen::core
