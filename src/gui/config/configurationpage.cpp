#include "configurationpage.h"

#include "common/jobcontroller.h"
#include "common/jobpageframe.h"
#include "common/typedconfirmdialog.h"
#include "common/verdictlabel.h"
#include "configapplyflow.h"
#include "configconfirmations.h"
#include "configdiffdialog.h"
#include "configdraft.h"
#include "configform.h"
#include "confighistorymodel.h"
#include "session/activeservices.h"
#include "session/profileservices.h"
#include "stackconfig/capacitycheck.h"
#include "stackconfig/configkey.h"
#include "stackconfig/configpreset.h"
#include "stackconfig/userpresetstore.h"
#include "ui_configurationpage.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>

namespace artgen::gui {

ConfigurationPage::ConfigurationPage(core::ActiveServices& services, core::JobRunner& jobs,
                                     QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ConfigurationPage>()), m_active(services),
      m_draft(new ConfigDraft(this)), m_flows(new ConfigController(this)),
      m_apply(new ConfigApplyFlow(jobs, this)), m_history(new ConfigHistoryModel(this))
{
    m_ui->setupUi(this);
    m_frame = new JobPageFrame(m_apply->jobs(), this);
    m_frame->addHeader(m_ui->header);
    m_frame->setContent(m_ui->body, m_ui->output);
    m_ui->layout->addWidget(m_frame);
    m_ui->historyTable->setModel(m_history);
    m_ui->configForm->setDraft(m_draft);
    fillPresets();
    connectUi();
    connectApply();
    retranslate();
    m_apply->readPresets();
    connect(&m_active, &core::ActiveServices::switched, this, &ConfigurationPage::reloadProfile);
    reloadProfile();
}

ConfigurationPage::~ConfigurationPage() = default;

ConfigForm* ConfigurationPage::form() const
{
    return m_ui->configForm;
}

bool ConfigurationPage::hasUnsavedEdits() const
{
    return m_draft->isDirty();
}

void ConfigurationPage::connectUi()
{
    connect(m_ui->usePreset, &QPushButton::clicked, this, &ConfigurationPage::usePreset);
    connect(m_ui->reloadFiles, &QPushButton::clicked, this, &ConfigurationPage::reload);
    connect(m_ui->discardEdits, &QPushButton::clicked, this, &ConfigurationPage::discardEdits);
    connect(m_ui->showChanges, &QPushButton::clicked, this, &ConfigurationPage::showChanges);
    connect(m_draft, &ConfigDraft::changed, this, &ConfigurationPage::updateState);
    connect(m_flows, &ConfigController::loaded, this, &ConfigurationPage::onLoaded);
    connect(m_flows, &ConfigController::changedOnDisk, this,
            [this] { m_changedOnDisk = m_draft->isDirty(); });
    connect(m_flows, &ConfigController::diffsReady, this, &ConfigurationPage::onDiffs);
    connect(m_flows, &ConfigController::serverLimitsChanged, this,
            &ConfigurationPage::updateCapacity);
}

void ConfigurationPage::fillPresets()
{
    const QString current = m_ui->presetCombo->currentData().toString();
    m_ui->presetCombo->clear();
    for (const core::ConfigPreset& p : core::ConfigPreset::builtIn() + m_apply->userPresets()) {
        m_ui->presetCombo->addItem(p.name(), p.id());
        m_ui->presetCombo->setItemData(m_ui->presetCombo->count() - 1, p.description(),
                                       Qt::ToolTipRole);
    }
    m_ui->presetCombo->setCurrentIndex(qMax(0, m_ui->presetCombo->findData(current)));
}

void ConfigurationPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConfigurationPage::retranslate()
{
    m_ui->presetLabel->setText(tr("&Preset:"));
    fillPresets();
    m_ui->presetCombo->setToolTip(tr("Values from the deployment instructions, set in the form "
                                     "as edits; nothing is written until Apply."));
    m_ui->usePreset->setText(tr("Use preset"));
    m_ui->usePreset->setToolTip(tr("Put the preset's values into the form as edits."));
    m_ui->savePreset->setText(tr("Save as preset…"));
    m_ui->savePreset->setToolTip(tr("Keep the form's values as a preset of your own."));
    m_ui->reloadFiles->setText(tr("Read files again"));
    m_ui->reloadFiles->setToolTip(tr("Read the four files from the stack folder again; your "
                                     "edits stay."));
    m_ui->capacityBox->setTitle(tr("PostgreSQL connections at worst"));
    m_ui->discardEdits->setText(tr("Discard edits"));
    m_ui->discardEdits->setToolTip(tr("Put every field back to the value in its file."));
    m_ui->showChanges->setText(tr("Show changes…"));
    m_ui->showChanges->setToolTip(tr("The edits as a unified diff of each file they change."));
    m_ui->applyEdits->setText(tr("Apply…"));
    m_ui->applyEdits->setToolTip(tr("Validate the changed files, write them (the previous "
                                    "version is kept) and make the stack use them, after a "
                                    "confirmation."));
    QTabWidget* tabs = m_ui->configForm;
    tabs->setTabText(tabs->indexOf(m_ui->historyTab), tr("History"));
    tabs->setTabText(tabs->indexOf(m_ui->output), tr("Output"));
    m_ui->rollBack->setText(tr("Roll back…"));
    m_ui->rollBack->setToolTip(tr("Put the files back as they were before the selected change."));
    m_ui->gitRestore->setText(tr("Back to git HEAD…"));
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_ui->presetCombo, m_ui->usePreset, m_ui->savePreset, m_ui->reloadFiles,
             m_ui->discardEdits, m_ui->showChanges, m_ui->applyEdits, m_ui->rollBack})
        w->setAccessibleDescription(w->toolTip());
    m_ui->historyTable->setAccessibleName(tr("Applied changes"));
    m_ui->presetCombo->setAccessibleName(tr("Preset"));
    m_ui->configForm->setAccessibleName(tr("Files, history and output"));
    m_ui->configForm->tabBar()->setAccessibleName(m_ui->configForm->accessibleName());
    m_ui->capacityText->setAccessibleName(tr("PostgreSQL connections at worst"));
    m_frame->retranslate();
    m_ui->configForm->retranslate();
    Q_EMIT m_history->headerDataChanged(Qt::Horizontal, 0, ConfigHistoryModel::ColumnCount - 1);
    updateState();
}

