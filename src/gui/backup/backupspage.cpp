#include "backupspage.h"

#include "backup/backupjob.h"
#include "backup/backupmanifest.h"
#include "backup/verifyjob.h"
#include "backupcatalogmodel.h"
#include "common/joboutputpane.h"
#include "common/recordtableview.h"
#include "docker/containermap.h"
#include "docker/dockerclient.h"
#include "job/jobrunner.h"
#include "logging/auditlog.h"
#include "restoredialog.h"
#include "session/activeservices.h"
#include "util/humanformat.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>
#include <utility>

namespace artgen::gui {

using core::BackupCatalog;

namespace {
// What the page needs to know about a file before it offers to restore it.
struct FileFacts
{
    core::Result<core::DatabaseTarget> target;
    qint64 size = -1;
    std::optional<core::BackupManifest> manifest;
};
} // namespace

BackupsPage::BackupsPage(core::ActiveServices& services, core::JobRunner& jobs, QWidget* parent)
    : QWidget(parent), m_active(services), m_jobs(jobs)
{
    buildUi();
    retranslate();
    connect(&m_active, &core::ActiveServices::switched, this, &BackupsPage::reloadProfile);
    reloadProfile();
}

BackupsPage::~BackupsPage() = default;

void BackupsPage::buildUi()
{
    auto* root = new QVBoxLayout(this);

    auto* actions = new QHBoxLayout;
    m_backUp = new QPushButton(this);
    m_backUp->setObjectName(QStringLiteral("backUpNow"));
    m_backUp->setDefault(true);
    m_formatLabel = new QLabel(this);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("backupFormat"));
    for (const QString& name : core::BackupFormats::names())
        m_format->addItem(QString(), name);
    m_formatLabel->setBuddy(m_format);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshBackups"));
    m_openFolder = new QPushButton(this);
    m_openFolder->setObjectName(QStringLiteral("openBackupFolder"));
    actions->addWidget(m_backUp);
    actions->addSpacing(8);
    actions->addWidget(m_formatLabel);
    actions->addWidget(m_format);
    actions->addStretch();
    actions->addWidget(m_refresh);
    actions->addWidget(m_openFolder);
    root->addLayout(actions);

    m_progressBox = new QWidget(this);
    m_progressBox->setObjectName(QStringLiteral("progressBox"));
    auto* progressLayout = new QVBoxLayout(m_progressBox);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progressTitle = new QLabel(m_progressBox);
    auto* barRow = new QHBoxLayout;
    m_progress = new QProgressBar(m_progressBox);
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setTextVisible(false);
    m_progressDetail = new QLabel(m_progressBox);
    m_progressDetail->setObjectName(QStringLiteral("progressDetail"));
    m_progressDetail->setMinimumWidth(260);
    m_cancel = new QPushButton(m_progressBox);
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    barRow->addWidget(m_progress, 1);
    barRow->addWidget(m_progressDetail);
    barRow->addWidget(m_cancel);
    m_progressStep = new QLabel(m_progressBox);
    m_progressStep->setObjectName(QStringLiteral("progressStep"));
    m_progressStep->setStyleSheet(QStringLiteral("color: #5f6670;"));
    progressLayout->addWidget(m_progressTitle);
    progressLayout->addLayout(barRow);
    progressLayout->addWidget(m_progressStep);
    m_progressBox->hide();
    root->addWidget(m_progressBox);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->hide();
    root->addWidget(m_verdict);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(top);
    m_summary->setObjectName(QStringLiteral("catalogSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    topLayout->addWidget(m_summary);
    m_model = new BackupCatalogModel(this);
    m_table = new RecordTableView(top);
    m_table->setObjectName(QStringLiteral("backupsTable"));
    m_table->setModel(m_model);
    topLayout->addWidget(m_table);
    auto* rowActions = new QHBoxLayout;
    m_verify = new QPushButton(top);
    m_verify->setObjectName(QStringLiteral("verifyBackup"));
    m_restore = new QPushButton(top);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_delete = new QPushButton(top);
    m_delete->setObjectName(QStringLiteral("deleteBackup"));
    m_restoreFile = new QPushButton(top);
    m_restoreFile->setObjectName(QStringLiteral("restoreFromFile"));
    rowActions->addWidget(m_verify);
    rowActions->addWidget(m_restore);
    rowActions->addWidget(m_delete);
    rowActions->addStretch();
    rowActions->addWidget(m_restoreFile);
    topLayout->addLayout(rowActions);

    m_output = new JobOutputPane(splitter);
    splitter->addWidget(top);
    splitter->addWidget(m_output);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    root->addWidget(splitter, 1);

    connect(m_backUp, &QPushButton::clicked, this, &BackupsPage::backUpNow);
    connect(m_refresh, &QPushButton::clicked, this, &BackupsPage::refresh);
    connect(m_openFolder, &QPushButton::clicked, this, &BackupsPage::openFolder);
    connect(m_verify, &QPushButton::clicked, this, &BackupsPage::verifySelected);
    connect(m_restore, &QPushButton::clicked, this, &BackupsPage::restoreSelected);
    connect(m_delete, &QPushButton::clicked, this, &BackupsPage::deleteSelected);
    connect(m_restoreFile, &QPushButton::clicked, this, &BackupsPage::restoreFromFile);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job) {
            m_job->cancel();
            m_cancel->setEnabled(false);
            m_progressTitle->setText(tr("Cancelling…"));
        }
    });
    connect(m_table, &QTableView::doubleClicked, this, &BackupsPage::verifySelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BackupsPage::updateButtons);
}

void BackupsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BackupsPage::retranslate()
{
    m_backUp->setText(tr("Back up now"));
    m_backUp->setToolTip(tr("Dump the stack's database into the backup folder, verified, "
                            "with a manifest."));
    m_formatLabel->setText(tr("&Format:"));
    for (int i = 0; i < m_format->count(); ++i) {
        const auto f = core::BackupFormats::fromName(m_format->itemData(i).toString());
        QString text;
        switch (f.value_or(core::BackupFormat::Plain)) {
        case core::BackupFormat::Plain:
            text = tr("Plain SQL (.sql)");
            break;
        case core::BackupFormat::PlainGzip:
            text = tr("SQL, gzip (.sql.gz)");
            break;
        case core::BackupFormat::PlainZstd:
            text = tr("SQL, zstd (.sql.zst)");
            break;
        case core::BackupFormat::Custom:
            text = tr("PostgreSQL custom (.dump)");
            break;
        }
        m_format->setItemText(i, text);
    }
    m_refresh->setText(tr("Refresh"));
    m_openFolder->setText(tr("Open folder"));
    m_verify->setText(tr("Verify"));
    m_verify->setToolTip(tr("Read the whole file again and check it against its manifest."));
    m_restore->setText(tr("Restore…"));
    m_delete->setText(tr("Delete…"));
    m_restoreFile->setText(tr("Restore from file…"));
    m_cancel->setText(tr("Cancel"));
    m_output->retranslate();
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, BackupCatalogModel::ColumnCount - 1);
    updateSummary();
}

void BackupsPage::reloadProfile()
{
    m_services = m_active.current();
    m_hasProfile = m_services->hasProfile();
    m_profile = m_services->profile();
    const int idx = m_format->findData(m_profile.backupFormat);
    m_format->setCurrentIndex(idx < 0 ? m_format->findData(QStringLiteral("plain-gz")) : idx);
    m_entries.clear();
    m_listed = false;
    m_model->setEntries({});
    updateButtons();
    refresh();
}

void BackupsPage::refresh()
{
    const int generation = ++m_generation;
    if (!m_hasProfile) {
        updateSummary();
        Q_EMIT refreshed();
        return;
    }
    const QString folder = m_profile.backupFolder();
    QtConcurrent::run([folder] {
        return BackupCatalog(folder).list();
    }).then(this, [this, generation](const QList<BackupCatalog::Entry>& entries) {
        if (generation != m_generation)
            return; // a newer listing is on its way
        const auto* current = selected();
        const QString keep = !m_selectAfterRefresh.isEmpty()
                                 ? m_selectAfterRefresh
                                 : (current ? current->path : QString());
        m_selectAfterRefresh.clear();
        m_entries = entries;
        m_listed = true;
        m_model->setEntries(entries);
        selectPath(keep);
        updateSummary();
        Q_EMIT refreshed();
    });
}

