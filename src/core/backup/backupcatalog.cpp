#include "backupcatalog.h"

#include "logging/auditlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace artgen::core {

namespace {
const QRegularExpression& namePattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^backup_(?:\d+_)?(\d{8}_\d{6})\.(sql|sql\.gz|sql\.zst|dump)$)"));
    return re;
}
} // namespace

BackupCatalog::BackupCatalog(QString folder) : m_folder(std::move(folder)) {}

bool BackupCatalog::isBackupFileName(const QString& name)
{
    return namePattern().match(name).hasMatch();
}

QList<BackupCatalog::Entry> BackupCatalog::list() const
{
    QList<Entry> entries;
    const QFileInfoList files = QDir(m_folder).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo& fi : files) {
        const auto m = namePattern().match(fi.fileName());
        if (!m.hasMatch())
            continue;
        Entry e;
        e.path = fi.absoluteFilePath();
        e.fileName = fi.fileName();
        e.format = BackupFormats::fromFileName(e.fileName).value_or(BackupFormat::Plain);
        e.sizeBytes = fi.size();
        e.created = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd_HHmmss"));
        if (!e.created.isValid())
            e.created = fi.lastModified();
        e.created = e.created.toUTC();
        if (const auto manifest = BackupManifest::load(BackupManifest::pathFor(e.path))) {
            e.manifest = *manifest;
            if (manifest->startedAt.isValid())
                e.created = manifest->startedAt;
            // Full checksum verification is VerifyJob's; here: the manifest exists and the size
            // still matches, which catches a file cut or replaced after the backup.
            e.state = manifest->sizeBytes == e.sizeBytes ? State::SizeMatches : State::Damaged;
        }
        entries << e;
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.created > b.created; });
    return entries;
}

Status BackupCatalog::remove(const QString& path, const QString& profile,
                             const QString& reason) const
{
    QFile f(path);
    QJsonObject details{{QStringLiteral("reason"), reason}};
    if (f.exists() && !f.remove()) {
        const Error error(Error::Code::Io, tr("The backup %1 cannot be deleted.").arg(path),
                          f.errorString(), tr("Check the folder's permissions."));
        details.insert(QStringLiteral("error"), error.message());
        AuditLog::record(profile, QStringLiteral("delete-backup"), path, QStringLiteral("failed"),
                         details);
        return fail(error);
    }
    QFile::remove(BackupManifest::pathFor(path));
    AuditLog::record(profile, QStringLiteral("delete-backup"), path, QStringLiteral("succeeded"),
                     details);
    return {};
}

bool BackupCatalog::isOwnedBy(const Entry& entry, const QString& profile)
{
    return entry.manifest && entry.manifest->fileName == entry.fileName &&
           entry.manifest->sizeBytes == entry.sizeBytes && entry.manifest->profile == profile;
}

Result<QStringList> BackupCatalog::applyRetention(const QString& profile, int keepLast,
                                                  int keepDays, const QStringList& protect,
                                                  const QDateTime& now) const
{
    QStringList removed;
    if (keepLast <= 0 && keepDays <= 0)
        return removed;
    QStringList protectedPaths;
    for (const QString& p : protect)
        protectedPaths << QFileInfo(p).absoluteFilePath();
    // Only backups we can prove we wrote for this profile take part, newest first.
    QList<Entry> owned;
    for (const Entry& e : list())
        if (isOwnedBy(e, profile))
            owned << e;
    for (int i = 0; i < owned.size(); ++i) {
        const Entry& e = owned[i];
        const bool newEnough = keepDays > 0 && e.created.secsTo(now) < qint64(keepDays) * 86400;
        const bool amongNewest = keepLast > 0 && i < keepLast;
        // With both limits set a backup stays if either keeps it.
        if (amongNewest || newEnough || protectedPaths.contains(e.path))
            continue;
        if (auto s = remove(e.path, profile, QStringLiteral("retention")); !s)
            return fail(s.error());
        removed << e.path;
    }
    return removed;
}

} // namespace artgen::core
