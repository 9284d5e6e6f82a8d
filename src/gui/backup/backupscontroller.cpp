#include "backupscontroller.h"

#include "backup/backupcatalog.h"
#include "backup/backupjob.h"
#include "backup/backupmanifest.h"
#include "backup/verifyjob.h"
#include "common/jobcontroller.h"
#include "docker/containermap.h"
#include "session/profileservices.h"
#include "util/humanformat.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent>

namespace artgen::gui {

using Kind = VerdictLabel::Kind;

namespace {
// What the page needs to know about a file before it offers to restore it.
struct FileFacts
{
    core::Result<core::DatabaseTarget> target;
    qint64 size = -1;
    std::optional<core::BackupManifest> manifest;
};
} // namespace

BackupsController::BackupsController(core::JobRunner& jobs, QObject* parent)
    : QObject(parent), m_jobs(new JobController(jobs, this))
{
    connect(m_jobs, &JobController::finished, this, &BackupsController::onFinished);
}

BackupsController::~BackupsController() = default;

bool BackupsController::hasProfile() const
{
    return m_services && m_services->hasProfile();
}

const core::Profile& BackupsController::profile() const
{
    static const core::Profile none;
    return m_services ? m_services->profile() : none;
}

bool BackupsController::isBusy() const
{
    return m_jobs->isRunning();
}

void BackupsController::setServices(std::shared_ptr<core::ProfileServices> services)
{
    m_services = std::move(services);
}

void BackupsController::withTarget(
    std::function<void(const core::Result<core::DatabaseTarget>&)> then)
{
    const core::Profile profile = this->profile();
    QtConcurrent::run([profile] {
        return core::DatabaseTarget::fromProfile(profile);
    }).then(this, [this, then, services = m_services](const core::Result<core::DatabaseTarget>& t) {
        // Another profile became active meanwhile: nothing is done to this one's database.
        if (services == m_services)
            then(t);
    });
}

void BackupsController::start(std::shared_ptr<core::Job> job, const QString& description)
{
    // The job's Docker client stays with it, even across a profile switch.
    if (m_jobs->run(std::move(job), m_services))
        Q_EMIT jobStarted(description);
}

void BackupsController::backUp(core::BackupFormat format)
{
    if (isBusy() || !hasProfile())
        return;
    withTarget([this, format](const core::Result<core::DatabaseTarget>& target) {
        if (!target) {
            Q_EMIT failed(target.error());
            return;
        }
        if (isBusy())
            return;
        core::BackupJob::Options o;
        o.target = *target;
        o.folder = profile().backupFolder();
        o.format = format;
        o.reason = QStringLiteral("manual");
        o.keepLast = profile().backupKeepLast;
        o.keepDays = profile().backupKeepDays;
        start(std::make_shared<core::BackupJob>(&m_services->docker(), o),
              tr("Backing up database %1…").arg(o.target.database));
    });
}

void BackupsController::verify(const QString& path)
{
    if (isBusy())
        return;
    withTarget([this, path](const core::Result<core::DatabaseTarget>& target) {
        if (isBusy())
            return;
        // Without the profile's database a custom archive without manifest cannot be read
        // through pg_restore; everything else is still checked.
        std::optional<core::DatabaseTarget> t;
        if (target)
            t = *target;
        start(std::make_shared<core::VerifyJob>(path, &m_services->docker(), t),
              tr("Verifying %1…").arg(QFileInfo(path).fileName()));
    });
}

void BackupsController::remove(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QString profile = this->profile().name;
    const QString name = QFileInfo(path).fileName();
    QtConcurrent::run([folder, path, profile] {
        return core::BackupCatalog(folder).remove(path, profile, QStringLiteral("manual"));
    }).then(this, [this, name](const core::Status& st) {
        if (st)
            Q_EMIT verdict(Kind::Neutral, tr("Deleted %1.").arg(name).toHtmlEscaped());
        else
            Q_EMIT failed(st.error());
        Q_EMIT backupsChanged({});
    });
}

void BackupsController::prepareRestore(const QString& file)
{
    if (isBusy() || !hasProfile() || file.isEmpty())
        return;
    const core::Profile profile = this->profile();
    QtConcurrent::run([profile, file] {
        FileFacts facts{core::DatabaseTarget::fromProfile(profile), -1, std::nullopt};
        const QFileInfo info(file);
        if (info.isFile())
            facts.size = info.size();
        if (auto m = core::BackupManifest::load(core::BackupManifest::pathFor(file)))
            facts.manifest = *m;
        return facts;
    }).then(this, [this, file, profile, services = m_services](const FileFacts& facts) {
        if (isBusy() || services != m_services)
            return;
        if (!facts.target) {
            Q_EMIT failed(facts.target.error());
            return;
        }
        if (facts.size < 0) {
            Q_EMIT failed(core::Error(core::Error::Code::NotFound,
                                      tr("The backup %1 cannot be restored.").arg(file),
                                      tr("The file does not exist or is not a regular file."),
                                      tr("Refresh the list or pick another file.")));
            return;
        }
        RestoreDialog::Input input;
        input.options.target = *facts.target;
        input.options.file = file;
        input.options.safetyFolder = profile.backupFolder();
        input.options.safetyFormat = core::BackupFormats::fromName(profile.backupFormat)
                                         .value_or(core::BackupFormat::PlainGzip);
        input.options.services =
            core::ContainerMap(profile).containers(core::StackRoles::workers());
        input.fileSize = facts.size;
        input.manifest = facts.manifest;
        m_restoreFor = m_services;
        Q_EMIT restoreReady(input);
    });
}

void BackupsController::restore(const core::RestoreJob::Options& options)
{
    if (isBusy())
        return;
    // A restore runs against the profile its dialog was opened for, or not at all: after a
    // switch the same container name may be another host's database.
    if (std::exchange(m_restoreFor, nullptr) != m_services) {
        Q_EMIT failed(core::Error(core::Error::Code::Cancelled, tr("Nothing was restored."),
                                  tr("The active profile changed while the restore dialog was "
                                     "open."),
                                  tr("Open Restore again on the profile you mean.")));
        return;
    }
    start(std::make_shared<core::RestoreJob>(&m_services->docker(), options),
          tr("Restoring %1 into %2…")
              .arg(QFileInfo(options.file).fileName(), options.target.database));
}

void BackupsController::onFinished(core::Job* job)
{
    QString select;
    switch (m_jobs->outcome()) {
    case JobController::Outcome::Succeeded:
        if (const auto* backup = qobject_cast<core::BackupJob*>(job)) {
            backedUp(*backup);
            select = backup->filePath();
        } else if (const auto* restore = qobject_cast<core::RestoreJob*>(job)) {
            restored(*restore);
        } else { // a verify: its result names the file
            Q_EMIT verdict(Kind::Success, job->result().toString().toHtmlEscaped());
        }
        break;
    case JobController::Outcome::Cancelled:
        Q_EMIT verdict(Kind::Neutral, tr("Cancelled. Nothing was left half-done.").toHtmlEscaped());
        break;
    case JobController::Outcome::Failed:
        Q_EMIT failed(m_jobs->error());
    }
    Q_EMIT backupsChanged(select);
}

void BackupsController::backedUp(const core::BackupJob& job)
{
    Q_EMIT verdict(Kind::Success,
                   backedUpText(QFileInfo(job.filePath()).fileName(), job.manifest().sizeBytes,
                                m_jobs->elapsedMs(), int(job.manifest().tableRows.size()),
                                int(job.removedByRetention().size()))
                       .toHtmlEscaped());
}

QString BackupsController::backedUpText(const QString& fileName, qint64 bytes, qint64 elapsedMs,
                                        int tables, int removed)
{
    // The size in the one format of every size on the page (HumanFormat): the progress line
    // showed the same bytes a moment before.
    QString text =
        tr("Backed up to %1 (%2) in %3.")
            .arg(fileName, core::HumanFormat::bytes(bytes), JobController::durationText(elapsedMs));
    text += QLatin1Char(' ') +
            core::HumanFormat::groupedCount(
                tr("Verified: %n table(s), checksum in the manifest.", nullptr, tables), tables);
    if (removed > 0)
        text += QLatin1Char(' ') +
                core::HumanFormat::groupedCount(
                    tr("Retention removed %n older backup(s).", nullptr, removed), removed);
    return text;
}

void BackupsController::restored(const core::RestoreJob& job)
{
    const auto& o = job.options();
    const auto& r = job.report();
    QStringList parts;
    parts << tr("Restored %1 into %2 in %3.")
                 .arg(QFileInfo(o.file).fileName(), o.target.database,
                      JobController::durationText(m_jobs->elapsedMs()))
                 .toHtmlEscaped();
    Kind kind = Kind::Success;
    if (!r.manifestFound) {
        parts << tr("The file has no manifest, so row counts were not compared.").toHtmlEscaped();
        kind = Kind::Warning;
    } else if (r.mismatches.isEmpty()) {
        parts << tr("Row counts match the manifest in all %n table(s).", nullptr, r.tablesCompared)
                     .toHtmlEscaped();
    } else {
        kind = Kind::Failure;
        QString list;
        for (auto it = r.mismatches.cbegin(); it != r.mismatches.cend(); ++it)
            list += QStringLiteral("<li>%1</li>")
                        .arg(tr("%1: %2 rows in the backup, %3 now")
                                 .arg(it.key())
                                 .arg(it.value().first)
                                 .arg(it.value().second)
                                 .toHtmlEscaped());
        parts << tr("But row counts differ from the manifest in %n table(s):", nullptr,
                    int(r.mismatches.size()))
                         .toHtmlEscaped() +
                     QStringLiteral("<ul style='margin:0'>%1</ul>").arg(list);
    }
    if (!r.safetyBackup.isEmpty())
        parts << tr("Safety backup of the previous state: %1")
                     .arg(QDir::toNativeSeparators(r.safetyBackup))
                     .toHtmlEscaped();
    if (!r.servicesRestarted.isEmpty())
        parts << tr("Started again: %1.")
                     .arg(r.servicesRestarted.join(QStringLiteral(", ")))
                     .toHtmlEscaped();
    Q_EMIT verdict(kind, parts.join(QStringLiteral("<br>")));
}

} // namespace artgen::gui