QString ConfigurationPage::profileName() const
{
    const auto services = m_flows->services();
    return services ? services->profile().name : QString();
}

void ConfigurationPage::reloadProfile()
{
    // Edits belong to the stack folder: a profile saved with another name or Docker host keeps
    // them (they are checked against the files read again); another folder starts afresh.
    const auto next = m_active.current();
    const QString folder = next && next->hasProfile() ? next->profile().stackDir : QString();
    if (folder.isEmpty() || folder != m_flows->stackDir()) {
        m_loaded = false;
        m_draft->clearDocuments();
    }
    m_changedOnDisk = false;
    m_loadError.clear();
    // The apply side first: the files' answer may come at once, and it asks git for them.
    m_apply->setServices(m_active.current());
    m_apply->readHistory();
    m_flows->setMonitors(m_active.monitors());
    m_flows->setServices(m_active.current());
    updateState();
}

void ConfigurationPage::reload()
{
    m_flows->reload();
    updateState();
}

void ConfigurationPage::onLoaded()
{
    const auto& documents = m_flows->lastRead();
    m_loaded = true;
    if (documents) {
        m_loadError.clear();
        m_draft->setDocuments(*documents);
        m_apply->inspectGit();
    } else {
        // Edits made on the last good read stay; Apply waits for files that can be read.
        m_loadError = documents.error().message();
        if (!m_draft->isDirty())
            m_draft->clearDocuments();
    }
    updateState();
    Q_EMIT documentsLoaded();
}

void ConfigurationPage::updateState()
{
    const bool has = m_draft->hasDocuments() && m_loadError.isEmpty();
    const bool dirty = m_draft->isDirty();
    const bool busy = m_apply->isBusy();
    const bool changes = has && m_draft->isValid() && !m_draft->changedFiles().isEmpty();
    m_ui->usePreset->setEnabled(has && !busy);
    m_ui->presetCombo->setEnabled(has && !busy);
    m_ui->savePreset->setEnabled(has && m_draft->isValid());
    m_ui->discardEdits->setEnabled(dirty && !busy);
    m_ui->showChanges->setEnabled(changes);
    m_ui->applyEdits->setEnabled(changes && !busy);
    m_ui->rollBack->setEnabled(has && !busy && selectedEntry());
    m_ui->gitRestore->setEnabled(has && !busy && m_apply->gitState().has_value());
    m_ui->gitRestore->setToolTip(
        m_apply->isGitKnown() && !m_apply->gitState()
            ? tr("Not available: the stack folder is not kept in a git repository.")
            : tr("The instructions' rollback \"Option 1\": show git status and the diff of the "
                 "four files, then restore them from HEAD."));
    m_ui->gitRestore->setAccessibleDescription(m_ui->gitRestore->toolTip());
    // While a job writes the files, the form waits for what it wrote.
    for (int i = 0; i < 4; ++i)
        m_ui->configForm->widget(i)->setEnabled(!busy);
    m_ui->reloadFiles->setEnabled(m_flows->hasProfile());
    QString notice;
    if (!m_flows->hasProfile())
        notice = tr("No active profile — add one in Settings.");
    else if (!m_loaded)
        notice = tr("Reading the configuration files of %1…")
                     .arg(QDir::toNativeSeparators(m_flows->stackDir()));
    else if (!m_loadError.isEmpty())
        notice = m_loadError;
    else if (m_changedOnDisk && dirty)
        notice = tr("The files changed on disk. The form shows their new values; your edits "
                    "are kept on top of them — check them before you apply.");
    m_ui->notice->setText(notice);
    m_ui->notice->setVisible(!notice.isEmpty());
    m_ui->notice->setStyleSheet(m_loadError.isEmpty() ? QString()
                                                      : QStringLiteral("color: #b5402f;"));
    updateSummary();
    updateCapacity();
}

