#pragma once

#include "configapplyplan.h"
#include "settings/profile.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace artgen::core {

// One applied change: what each changed file held before and after (whole bytes, so a rollback
// restores them exactly), the settings' old and new values, when, by whom and on which profile.
struct ConfigHistoryEntry
{
    QString id;
    QDateTime time; // UTC
    QString user;   // the OS user who applied it
    QString profile;
    QString kind;       // "apply", "preset", "rollback", "git"
    QString rollbackOf; // kind "rollback": the entry it went back to
    QList<ConfigValueChange> values;
    QList<ConfigApplyPlan::FileChange> files;
    QString summary;

    bool operator==(const ConfigHistoryEntry&) const = default;
};

// The per-profile history of applied configuration changes: one JSON document
// ($XDG_DATA_HOME/artgen/profiles/<profile folder>/config-history.json, beside nothing the stack
// owns), written whole through a temporary file and a rename. Blocking file I/O: use it off the
// UI thread. Shared by the panel and artgenctl.
class ConfigHistory
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ConfigHistory)

public:
    explicit ConfigHistory(QString path) : m_path(std::move(path)) {}
    static ConfigHistory forProfile(const Profile& profile);
    // The profile's data folder: history, the previous versions of the files.
    static QString dataFolder(const Profile& profile);

    const QString& path() const { return m_path; }

    // Oldest first; no file yet is an empty history.
    Result<QList<ConfigHistoryEntry>> entries() const;
    // The entry `id` (or the one entry whose id starts with it); empty `id`: the newest.
    Result<ConfigHistoryEntry> entry(const QString& id) const;
    Status append(const ConfigHistoryEntry& entry);

    // "20261130-061500-3f2a": sortable, and unique enough for a person to type its start.
    static QString newId(const QDateTime& time);
    static QString currentUser();

private:
    Status save(const QList<ConfigHistoryEntry>& entries) const;

    QString m_path;
};

} // namespace artgen::core
