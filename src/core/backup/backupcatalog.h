#pragma once

#include "backupformats.h"
#include "backupmanifest.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace artgen::core {

// The backups in a profile's backup folder: files named backup_YYYYMMDD_HHMMSS.<ext>, with or
// without a manifest. Lists, deletes (file and manifest together) and applies retention. Pure
// file-system work; run it off the UI thread.
class BackupCatalog
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::BackupCatalog)

public:
    enum class State { Verified, Unverified, Damaged };

    struct Entry
    {
        QString path;
        QString fileName;
        BackupFormat format = BackupFormat::Plain;
        qint64 sizeBytes = 0;
        QDateTime created; // from the name, else the file time (UTC)
        std::optional<BackupManifest> manifest;
        State state = State::Unverified; // Verified: a manifest whose size matches the file
    };

    explicit BackupCatalog(QString folder);
    QString folder() const { return m_folder; }

    QList<Entry> list() const; // newest first
    Status remove(const QString& path) const;
    // Keeps the newest `keepLast` (0: no limit by count) and everything younger than `keepDays`
    // days (0: no limit by age); deletes the rest. With both 0 nothing goes. Files in `protect`
    // are never deleted. Returns the deleted paths.
    Result<QStringList>
    applyRetention(int keepLast, int keepDays, const QStringList& protect = {},
                   const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    static bool isBackupFileName(const QString& name);

private:
    QString m_folder;
};

} // namespace artgen::core