void ConfigurationPage::updateSummary()
{
    QString text;
    bool problem = false;
    if (!m_draft->changeProblem().isEmpty()) {
        text = m_draft->changeProblem();
        problem = true;
    } else if (m_draft->isDirty() && !m_draft->isValid()) {
        text = tr("A value is not allowed; the field says why.");
        problem = true;
    } else if (m_draft->isDirty()) {
        const QStringList files = m_draft->changedFiles();
        text = files.isEmpty() ? tr("The edits change no file.")
                               : tr("%n file(s) to change: %1.", nullptr, int(files.size()))
                                     .arg(files.join(QStringLiteral(", ")));
    } else if (m_draft->hasDocuments()) {
        text = tr("No edits: the form shows the files as they are.");
    }
    m_ui->editSummary->setText(text);
    m_ui->editSummary->setStyleSheet(problem ? QStringLiteral("color: #b5402f;") : QString());
}

void ConfigurationPage::updateCapacity()
{
    const auto& docs = m_draft->edited() ? *m_draft->edited() : m_draft->loaded();
    const auto limits = m_flows->serverLimits();
    const auto check =
        m_draft->hasDocuments()
            ? core::CapacityCheck::fromDocuments(docs, limits.maxConnections, limits.reserved)
            : std::nullopt;
    if (!check) {
        m_ui->capacityText->setText(
            m_draft->hasDocuments()
                ? tr("The workers or the pool sizes cannot be read from the files, so the "
                     "connections cannot be counted.")
                : QString());
        m_ui->capacityText->setStyleSheet(QString());
        return;
    }
    // The sum first, in bold: it is what the admin checks against the server.
    QString text = QStringLiteral("<b>%1</b><br>").arg(check->arithmetic().toHtmlEscaped());
    text += check->report().toHtmlEscaped();
    text += u' ';
    text += limits.live ? tr("max_connections is the server's own, read just now.")
                        : tr("The server does not answer now, so this counts with the demo stack's "
                             "max_connections of %1 (%2 reserved).")
                              .arg(limits.maxConnections)
                              .arg(limits.reserved)
                              .toHtmlEscaped();
    m_ui->capacityText->setText(text);
    m_ui->capacityText->setStyleSheet(check->ok() ? QString() : QStringLiteral("color: #b5402f;"));
    m_ui->capacityBox->setProperty("ok", check->ok());
}

void ConfigurationPage::usePreset()
{
    const QString id = m_ui->presetCombo->currentData().toString();
    for (const core::ConfigPreset& p : core::ConfigPreset::builtIn() + m_apply->userPresets()) {
        if (p.id() == id) {
            m_draft->apply(p.change());
            m_presetChange = m_draft->change();
            return;
        }
    }
}

void ConfigurationPage::discardEdits()
{
    m_draft->clearEdits();
    m_changedOnDisk = false;
    updateState();
}

void ConfigurationPage::showChanges()
{
    if (!m_draft->hasDocuments() || !m_draft->edited())
        return;
    m_wantDiffs = true;
    m_ui->showChanges->setEnabled(false); // until the diffs are ready
    m_flows->computeDiffs(m_draft->loaded().bytes(), m_draft->edited()->bytes());
}

