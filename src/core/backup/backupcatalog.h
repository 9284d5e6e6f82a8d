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
// without a manifest. Lists, deletes (file and manifest together, written to the audit log) and
// applies retention. Pure file-system work; run it off the UI thread.
class BackupCatalog
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::BackupCatalog)

public:
    // Only the size is compared here; a full check (SHA-256, completeness) is VerifyJob's.
    //  SizeMatches: a manifest whose size matches the file — not verified, only not cut;
    //  Unverified:  no manifest; Damaged: the size differs from the manifest's.
    enum class State {
        SizeMatches,
        Unverified,
        Damaged,
        // Transitional alias for code not yet renamed; the state never meant a full check.
    };

    struct Entry
    {
        QString path;
        QString fileName;
        BackupFormat format = BackupFormat::Plain;
        qint64 sizeBytes = 0;
        QDateTime created; // from the name, else the file time (UTC)
        std::optional<BackupManifest> manifest;
        State state = State::Unverified;
    };

    explicit BackupCatalog(QString folder);
    QString folder() const { return m_folder; }

    QList<Entry> list() const; // newest first
    // Deletes the file and its manifest, and records the deletion (or why it failed) in the audit
    // log under `profile`; `reason` says who asked: "manual" or "retention".
    Status remove(const QString& path, const QString& profile, const QString& reason) const;
    // Retention for the backups of `profile` only: those this tool wrote and can prove so (see
    // isOwnedBy()). Of these it keeps the newest `keepLast` (0: no limit by count) and everything
    // younger than `keepDays` days (0: no limit by age); deletes the rest. With both 0 nothing
    // goes. Files in `protect` are never deleted. Any other file in the folder — made by hand,
    // copied in, of another profile, or cut — is never deleted and does not count toward
    // `keepLast`. Every deletion is audited. Returns the deleted paths.
    Result<QStringList>
    applyRetention(const QString& profile, int keepLast, int keepDays,
                   const QStringList& protect = {},
                   const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    // True when `entry` has a manifest beside it that names this very file, whose size matches
    // the file and whose profile is `profile`: a backup this tool wrote for that profile.
    static bool isOwnedBy(const Entry& entry, const QString& profile);

    static bool isBackupFileName(const QString& name);

private:
    QString m_folder;
};

} // namespace artgen::core