void BackupsPage::updateSummary()
{
    if (!m_hasProfile) {
        m_summary->setText(tr("No active profile — add one in Settings."));
        return;
    }
    const QString folder = QDir::toNativeSeparators(m_profile.backupFolder());
    if (!m_listed) {
        m_summary->setText(tr("Backups in %1 — reading…").arg(folder));
        return;
    }
    if (m_entries.isEmpty()) {
        m_summary->setText(
            tr("No backups in %1 yet. “Back up now” makes the first one.").arg(folder));
        return;
    }
    qint64 bytes = 0;
    for (const auto& e : std::as_const(m_entries))
        bytes += e.sizeBytes;
    m_summary->setText(tr("%n backup(s) in %1, %2 in all.", nullptr, int(m_entries.size()))
                           .arg(folder, core::HumanFormat::bytes(bytes)));
}

const BackupCatalog::Entry* BackupsPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->entryAt(rows.first().row());
}

void BackupsPage::selectPath(const QString& path)
{
    const int row = path.isEmpty() ? -1 : m_model->rowOf(path);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void BackupsPage::updateButtons()
{
    const bool busy = bool(m_job);
    const auto* e = selected();
    m_backUp->setEnabled(!busy && m_hasProfile);
    m_format->setEnabled(!busy && m_hasProfile);
    m_verify->setEnabled(!busy && e);
    m_restore->setEnabled(!busy && e && m_hasProfile);
    m_delete->setEnabled(!busy && e);
    m_restoreFile->setEnabled(!busy && m_hasProfile);
    m_openFolder->setEnabled(m_hasProfile);
    m_refresh->setEnabled(m_hasProfile);
    m_progressBox->setVisible(busy);
}

void BackupsPage::withTarget(std::function<void(const core::Result<core::DatabaseTarget>&)> then)
{
    const core::Profile profile = m_profile;
    QtConcurrent::run([profile] {
        return core::DatabaseTarget::fromProfile(profile);
    }).then(this, [this, then, services = m_services](const core::Result<core::DatabaseTarget>& t) {
        // Another profile became active meanwhile: its page must not act on this one's database.
        if (services == m_services)
            then(t);
        else
            updateButtons();
    });
}

void BackupsPage::backUpNow()
{
    if (m_job || !m_hasProfile)
        return;
    const auto format = core::BackupFormats::fromName(m_format->currentData().toString())
                            .value_or(core::BackupFormat::PlainGzip);
    m_backUp->setEnabled(false); // until the job starts (or the .env cannot be read)
    withTarget([this, format](const core::Result<core::DatabaseTarget>& target) {
        if (!target) {
            updateButtons();
            showError(target.error());
            return;
        }
        if (m_job)
            return;
        core::BackupJob::Options o;
        o.target = *target;
        o.folder = m_profile.backupFolder();
        o.format = format;
        o.reason = QStringLiteral("manual");
        o.keepLast = m_profile.backupKeepLast;
        o.keepDays = m_profile.backupKeepDays;
        auto job = std::make_shared<core::BackupJob>(&m_services->docker(), o);
        const QString database = o.target.database;
        runJob(job, tr("Backing up database %1…").arg(database), [this, job = job.get()] {
            const QFileInfo file(job->filePath());
            QString text =
                tr("Backed up to %1 (%2) in %3.")
                    .arg(file.fileName(), core::HumanFormat::bytes(job->manifest().sizeBytes),
                         durationText(m_clock.elapsed()));
            text += QLatin1Char(' ') + tr("Verified: %n table(s), checksum in the manifest.",
                                          nullptr, int(job->manifest().tableRows.size()));
            if (!job->removedByRetention().isEmpty())
                text += QLatin1Char(' ') + tr("Retention removed %n older backup(s).", nullptr,
                                              int(job->removedByRetention().size()));
            m_selectAfterRefresh = job->filePath();
            showVerdict(Verdict::Success, text.toHtmlEscaped());
        });
    });
}

void BackupsPage::verifySelected()
{
    const auto* e = selected();
    if (m_job || !e)
        return;
    const QString path = e->path;
    m_verify->setEnabled(false);
    withTarget([this, path](const core::Result<core::DatabaseTarget>& target) {
        if (m_job)
            return;
        // Without the profile's database a custom archive without manifest cannot be read
        // through pg_restore; everything else is still checked.
        std::optional<core::DatabaseTarget> t;
        if (target)
            t = *target;
        auto job = std::make_shared<core::VerifyJob>(path, &m_services->docker(), t);
        // The verdict names the file itself.
        runJob(job, tr("Verifying %1…").arg(QFileInfo(path).fileName()), [this, job = job.get()] {
            showVerdict(Verdict::Success, job->result().toString().toHtmlEscaped());
        });
    });
}

void BackupsPage::deleteSelected()
{
    const auto* e = selected();
    if (m_job || !e)
        return;
    const QString path = e->path;
    const QString name = e->fileName;
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Delete the backup?"),
                        tr("Delete %1 and its manifest from %2? This cannot be undone.")
                            .arg(name, QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    QPushButton* ok = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, ok, path, name](QAbstractButton* b) {
        if (b != ok)
            return;
        const QString folder = QFileInfo(path).absolutePath();
        const QString profile = m_profile.name;
        QtConcurrent::run([folder, path, profile] {
            const core::Status st = BackupCatalog(folder).remove(path);
            QJsonObject details;
            if (!st)
                details.insert(QStringLiteral("error"), st.error().message());
            core::AuditLog::record(profile, QStringLiteral("delete-backup"), path,
                                   st ? QStringLiteral("succeeded") : QStringLiteral("failed"),
                                   details);
            return st;
        }).then(this, [this, name](const core::Status& st) {
            if (st)
                showVerdict(Verdict::Neutral, tr("Deleted %1.").arg(name).toHtmlEscaped());
            else
                showError(st.error());
            refresh();
        });
    });
    box->open();
}

