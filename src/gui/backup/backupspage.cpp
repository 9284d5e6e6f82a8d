#include "backupspage.h"

#include "backupcatalogmodel.h"
#include "backupscontroller.h"
#include "common/actionbutton.h"
#include "common/jobcontroller.h"
#include "common/jobpageframe.h"
#include "common/recordtableview.h"
#include "common/typedconfirmdialog.h"
#include "common/verdictlabel.h"
#include "session/activeservices.h"
#include "util/humanformat.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace artgen::gui {

using core::BackupCatalog;

BackupsPage::BackupsPage(core::ActiveServices& services, core::JobRunner& jobs, QWidget* parent)
    : QWidget(parent), m_active(services), m_flows(new BackupsController(jobs, this))
{
    buildUi();
    connectFlows();
    retranslate();
    connect(&m_active, &core::ActiveServices::switched, this, &BackupsPage::reloadProfile);
    reloadProfile();
}

BackupsPage::~BackupsPage() = default;

QString BackupsPage::folder() const
{
    return m_flows->profile().backupFolder();
}

bool BackupsPage::isBusy() const
{
    return m_flows->isBusy();
}

void BackupsPage::buildUi()
{
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

    m_frame = JobPageFrame::fill(this, m_flows->jobs());
    m_frame->addHeader(actions);
    m_frame->setContent(buildCatalogue(m_frame), 3);

    connect(m_backUp, &QPushButton::clicked, this, &BackupsPage::backUpNow);
    connect(m_refresh, &QPushButton::clicked, this, &BackupsPage::refresh);
    connect(m_openFolder, &QPushButton::clicked, this, &BackupsPage::openFolder);
    connect(m_verify, &QAction::triggered, this, &BackupsPage::verifySelected);
    connect(m_restore, &QAction::triggered, this, &BackupsPage::restoreSelected);
    connect(m_delete, &QAction::triggered, this, &BackupsPage::deleteSelected);
    connect(m_restoreFile, &QPushButton::clicked, this, &BackupsPage::restoreFromFile);
    connect(m_table, &QTableView::doubleClicked, this, &BackupsPage::verifySelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BackupsPage::updateButtons);
}

// The summary, the table and the buttons for the selected backup.
QWidget* BackupsPage::buildCatalogue(QWidget* parent)
{
    auto* top = new QWidget(parent);
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
    // The selected backup's actions: the buttons below the table and its context menu.
    const auto action = [this](const char* name) {
        auto* a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        return a;
    };
    m_verify = action("verifyBackup");
    m_restore = action("restoreBackup");
    m_delete = action("deleteBackup");
    m_table->setRowActions({m_verify, m_restore, nullptr, m_delete});
    for (QAction* a : {m_verify, m_restore, m_delete})
        rowActions->addWidget(new ActionButton(a, top));
    // Made after the row's buttons: Tab reaches it after them, as it is shown.
    m_restoreFile = new QPushButton(top);
    m_restoreFile->setObjectName(QStringLiteral("restoreFromFile"));
    rowActions->addStretch();
    rowActions->addWidget(m_restoreFile);
    topLayout->addLayout(rowActions);
    return top;
}

void BackupsPage::connectFlows()
{
    connect(m_flows, &BackupsController::jobStarted, this, [this](const QString& description) {
        m_frame->describeJob(description);
        updateButtons();
    });
    connect(m_flows->jobs(), &JobController::finished, this, &BackupsPage::updateButtons);
    connect(m_flows, &BackupsController::verdict, m_frame->verdict(), &VerdictLabel::showVerdict);
    connect(m_flows, &BackupsController::failed, this, [this](const core::Error& error) {
        m_frame->verdict()->showError(error);
        updateButtons();
    });
    connect(m_flows, &BackupsController::restoreReady, this, &BackupsPage::showRestoreDialog);
    connect(m_flows, &BackupsController::backupsChanged, this, [this](const QString& select) {
        m_selectAfterRefresh = select;
        refresh();
    });
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
    // The same names as the Format column.
    for (int i = 0; i < m_format->count(); ++i)
        if (const auto f = core::BackupFormats::fromName(m_format->itemData(i).toString()))
            m_format->setItemText(i, BackupCatalogModel::formatName(*f));
    m_refresh->setText(tr("Refresh"));
    m_openFolder->setText(tr("Open folder"));
    m_verify->setText(tr("Verify"));
    m_verify->setToolTip(tr("Read the whole file again and check it against its manifest."));
    m_restore->setText(tr("Restore…"));
    m_restore->setToolTip(tr("Restore the selected backup into the stack's database, after a "
                             "check and a confirmation."));
    m_delete->setText(tr("Delete…"));
    m_delete->setToolTip(tr("Delete the selected backup and its manifest, after a "
                            "confirmation."));
    m_restoreFile->setText(tr("Restore from file…"));
    m_restoreFile->setToolTip(tr("Choose a backup file anywhere on this computer and restore it."));
    m_refresh->setToolTip(tr("Read the backup folder again."));
    m_openFolder->setToolTip(tr("Open the backup folder in the file manager."));
    m_format->setToolTip(tr("The format of the next backup; the profile's default is chosen "
                            "first."));
    m_table->setAccessibleName(tr("Backups"));
    m_table->setAccessibleDescription(
        tr("The backups in the folder, newest first. A double-click verifies one; the Menu key "
           "or Shift+F10 opens its actions."));
    for (QWidget* w : std::initializer_list<QWidget*>{m_backUp, m_refresh, m_openFolder,
                                                      m_restoreFile, m_format})
        w->setAccessibleDescription(w->toolTip());
    m_frame->retranslate();
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, BackupCatalogModel::ColumnCount - 1);
    updateSummary();
}

