#include "configurationpage.h"

#include "common/verdictlabel.h"
#include "configdiffdialog.h"
#include "configdraft.h"
#include "configform.h"
#include "session/activeservices.h"
#include "session/profileservices.h"
#include "stackconfig/capacitycheck.h"
#include "stackconfig/configkey.h"
#include "stackconfig/configpreset.h"
#include "ui_configurationpage.h"

#include <QDir>
#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

namespace artgen::gui {

ConfigurationPage::ConfigurationPage(core::ActiveServices& services, core::JobRunner& jobs,
                                     QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ConfigurationPage>()), m_active(services),
      m_draft(new ConfigDraft(this)), m_flows(new ConfigController(this))
{
    Q_UNUSED(jobs);
    m_ui->setupUi(this);
    m_ui->verdict->hide();
    m_ui->configForm->setDraft(m_draft);
    fillPresets();
    connectUi();
    retranslate();
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
    m_ui->presetCombo->clear();
    for (const core::ConfigPreset& p : core::ConfigPreset::builtIn())
        m_ui->presetCombo->addItem(p.name(), p.id());
    for (int i = 0; i < m_ui->presetCombo->count(); ++i)
        m_ui->presetCombo->setItemData(i, core::ConfigPreset::builtIn().at(i).description(),
                                       Qt::ToolTipRole);
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
    const int preset = m_ui->presetCombo->currentIndex();
    fillPresets();
    m_ui->presetCombo->setCurrentIndex(qMax(0, preset));
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
    m_ui->gitRestore->setToolTip(tr("The instructions' rollback \"Option 1\": show git status "
                                    "and the diff of the four files, then restore them from "
                                    "HEAD."));
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->presetCombo, m_ui->usePreset, m_ui->savePreset,
                                         m_ui->reloadFiles, m_ui->discardEdits, m_ui->showChanges,
                                         m_ui->applyEdits, m_ui->rollBack, m_ui->gitRestore})
        w->setAccessibleDescription(w->toolTip());
    m_ui->historyTable->setAccessibleName(tr("Applied changes"));
    m_ui->capacityText->setAccessibleName(tr("PostgreSQL connections at worst"));
    m_ui->output->retranslate();
    m_ui->configForm->retranslate();
    updateState();
}

QString ConfigurationPage::profileName() const
{
    const auto services = m_flows->services();
    return services ? services->profile().name : QString();
}

void ConfigurationPage::reloadProfile()
{
    m_loaded = false;
    m_changedOnDisk = false;
    m_loadError.clear();
    m_draft->clearDocuments();
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
    const bool changes = has && m_draft->isValid() && !m_draft->changedFiles().isEmpty();
    m_ui->usePreset->setEnabled(has);
    m_ui->presetCombo->setEnabled(has);
    m_ui->savePreset->setEnabled(false); // user presets: see below
    m_ui->discardEdits->setEnabled(dirty);
    m_ui->showChanges->setEnabled(changes);
    m_ui->applyEdits->setEnabled(false);
    m_ui->rollBack->setEnabled(false);
    m_ui->gitRestore->setEnabled(false);
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
    for (const core::ConfigPreset& p : core::ConfigPreset::builtIn())
        if (p.id() == id)
            m_draft->apply(p.change());
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

void ConfigurationPage::confirmLeave(const std::function<void()>& proceed)
{
    if (!m_draft->isDirty()) {
        proceed();
        return;
    }
    const int count = int(m_draft->change().edits().size());
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Discard the configuration edits?"),
        tr("%n setting(s) of profile %1 were edited on the Configuration page and not applied. "
           "Switching the profile discards the edits.",
           nullptr, count)
            .arg(profileName()),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmLeave"));
    QPushButton* discard = box->addButton(tr("Discard and switch"), QMessageBox::DestructiveRole);
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

} // namespace artgen::gui
