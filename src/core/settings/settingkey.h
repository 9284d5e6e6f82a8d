#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace artgen::core {

// One value the panel keeps between runs, declared once with its type, its place in the file
// and its default (KeePassXC's Config::ConfigKey, qBittorrent's SettingValue<T>): the page that
// writes it and the pages that read it name the same declaration, and SettingsStore tells
// everyone who listens when it changes. `clamp` keeps a hand-edited file inside what the panel
// accepts.
template <typename T> struct SettingKey
{
    const char* path; // under [ui] in the settings file
    T fallback;
    T (*clamp)(T) = nullptr;

    QString name() const { return QString::fromLatin1(path); }
};

// Every UI value, in one place.
namespace SettingKeys {

inline int clampLineLimit(int lines)
{
    return qBound(1000, lines, 5000000);
}

// How many lines the Logs page keeps; the oldest beyond it are dropped (and counted).
inline const SettingKey<int> logLineLimit{"logs/lineLimit", 200000, &clampLineLimit};
// The Logs page shows one pane per container instead of one merged timeline.
inline const SettingKey<bool> logSideBySide{"logs/sideBySide", false};
// The Logs page wraps long lines instead of scrolling sideways to them.
inline const SettingKey<bool> logWrapLines{"logs/wrapLines", false};
inline const SettingKey<QByteArray> windowGeometry{"mainWindow/geometry", {}};
inline const SettingKey<QByteArray> windowState{"mainWindow/state", {}};
inline const SettingKey<QString> lastPage{"mainWindow/lastPage", {}};
// The one-time move of backup folders named by the old rule (LegacyBackupFolders).
inline const SettingKey<bool> legacyBackupFoldersMigrated{"backups/legacyFoldersMigrated", false};

// Which secrets of a profile the keychain holds (SecretReferences): names only, never values,
// one list per profile under this group.
inline constexpr char secretsGroup[] = "secrets/keychain";

inline QStringList clampRunHistory(QStringList commands)
{
    return commands.mid(0, 20);
}
// The commands run through the Containers page's Run dialog, newest first, one list per profile
// under this group (CommandHistory names the key).
inline constexpr char runHistoryGroup[] = "containers/runHistory";

// A profile's alert thresholds and mutes (Thresholds), one group per profile under this one
// (<hash of its name>/postgresWarn, …), so any profile name makes a valid key.
inline constexpr char thresholdsGroup[] = "monitor/thresholds";
inline int clampConnections(int n)
{
    return qBound(0, n, 1000000); // 0: this level is off
}
inline int clampPercent(int percent)
{
    return qBound(0, percent, 100); // 0: this level is off
}
inline int clampHoldSecs(int secs)
{
    return qBound(0, secs, 3600);
}
inline int clampFailures(int failures)
{
    return qBound(1, failures, 100);
}

} // namespace SettingKeys

} // namespace artgen::core
