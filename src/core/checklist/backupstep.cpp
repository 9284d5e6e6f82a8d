#include "backupstep.h"

#include "backup/backupcatalog.h"
#include "backup/backupjob.h"
#include "backup/verifyjob.h"
#include "runningconfig.h"
#include "stackconfig/configloader.h"
#include "stepcontext.h"
#include "util/humanformat.h"

#include <QJsonObject>

namespace artgen::core {

BackupStep::BackupStep()
    : ChecklistStep(
          1, QStringLiteral("backup"),
          QT_TRANSLATE_NOOP("artgen::core::ChecklistStep", "Database backed up"),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "Makes sure a verified backup of the database exists before anything changes "
              "(`pg_dump … > backup_$(date +%Y%m%d_%H%M%S).sql`): a recent one of this profile, "
              "else a new one; and keeps a copy of the configuration files for step 3."),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "Restore this backup (Backups page or `artgenctl restore FILE`) to undo a "
              "deployment that lost data."))
{}

StepRecord BackupStep::run(StepContext& context) const
{
    const Profile& profile = context.profile();
    QJsonObject files;
    if (const auto docs = ConfigLoader::load(profile.stackDir)) {
        const QHash<QString, QByteArray> bytes = docs->bytes();
        for (auto it = bytes.cbegin(); it != bytes.cend(); ++it)
            files.insert(it.key(), QString::fromUtf8(it.value()));
    }
    QStringList evidence;
    QString file;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const BackupCatalog::Entry& e : BackupCatalog(profile.backupFolder()).list()) {
        if (!BackupCatalog::isOwnedBy(e, profile.name) ||
            e.created.secsTo(now) > qint64(context.options().recentBackupMinutes) * 60)
            continue;
        file = e.path;
        evidence << tr("Chosen: %1 (%2, made %n minute(s) ago)", nullptr,
                       int(e.created.secsTo(now) / 60))
                        .arg(e.path, HumanFormat::bytes(e.sizeBytes));
        break;
    }
    const auto target = DatabaseTarget::fromProfile(profile);
    if (!target)
        return StepRecord::failed(target.error().message());
    if (file.isEmpty()) {
        BackupJob::Options o;
        o.target = *target;
        o.folder = profile.backupFolder();
        o.reason = QStringLiteral("checklist");
        o.keepLast = profile.backupKeepLast;
        o.keepDays = profile.backupKeepDays;
        BackupJob backup(&context.docker(), o);
        context.runJob(backup);
        if (backup.state() != Job::State::Succeeded)
            return StepRecord::failed(tr("The backup failed: %1").arg(backup.error().message()));
        file = backup.filePath();
        evidence << tr("Made: %1").arg(file);
    }
    VerifyJob verify(file, &context.docker(), *target);
    context.runJob(verify);
    if (verify.state() != Job::State::Succeeded)
        return StepRecord::failed(
            tr("The backup %1 did not pass verification: %2").arg(file, verify.error().message()),
            evidence);
    evidence << tr("Verified: %1").arg(verify.result().toString());
    const QJsonObject previous = RunningConfig::previousFiles(context, files.keys(), &evidence);
    StepRecord r = StepRecord::passed(tr("Verified backup %1.").arg(file), evidence);
    r.figures = {{QStringLiteral("backup"), file}, {QStringLiteral("files"), files}};
    // What a rollback goes back to where the files no longer hold what the stack runs.
    if (!previous.isEmpty())
        r.figures.insert(QStringLiteral("previousFiles"), previous);
    return r;
}

} // namespace artgen::core