void BackupsPage::reloadProfile()
{
    m_flows->setServices(m_active.current());
    const int idx = m_format->findData(m_flows->profile().backupFormat);
    m_format->setCurrentIndex(idx < 0 ? m_format->findData(QStringLiteral("plain-gz")) : idx);
    m_listed = false;
    m_model->setEntries({});
    updateButtons();
    refresh();
}

void BackupsPage::refresh()
{
    const int generation = ++m_generation;
    if (!m_flows->hasProfile()) {
        updateSummary();
        Q_EMIT refreshed();
        return;
    }
    const QString folder = this->folder();
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
        m_listed = true;
        m_model->setEntries(entries);
        selectPath(keep);
        updateSummary();
        Q_EMIT refreshed();
    });
}

void BackupsPage::updateSummary()
{
    if (!m_flows->hasProfile()) {
        m_summary->setText(tr("No active profile — add one in Settings."));
        return;
    }
    const QString folder = QDir::toNativeSeparators(this->folder());
    if (!m_listed) {
        m_summary->setText(tr("Backups in %1 — reading…").arg(folder));
        return;
    }
    const int count = m_model->rowCount();
    if (count == 0) {
        m_summary->setText(
            tr("No backups in %1 yet. “Back up now” makes the first one.").arg(folder));
        return;
    }
    // Grouped before the folder goes in: a folder name may hold digits.
    m_summary->setText(
        core::HumanFormat::groupedCount(tr("%n backup(s) in %1, %2 in all.", nullptr, count), count)
            .arg(folder, core::HumanFormat::bytes(m_model->totalBytes())));
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
    const bool busy = isBusy();
    const bool hasProfile = m_flows->hasProfile();
    const auto* e = selected();
    m_backUp->setEnabled(!busy && hasProfile);
    m_format->setEnabled(!busy && hasProfile);
    m_verify->setEnabled(!busy && e);
    m_restore->setEnabled(!busy && e && hasProfile);
    m_delete->setEnabled(!busy && e);
    m_restoreFile->setEnabled(!busy && hasProfile);
    m_openFolder->setEnabled(hasProfile);
    m_refresh->setEnabled(hasProfile);
}

void BackupsPage::backUpNow()
{
    if (isBusy() || !m_flows->hasProfile())
        return;
    m_backUp->setEnabled(false); // until the job starts (or the .env cannot be read)
    m_flows->backUp(core::BackupFormats::fromName(m_format->currentData().toString())
                        .value_or(core::BackupFormat::PlainGzip));
}

void BackupsPage::verifySelected()
{
    const auto* e = selected();
    if (isBusy() || !e)
        return;
    m_verify->setEnabled(false);
    m_flows->verify(e->path);
}

void BackupsPage::deleteSelected()
{
    const auto* e = selected();
    if (isBusy() || !e)
        return;
    const QString path = e->path;
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Delete the backup?"),
        tr("Delete %1 and its manifest from %2? This cannot be undone.")
            .arg(e->fileName, QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    QPushButton* ok = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, ok, path](QAbstractButton* b) {
        if (b == ok)
            m_flows->remove(path);
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
    if (isBusy() || !m_flows->hasProfile())
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
    if (isBusy() || !m_flows->hasProfile() || file.isEmpty())
        return;
    m_restore->setEnabled(false);
    m_restoreFile->setEnabled(false);
    m_flows->prepareRestore(file);
}

void BackupsPage::showRestoreDialog(const RestoreDialog::Input& input)
{
    updateButtons();
    auto* dialog = new RestoreDialog(input, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const core::Profile profile = m_flows->profile();
        const auto options = dialog->options();
        TypedConfirmDialog::guard(
            this, profile, tr("Restore into a production database?"),
            tr("The restore replaces data in database %1 of “%2”; clients see it at once.")
                .arg(options.target.database, profile.name),
            tr("Restore"), [this, options, profile] {
                // Typed for one profile: after a switch the restore would land elsewhere.
                if (m_flows->profile().name == profile.name)
                    m_flows->restore(options);
            });
    });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    // Opened for one profile: a switch closes it.
    connect(&m_active, &core::ActiveServices::switched, dialog, &QDialog::reject);
    dialog->open();
}

void BackupsPage::openFolder()
{
    if (!m_flows->hasProfile())
        return;
    const QString dir = folder();
    m_frame->openFolder(dir,
                        tr("Open %1 in a file manager or terminal yourself, or set a default file "
                           "manager for folders in the desktop's settings.")
                            .arg(QDir::toNativeSeparators(dir)),
                        tr("Check the backup folder in Settings."));
}

} // namespace artgen::gui