void ConfigurationPage::onDiffs(const QList<ConfigController::FileDiff>& diffs)
{
    updateState();
    if (!m_wantDiffs)
        return;
    m_wantDiffs = false;
    auto* dialog = new ConfigDiffDialog(diffs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(&m_active, &core::ActiveServices::switched, dialog, &QDialog::reject);
    dialog->open();
    Q_EMIT diffDialogOpened();
}

void ConfigurationPage::confirmLeave(Leaving leaving, const std::function<void()>& proceed)
{
    if (!m_draft->isDirty()) {
        proceed();
        return;
    }
    const int count = int(m_draft->change().edits().size());
    const bool quitting = leaving == Leaving::Quit;
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Discard the configuration edits?"),
        (quitting ? tr("%n setting(s) of profile %1 were edited on the Configuration page and not "
                       "applied. Quitting discards the edits.",
                       nullptr, count)
                  : tr("%n setting(s) of profile %1 were edited on the Configuration page and not "
                       "applied. Switching the profile discards the edits.",
                       nullptr, count))
            .arg(profileName()),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmLeave"));
    QPushButton* discard = box->addButton(
        quitting ? tr("Discard and quit") : tr("Discard and switch"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, discard, proceed](QAbstractButton* b) {
        if (b != discard)
            return;
        m_draft->clearEdits();
        proceed();
    });
    box->open();
}

void ConfigurationPage::connectApply()
{
    connect(m_ui->applyEdits, &QPushButton::clicked, this, &ConfigurationPage::applyEdits);
    connect(m_ui->rollBack, &QPushButton::clicked, this, &ConfigurationPage::rollBackSelected);
    connect(m_ui->gitRestore, &QPushButton::clicked, this, &ConfigurationPage::restoreFromGit);
    connect(m_ui->savePreset, &QPushButton::clicked, this, &ConfigurationPage::savePreset);
    connect(m_ui->historyTable, &QAbstractItemView::doubleClicked, this,
            &ConfigurationPage::rollBackSelected);
    connect(m_ui->historyTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConfigurationPage::updateState);
    connect(m_apply, &ConfigApplyFlow::started, this, [this](const QString& description) {
        m_frame->describeJob(description);
        m_ui->configForm->setCurrentWidget(m_ui->output);
        updateState();
    });
    connect(m_apply, &ConfigApplyFlow::applied, this, &ConfigurationPage::onApplied);
    connect(m_apply, &ConfigApplyFlow::failed, this, [this](const core::Error& error) {
        m_frame->verdict()->showError(error);
        updateState();
    });
    connect(m_apply, &ConfigApplyFlow::historyChanged, this, [this] {
        m_history->setEntries(m_apply->history());
        m_ui->historyTable->resizeColumnsToContents();
        updateState();
    });
    connect(m_apply, &ConfigApplyFlow::gitChanged, this, &ConfigurationPage::updateState);
    connect(m_apply, &ConfigApplyFlow::presetsChanged, this, &ConfigurationPage::fillPresets);
    connect(m_apply, &ConfigApplyFlow::presetSaved, this, [this](const QString& name) {
        m_frame->verdict()->showVerdict(VerdictLabel::Kind::Success,
                                        tr("Saved the preset “%1”.").arg(name).toHtmlEscaped());
    });
}

void ConfigurationPage::confirmThenRun(QMessageBox* box, QAbstractButton* proceed,
                                       const std::function<void(bool takeEffect)>& run)
{
    // Asked for one profile's files: a switch (or new files on disk) closes the question.
    connect(&m_active, &core::ActiveServices::switched, box, &QDialog::reject);
    connect(m_flows, &ConfigController::loaded, box, &QDialog::reject);
    connect(box, &QMessageBox::buttonClicked, this, [box, proceed, run](QAbstractButton* b) {
        if (b == proceed)
            run(!box->checkBox() || box->checkBox()->isChecked());
    });
    box->open();
    Q_EMIT confirmationOpened();
}

void ConfigurationPage::applyEdits()
{
    if (m_apply->isBusy() || !m_draft->hasDocuments() || !m_draft->isValid())
        return;
    const core::ConfigChange change = m_draft->change();
    const auto plan = core::ConfigApplyPlan::fromChange(m_draft->loaded(), change);
    if (!plan) {
        m_frame->verdict()->showError(plan.error());
        return;
    }
    if (plan->isEmpty())
        return;
    const QString kind = change.edits() == m_presetChange.edits() ? QStringLiteral("preset")
                                                                  : QStringLiteral("apply");
    QAbstractButton* proceed = nullptr;
    QMessageBox* box = ConfigConfirmations::apply(*plan, profileName(), this, &proceed);
    confirmThenRun(box, proceed, [this, plan = *plan, kind](bool takeEffect) {
        m_apply->apply(plan, kind, takeEffect);
    });
}

const core::ConfigHistoryEntry* ConfigurationPage::selectedEntry() const
{
    const QModelIndexList rows = m_ui->historyTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_history->entryAt(rows.first().row());
}

void ConfigurationPage::rollBackSelected()
{
    const core::ConfigHistoryEntry* entry = selectedEntry();
    if (m_apply->isBusy() || !entry || !m_draft->hasDocuments())
        return;
    const auto plan = core::ConfigApplyJob::rollbackPlan(*entry, m_draft->loaded().bytes());
    if (plan.isEmpty()) {
        m_frame->verdict()->showVerdict(
            VerdictLabel::Kind::Neutral,
            tr("The files already are as they were before that change.").toHtmlEscaped());
        return;
    }
    QAbstractButton* proceed = nullptr;
    QMessageBox* box = ConfigConfirmations::rollback(*entry, plan, profileName(), this, &proceed);
    confirmThenRun(box, proceed, [this, plan, id = entry->id](bool) {
        TypedConfirmDialog::guard(
            this, m_active.current()->profile(), tr("Roll back the configuration"),
            tr("The stack's files go back to how they were before that change, and the "
               "services concerned are reloaded or restarted."),
            tr("Roll back"),
            [this, plan, id] { m_apply->apply(plan, QStringLiteral("rollback"), true, id); });
    });
}

void ConfigurationPage::restoreFromGit()
{
    const auto& state = m_apply->gitState();
    if (m_apply->isBusy() || !state || !m_draft->hasDocuments())
        return;
    const auto plan = core::ConfigApplyPlan::fromFiles(m_draft->loaded().bytes(), state->head);
    if (state->isClean() || plan.isEmpty()) {
        m_frame->verdict()->showVerdict(
            VerdictLabel::Kind::Neutral,
            tr("The four files are as at git HEAD: nothing to roll back.").toHtmlEscaped());
        return;
    }
    QAbstractButton* proceed = nullptr;
    QMessageBox* box = ConfigConfirmations::git(*state, plan, profileName(), this, &proceed);
    confirmThenRun(box, proceed, [this, plan](bool) {
        TypedConfirmDialog::guard(
            this, m_active.current()->profile(), tr("Roll back the configuration"),
            tr("The four files go back to git HEAD, and the services concerned are reloaded or "
               "restarted."),
            tr("Roll back"), [this, plan] { m_apply->apply(plan, QStringLiteral("git"), true); });
    });
}

void ConfigurationPage::savePreset()
{
    if (!m_draft->hasDocuments() || !m_draft->edited())
        return;
    // The form's values as they are, edits included.
    const core::ConfigChange values = core::UserPresetStore::currentValues(*m_draft->edited());
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("presetName"));
    dialog->setWindowTitle(tr("Save as preset"));
    dialog->setLabelText(
        tr("A name for the form's %n value(s):", nullptr, int(values.edits().size())));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, values](const QString& name) { m_apply->savePreset(name.trimmed(), values); });
    dialog->open();
}

