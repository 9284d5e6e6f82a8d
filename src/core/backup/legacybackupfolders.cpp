#include "legacybackupfolders.h"

#include "settings/settingsstore.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QStandardPaths>

namespace artgen::core {

QString LegacyBackupFolders::legacyNameFor(const QString& name)
{
    QString safe = name;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    return safe;
}

QStringList LegacyBackupFolders::migrate(const QList<Profile>& profiles)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                         QStringLiteral("/artgen/backups/");
    QMap<QString, QStringList> users; // legacy folder name -> profiles that used it
    for (const Profile& p : profiles)
        if (p.backupDir.isEmpty())
            users[legacyNameFor(p.name)] << p.name;
    QStringList messages;
    for (const Profile& p : profiles) {
        if (!p.backupDir.isEmpty())
            continue;
        const QString legacy = legacyNameFor(p.name);
        const QString current = Profile::folderNameFor(p.name);
        if (legacy.isEmpty() || legacy == current || !QFileInfo(base + legacy).isDir() ||
            QFileInfo::exists(base + current))
            continue;
        const QStringList sharers = users.value(legacy);
        if (sharers.size() > 1) {
            messages << tr("%1 holds backups of the profiles %2, which earlier versions put into "
                           "one folder; it is left as it is: move each profile's backups to its "
                           "own folder by hand.")
                            .arg(base + legacy, sharers.join(QStringLiteral(", ")));
            continue;
        }
        if (QDir().rename(base + legacy, base + current))
            messages << tr("The backups of profile %1 moved from %2 to %3.")
                            .arg(p.name, base + legacy, base + current);
        else
            messages << tr("The backups of profile %1 stay in %2: it could not be renamed to %3.")
                            .arg(p.name, base + legacy, base + current);
    }
    return messages;
}

QStringList LegacyBackupFolders::migrateOnce(SettingsStore& settings)
{
    if (!settings.status() || settings.value(SettingKeys::legacyBackupFoldersMigrated))
        return {};
    const QStringList messages = migrate(settings.profiles());
    settings.setValue(SettingKeys::legacyBackupFoldersMigrated, true);
    settings.sync();
    return messages;
}

} // namespace artgen::core
