#include "settingspage.h"

#include "auditlogdialog.h"
#include "common/rangedfield.h"
#include "i18n/languagemanager.h"
#include "profileeditor.h"
#include "profilesdialog.h"
#include "settings/settingsstore.h"
#include "ui_settingspage.h"
#include "util/humanformat.h"

#include <QEvent>
#include <QLocale>

namespace artgen::gui {

SettingsPage::SettingsPage(core::SettingsStore& settings, core::LanguageManager& language,
                           QString logFilePath, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SettingsPage>()), m_settings(settings),
      m_language(language), m_logFilePath(std::move(logFilePath))
{
    m_ui->setupUi(this);
    m_profilesDialog = new ProfilesDialog(m_settings, this);
    setUpFields();
    retranslate();
    loadProfiles();
}

SettingsPage::~SettingsPage() = default;

ProfileEditor* SettingsPage::profileEditor() const
{
    return m_profilesDialog->editor();
}

ProfilesDialog* SettingsPage::openProfiles()
{
    const int row = m_ui->profileList->currentRow();
    m_profilesDialog->reload();
    if (row >= 0 && row < m_profiles.size())
        m_profilesDialog->select(m_profiles[row].name);
    m_profilesDialog->open();
    return m_profilesDialog;
}

AuditLogDialog* SettingsPage::openAuditLog()
{
    auto* dialog = new AuditLogDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void SettingsPage::setUpFields()
{
    // Language names are shown in their own language, so a user who cannot read the current
    // UI language still finds theirs.
    QComboBox* languages = m_ui->languageCombo;
    languages->addItem(QString(), QStringLiteral("system"));
    languages->addItem(QStringLiteral("English"), QStringLiteral("en"));
    languages->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    const int idx = languages->findData(m_settings.language());
    languages->setCurrentIndex(idx < 0 ? 0 : idx);
    m_ui->languageLabel->setBuddy(languages);
    connect(languages, &QComboBox::activated, this,
            [this](int i) { chooseLanguage(m_ui->languageCombo->itemData(i).toString()); });

    // Only a finished value (keyboard tracking is off in the form): typing "5" on the way to
    // 500 000 must not drop lines. The Logs page watches the key.
    m_ui->logLineLimit->setGroupSeparatorShown(true);
    m_lineLimit =
        new RangedField(m_ui->logLineLimit, m_ui->lineLimitProblem, core::ValueRange::logLineLimit);
    m_ui->logLineLimit->setValue(m_settings.value(core::SettingKeys::logLineLimit));
    m_ui->lineLimitLabel->setBuddy(m_ui->logLineLimit);
    // A value out of range is not applied; the message under the field says why.
    connect(m_ui->logLineLimit, &QSpinBox::valueChanged, this, [this](int lines) {
        if (m_lineLimit->isValid())
            m_settings.setValue(core::SettingKeys::logLineLimit, lines);
    });

    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &SettingsPage::showProfile);
    connect(m_ui->makeActiveProfile, &QPushButton::clicked, this, &SettingsPage::makeActive);
    connect(m_ui->manageProfiles, &QPushButton::clicked, this, &SettingsPage::openProfiles);
    connect(m_ui->openAuditLog, &QPushButton::clicked, this, &SettingsPage::openAuditLog);
    connect(m_profilesDialog, &ProfilesDialog::profilesChanged, this, [this] {
        loadProfiles();
        Q_EMIT profilesChanged();
    });
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->languageBox->setTitle(tr("Language"));
    m_ui->logsBox->setTitle(tr("Logs"));
    m_ui->lineLimitLabel->setText(tr("Lines &kept in memory:"));
    // The example in the language's numbers and the panel's units, like every size it shows.
    constexpr int kExampleLines = 200000;
    constexpr qint64 kBytesPerLine = 200;
    m_ui->logLineLimit->setToolTip(
        tr("The Logs page drops the oldest lines beyond this and says how many. About %1 bytes "
           "each: %2 lines take some %3.")
            .arg(QLocale().toString(kBytesPerLine), QLocale().toString(kExampleLines),
                 core::HumanFormat::bytes(kExampleLines * kBytesPerLine)));
    m_lineLimit->check();
    m_ui->languageLabel->setText(tr("&Interface language:"));
    m_ui->languageCombo->setItemText(0, tr("System default"));
    m_ui->profilesBox->setTitle(tr("Stack profiles"));
    m_ui->profileList->setAccessibleName(tr("Stack profiles"));
    m_ui->profileList->setAccessibleDescription(
        tr("Every page works on the active profile; Profiles… adds, edits and tests them."));
    m_ui->makeActiveProfile->setText(tr("Use as active profile"));
    m_ui->manageProfiles->setText(tr("&Profiles…"));
    m_ui->openAuditLog->setText(tr("A&udit log…"));
    m_ui->filesBox->setTitle(tr("Files"));
    m_ui->filesLabel->setText(tr("Settings: %1\nLog: %2")
                                  .arg(m_settings.filePath(), m_logFilePath.isEmpty()
                                                                  ? tr("(not written)")
                                                                  : m_logFilePath));
    refreshList();
}

void SettingsPage::chooseLanguage(const QString& code)
{
    const int idx = m_ui->languageCombo->findData(code);
    if (idx >= 0)
        m_ui->languageCombo->setCurrentIndex(idx);
    m_settings.setLanguage(code);
    m_settings.sync();
    m_language.apply(code);
}

void SettingsPage::loadProfiles()
{
    m_profiles = m_settings.profiles();
    refreshList();
    const QString active = m_settings.activeProfileName();
    int row = 0;
    for (int i = 0; i < m_profiles.size(); ++i)
        if (m_profiles[i].name == active)
            row = i;
    m_ui->profileList->setCurrentRow(m_profiles.isEmpty() ? -1 : row);
    showProfile(m_ui->profileList->currentRow());
}

void SettingsPage::refreshList()
{
    const QString active = m_settings.activeProfileName();
    QListWidget* list = m_ui->profileList;
    const int current = list->currentRow();
    const QSignalBlocker block(list);
    list->clear();
    for (const core::Profile& p : std::as_const(m_profiles)) {
        const QString name = p.production ? tr("%1 — production").arg(p.name) : p.name;
        list->addItem(p.name == active ? tr("%1 (active)").arg(name) : name);
    }
    list->setCurrentRow(current);
}

void SettingsPage::showProfile(int row)
{
    m_row = row;
    m_ui->makeActiveProfile->setEnabled(row >= 0 && row < m_profiles.size());
}

void SettingsPage::makeActive()
{
    if (m_row < 0 || m_row >= m_profiles.size())
        return;
    const QString name = m_profiles[m_row].name;
    const auto activate = [this, name] {
        m_settings.setActiveProfileName(name);
        m_settings.sync();
        refreshList();
        Q_EMIT profilesChanged();
    };
    if (name != m_settings.activeProfileName())
        leaveActive(activate);
    else
        activate();
}

void SettingsPage::setLeaveGuard(LeaveGuard guard)
{
    m_leaveGuard = guard;
    m_profilesDialog->setLeaveGuard(std::move(guard));
}

void SettingsPage::leaveActive(const std::function<void()>& proceed)
{
    if (m_leaveGuard)
        m_leaveGuard(proceed);
    else
        proceed();
}

} // namespace artgen::gui