void ConfigurationPage::onApplied(bool ok, const QString& summary)
{
    const auto& report = m_apply->lastReport();
    if (ok) {
        // The files hold the edits now; what they say is read again.
        m_draft->clearEdits();
        m_presetChange = {};
        QString html = tr("Applied: %1.").arg(summary).toHtmlEscaped();
        if (!report.done.isEmpty())
            html += QStringLiteral("<br>") + tr("Done and checked: %1.")
                                                 .arg(report.done.join(QStringLiteral("; ")))
                                                 .toHtmlEscaped();
        if (!report.pending.isEmpty())
            html +=
                QStringLiteral("<br>") + tr("Still to do for the stack to use the new files: %1")
                                             .arg(report.pending.join(QStringLiteral("; ")))
                                             .toHtmlEscaped();
        m_frame->verdict()->showVerdict(report.pending.isEmpty() ? VerdictLabel::Kind::Success
                                                                 : VerdictLabel::Kind::Warning,
                                        html);
    } else if (m_apply->jobs()->outcome() == JobController::Outcome::Cancelled) {
        m_frame->verdict()->showVerdict(
            VerdictLabel::Kind::Neutral,
            tr("Cancelled. What the output shows was done; the history says what was "
               "written.")
                .toHtmlEscaped());
    }
    // A failure is shown by failed(); its validation output is in the Output tab.
    m_flows->reload();
    updateState();
}

} // namespace artgen::gui
