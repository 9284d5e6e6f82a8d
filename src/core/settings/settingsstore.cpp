#include "settingsstore.h"

#include "logging/categories.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace artgen::core {

namespace {
const QString kProfiles = QStringLiteral("profiles");
const QString kActive = QStringLiteral("app/activeProfile");
const QString kLanguage = QStringLiteral("app/language");
} // namespace

SettingsStore::SettingsStore(const QString& filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{}

SettingsStore::~SettingsStore() = default;

QString SettingsStore::defaultPath()
{
    const QString env = qEnvironmentVariable("ARTGEN_CONFIG");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/artgen/artgen.conf");
}

QString SettingsStore::filePath() const
{
    return m_settings->fileName();
}

Status SettingsStore::status() const
{
    switch (m_settings->status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return fail(Error(Error::Code::PermissionDenied,
                          tr("Cannot read or write the settings file %1.").arg(filePath()),
                          tr("The file or its folder is not accessible."),
                          tr("Check the permissions of the file and its folder.")));
    case QSettings::FormatError:
        return fail(Error(Error::Code::InvalidInput,
                          tr("The settings file %1 is malformed.").arg(filePath()),
                          tr("It is not a valid INI file, so it was not used."),
                          tr("Fix or move the file aside; the panel then starts with defaults.")));
    }
    return {};
}

QList<Profile> SettingsStore::profiles() const
{
    QList<Profile> list;
    const int n = m_settings->beginReadArray(kProfiles);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.stackDir = m_settings->value(QStringLiteral("stackDir")).toString();
        p.projectName = m_settings->value(QStringLiteral("projectName")).toString();
        p.apiBaseUrl = QUrl(m_settings->value(QStringLiteral("apiBaseUrl")).toString());
        p.dockerHost = m_settings->value(QStringLiteral("dockerHost")).toString();
        p.backupDir = m_settings->value(QStringLiteral("backupDir")).toString();
        p.backupFormat =
            m_settings->value(QStringLiteral("backupFormat"), p.backupFormat).toString();
        p.backupKeepLast =
            m_settings->value(QStringLiteral("backupKeepLast"), p.backupKeepLast).toInt();
        p.backupKeepDays =
            m_settings->value(QStringLiteral("backupKeepDays"), p.backupKeepDays).toInt();
        p.containers = Profile::defaultContainers();
        m_settings->beginGroup(QStringLiteral("containers"));
        for (const QString& service : m_settings->childKeys())
            p.containers.insert(service, m_settings->value(service).toString());
        m_settings->endGroup();
        if (p.isValid())
            list << p;
        else
            qCWarning(lcSettings) << "ignoring incomplete profile" << i;
    }
    m_settings->endArray();
    return list;
}

void SettingsStore::setProfiles(const QList<Profile>& profiles)
{
    m_settings->remove(kProfiles);
    m_settings->beginWriteArray(kProfiles, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile& p = profiles[i];
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("stackDir"), p.stackDir);
        m_settings->setValue(QStringLiteral("projectName"), p.projectName);
        m_settings->setValue(QStringLiteral("apiBaseUrl"), p.apiBaseUrl.toString());
        m_settings->setValue(QStringLiteral("dockerHost"), p.dockerHost);
        m_settings->setValue(QStringLiteral("backupDir"), p.backupDir);
        m_settings->setValue(QStringLiteral("backupFormat"), p.backupFormat);
        m_settings->setValue(QStringLiteral("backupKeepLast"), p.backupKeepLast);
        m_settings->setValue(QStringLiteral("backupKeepDays"), p.backupKeepDays);
        for (auto it = p.containers.cbegin(); it != p.containers.cend(); ++it)
            m_settings->setValue(QStringLiteral("containers/") + it.key(), it.value());
    }
    m_settings->endArray();
}

std::optional<Profile> SettingsStore::profile(const QString& name) const
{
    for (const Profile& p : profiles())
        if (p.name == name)
            return p;
    return std::nullopt;
}

QString SettingsStore::activeProfileName() const
{
    return m_settings->value(kActive).toString();
}

void SettingsStore::setActiveProfileName(const QString& name)
{
    m_settings->setValue(kActive, name);
}

std::optional<Profile> SettingsStore::activeProfile() const
{
    const QList<Profile> all = profiles();
    if (all.isEmpty())
        return std::nullopt;
    const QString active = activeProfileName();
    for (const Profile& p : all)
        if (p.name == active)
            return p;
    return all.first();
}

bool SettingsStore::ensureDemoProfile(const QString& demoStackDir, const QString& displayName)
{
    if (!profiles().isEmpty() || demoStackDir.isEmpty())
        return false;
    const Profile demo = Profile::fromStackDir(demoStackDir, displayName);
    setProfiles({demo});
    setActiveProfileName(demo.name);
    return true;
}

Profile SettingsStore::activateStackDir(const QString& dir, const QString& nameIfNew)
{
    Profile wanted = Profile::fromStackDir(dir, nameIfNew);
    QList<Profile> all = profiles();
    for (const Profile& p : std::as_const(all)) {
        if (p.stackDir == wanted.stackDir) {
            setActiveProfileName(p.name);
            return p;
        }
    }
    const QString base = wanted.name;
    for (int n = 2; std::any_of(all.cbegin(), all.cend(),
                                [&](const Profile& p) { return p.name == wanted.name; });
         ++n)
        wanted.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    all << wanted;
    setProfiles(all);
    setActiveProfileName(wanted.name);
    return wanted;
}

QString SettingsStore::language() const
{
    return m_settings->value(kLanguage, QStringLiteral("system")).toString();
}

void SettingsStore::setLanguage(const QString& code)
{
    m_settings->setValue(kLanguage, code);
}

QVariant SettingsStore::uiValue(const QString& key, const QVariant& fallback) const
{
    return m_settings->value(QStringLiteral("ui/") + key, fallback);
}

void SettingsStore::setUiValue(const QString& key, const QVariant& value)
{
    m_settings->setValue(QStringLiteral("ui/") + key, value);
}

Status SettingsStore::sync()
{
    m_settings->sync();
    return status();
}

} // namespace artgen::core