void BackupsPage::restoreSelected()
{
    if (const auto* e = selected())
        openRestoreDialog(e->path);
}

void BackupsPage::restoreFromFile()
{
    if (m_job || !m_hasProfile)
        return;
    auto* dialog = new QFileDialog(this, tr("Restore from a backup file"), folder(),
                                   tr("Database backups (*.sql *.sql.gz *.sql.zst *.dump);;"
                                      "All files (*)"));
    dialog->setObjectName(QStringLiteral("restoreFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &BackupsPage::openRestoreDialog);
    dialog->open();
}

void BackupsPage::openRestoreDialog(const QString& file)
{
    if (m_job || !m_hasProfile || file.isEmpty())
        return;
    const core::Profile profile = m_profile;
    m_restore->setEnabled(false);
    m_restoreFile->setEnabled(false);
    QtConcurrent::run([profile, file] {
        FileFacts facts{core::DatabaseTarget::fromProfile(profile), -1, std::nullopt};
        const QFileInfo info(file);
        if (info.isFile())
            facts.size = info.size();
        if (auto m = core::BackupManifest::load(core::BackupManifest::pathFor(file)))
            facts.manifest = *m;
        return facts;
    }).then(this, [this, file, services = m_services](const FileFacts& facts) {
        updateButtons();
        if (m_job || services != m_services)
            return;
        if (!facts.target) {
            showError(facts.target.error());
            return;
        }
        if (facts.size < 0) {
            showError(core::Error(core::Error::Code::NotFound,
                                  tr("The backup %1 cannot be restored.").arg(file),
                                  tr("The file does not exist or is not a regular file."),
                                  tr("Refresh the list or pick another file.")));
            return;
        }
        RestoreDialog::Input input;
        input.options.target = *facts.target;
        input.options.file = file;
        input.options.safetyFolder = m_profile.backupFolder();
        input.options.safetyFormat = core::BackupFormats::fromName(m_profile.backupFormat)
                                         .value_or(core::BackupFormat::PlainGzip);
        const core::ContainerMap containers(m_profile);
        input.options.services = containers.containers(core::StackRoles::workers());
        input.fileSize = facts.size;
        input.manifest = facts.manifest;
        auto* dialog = new RestoreDialog(input, this);
        // A restore runs against the profile the dialog was opened for, or not at all: after a
        // switch the same container name may be another host's database.
        connect(dialog, &QDialog::accepted, this, [this, dialog, services = m_services] {
            if (services == m_services)
                startRestore(dialog->options());
            else
                showError(
                    core::Error(core::Error::Code::Cancelled, tr("Nothing was restored."),
                                tr("The active profile changed while the restore dialog was open."),
                                tr("Open Restore again on the profile you mean.")));
        });
        connect(&m_active, &core::ActiveServices::switched, dialog, &QDialog::reject);
        connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
        dialog->open();
    });
}

void BackupsPage::startRestore(const core::RestoreJob::Options& options)
{
    if (m_job)
        return;
    auto job = std::make_shared<core::RestoreJob>(&m_services->docker(), options);
    const QString name = QFileInfo(options.file).fileName();
    runJob(job, tr("Restoring %1 into %2…").arg(name, options.target.database),
           [this, job = job.get(), name, options] {
               const auto& r = job->report();
               QStringList parts;
               parts << tr("Restored %1 into %2 in %3.")
                            .arg(name, options.target.database, durationText(m_clock.elapsed()))
                            .toHtmlEscaped();
               Verdict kind = Verdict::Success;
               if (!r.manifestFound) {
                   parts << tr("The file has no manifest, so row counts were not compared.")
                                .toHtmlEscaped();
                   kind = Verdict::Warning;
               } else if (r.mismatches.isEmpty()) {
                   parts << tr("Row counts match the manifest in all %n table(s).", nullptr,
                               r.tablesCompared)
                                .toHtmlEscaped();
               } else {
                   kind = Verdict::Failure;
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
               showVerdict(kind, parts.join(QStringLiteral("<br>")));
           });
}

void BackupsPage::runJob(const std::shared_ptr<core::Job>& job, const QString& title,
                         std::function<void()> onSuccess)
{
    m_job = job;
    m_jobServices = m_services; // the job's Docker client stays, even across a profile switch
    m_clock.start();
    m_phaseTotal = -1;
    m_phaseStartBytes = 0;
    m_phaseStartMs = 0;
    m_progress->setRange(0, 0); // busy until the first figures arrive
    m_progressDetail->clear();
    m_progressStep->clear();
    m_progressTitle->setText(title);
    m_cancel->setEnabled(true);
    m_verdict->hide();
    m_output->startJob(job->title());
    appendOutput({title});
    connect(job.get(), &core::Job::logLines, this, &BackupsPage::appendOutput);
    connect(job.get(), &core::Job::bytesProgressChanged, this, &BackupsPage::onBytes);
    connect(job.get(), &core::Job::progressChanged, this, &BackupsPage::onFraction);
    // The handlers hold the job by raw pointer: a shared_ptr captured in a connection of the
    // job itself would keep it, and the sessions it owns in the container, alive for ever.
    // m_job owns it until it finished.
    connect(job.get(), &core::Job::finished, this, [this, raw = job.get(), onSuccess] {
        if (m_job.get() != raw)
            return;
        const std::shared_ptr<core::Job> job = std::exchange(m_job, nullptr);
        // Released on the next turn of the event loop, not inside its own signal; the
        // services it used after it.
        QMetaObject::invokeMethod(
            this, [job, services = std::exchange(m_jobServices, nullptr)] {}, Qt::QueuedConnection);
        switch (job->state()) {
        case core::Job::State::Succeeded:
            onSuccess();
            appendOutput({tr("Finished in %1.").arg(durationText(m_clock.elapsed()))});
            break;
        case core::Job::State::Cancelled:
            showVerdict(Verdict::Neutral,
                        tr("Cancelled. Nothing was left half-done.").toHtmlEscaped());
            appendOutput({job->error().message()});
            break;
        default:
            showError(job->error());
            appendOutput({job->error().message()});
        }
        updateButtons();
        refresh();
    });
    m_jobs.start(job);
    updateButtons();
}

void BackupsPage::onBytes(qint64 done, qint64 total)
{
    const qint64 now = m_clock.elapsed();
    if (total != m_phaseTotal || done < m_phaseStartBytes) {
        // A new phase (e.g. the safety backup before a restore): measure its speed afresh.
        m_phaseTotal = total;
        m_phaseStartBytes = done;
        m_phaseStartMs = now;
    }
    using core::HumanFormat;
    QString text = total > 0
                       ? tr("%1 of ~%2").arg(HumanFormat::bytes(done), HumanFormat::bytes(total))
                       : HumanFormat::bytes(done);
    const qint64 ms = now - m_phaseStartMs;
    // Speed only while bytes flow: a finished phase would show a speed falling to zero.
    if (ms >= 500 && done > m_phaseStartBytes && (total <= 0 || done < total)) {
        const double perSecond = double(done - m_phaseStartBytes) * 1000.0 / double(ms);
        text += QStringLiteral(" · ") + HumanFormat::rate(perSecond);
    }
    m_progressDetail->setText(text);
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    }
}

void BackupsPage::onFraction(double fraction)
{
    if (fraction < 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(qBound(0.0, fraction, 1.0) * 1000));
}

void BackupsPage::appendOutput(const QStringList& lines)
{
    m_output->append(lines);
    // The step the job is at, under the progress bar.
    if (m_job && !lines.isEmpty())
        m_progressStep->setText(lines.last().trimmed());
}

void BackupsPage::showVerdict(Verdict kind, const QString& html)
{
    QString style;
    switch (kind) {
    case Verdict::Success:
        style = QStringLiteral("background:#e6f4ea; color:#135c32;");
        break;
    case Verdict::Warning:
        style = QStringLiteral("background:#fff4d6; color:#6b4a00;");
        break;
    case Verdict::Failure:
        style = QStringLiteral("background:#fbe9e7; color:#8a2a1c;");
        break;
    case Verdict::Neutral:
        style = QStringLiteral("background:#eef0f3; color:#30343a;");
        break;
    }
    m_verdict->setStyleSheet(
        QStringLiteral("QLabel { %1 padding: 6px; border-radius: 3px; }").arg(style));
    m_verdict->setProperty("verdict", int(kind));
    m_verdict->setText(html);
    m_verdict->show();
}

void BackupsPage::showError(const core::Error& error)
{
    QString html = QStringLiteral("<b>%1</b>").arg(error.what().toHtmlEscaped());
    if (!error.why().isEmpty())
        html += QStringLiteral("<br>") + error.why().toHtmlEscaped();
    if (!error.todo().isEmpty())
        html += QStringLiteral("<br>") + error.todo().toHtmlEscaped();
    showVerdict(Verdict::Failure, html);
}

void BackupsPage::openFolder()
{
    if (!m_hasProfile)
        return;
    const QString dir = folder();
    QtConcurrent::run([dir] { return QDir().mkpath(dir); }).then(this, [this, dir](bool ok) {
        if (!ok || !QDesktopServices::openUrl(QUrl::fromLocalFile(dir)))
            showError(core::Error(
                core::Error::Code::Io,
                tr("The folder %1 cannot be opened.").arg(QDir::toNativeSeparators(dir)),
                ok ? tr("No file manager answered.")
                   : tr("It does not exist and cannot be created."),
                tr("Check the backup folder in Settings.")));
    });
}

QString BackupsPage::durationText(qint64 ms) const
{
    if (ms < 60000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60);
}

} // namespace artgen::gui
