#pragma once

#include "settings/profile.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace artgen::core {

// Earlier versions named a profile's default backup folder by replacing every character outside
// [A-Za-z0-9._-] with '_' — so "Demo stack" used backups/Demo_stack, and "Прод" and "Тест" both
// used backups/_. Profile::folderNameFor() names them apart now; this moves each old folder to
// its new name when exactly one profile used it, so no backup drops out of the catalogue. A
// folder that several profiles shared is left where it is (whose backup is whose cannot be
// told from the folder) and reported. Runs once at start-up, before any page lists a folder.
class SettingsStore;

class LegacyBackupFolders
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::LegacyBackupFolders)

public:
    // The folder name the earlier rule gave `name`.
    static QString legacyNameFor(const QString& name);
    // Moves what can be moved; returns one sentence per folder moved or left, for the log.
    static QStringList migrate(const QList<Profile>& profiles);
    // migrate() over the store's profiles, once per settings file (it remembers having done
    // so), and never over a file that cannot be used. What the panel and artgenctl call.
    static QStringList migrateOnce(SettingsStore& settings);
};

} // namespace artgen::core
