#include "settingspage.h"

#include "backup/backupformats.h"
#include "docker/dockerendpoint.h"
#include "i18n/languagemanager.h"
#include "logs/logstore.h"
#include "settings/settingsstore.h"
#include "stackconfig/stacklocator.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace artgen::gui {

namespace {
const QString kLogLineLimitKey = QStringLiteral("logs/lineLimit"); // shared with the Logs page
} // namespace

SettingsPage::SettingsPage(core::SettingsStore& settings, core::LanguageManager& language,
                           QString logFilePath, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_language(language),
      m_logFilePath(std::move(logFilePath))
{
    buildUi();
    retranslate();
    loadProfiles();
}

QGroupBox* SettingsPage::buildLogsBox()
{
    m_logsBox = new QGroupBox(this);
    auto* row = new QHBoxLayout(m_logsBox);
    m_lineLimitLabel = new QLabel(m_logsBox);
    m_lineLimit = new QSpinBox(m_logsBox);
    m_lineLimit->setObjectName(QStringLiteral("logLineLimit"));
    m_lineLimit->setRange(10000, 5000000);
    m_lineLimit->setSingleStep(50000);
    m_lineLimit->setGroupSeparatorShown(true);
    // Only a finished value: typing "5" on the way to 500 000 must not drop lines.
    m_lineLimit->setKeyboardTracking(false);
    m_lineLimit->setValue(
        m_settings.uiValue(kLogLineLimitKey, int(core::LogStore::kDefaultCapacity)).toInt());
    m_lineLimitLabel->setBuddy(m_lineLimit);
    row->addWidget(m_lineLimitLabel);
    row->addWidget(m_lineLimit);
    row->addStretch();
    connect(m_lineLimit, &QSpinBox::valueChanged, this, [this](int lines) {
        m_settings.setUiValue(kLogLineLimitKey, lines);
        Q_EMIT logLineLimitChanged(lines);
    });
    return m_logsBox;
}

void SettingsPage::buildUi()
{
    auto* root = new QVBoxLayout(this);

    m_languageBox = new QGroupBox(this);
    auto* langRow = new QHBoxLayout(m_languageBox);
    m_languageLabel = new QLabel(m_languageBox);
    m_languageCombo = new QComboBox(m_languageBox);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    // Language names are shown in their own language, so a user who cannot read the current
    // UI language still finds theirs.
    m_languageCombo->addItem(QString(), QStringLiteral("system"));
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    const int idx = m_languageCombo->findData(m_settings.language());
    m_languageCombo->setCurrentIndex(idx < 0 ? 0 : idx);
    m_languageLabel->setBuddy(m_languageCombo);
    langRow->addWidget(m_languageLabel);
    langRow->addWidget(m_languageCombo);
    langRow->addStretch();
    connect(m_languageCombo, &QComboBox::activated, this,
            [this](int i) { chooseLanguage(m_languageCombo->itemData(i).toString()); });
    auto* topRow = new QHBoxLayout;
    topRow->addWidget(m_languageBox, 1);
    topRow->addWidget(buildLogsBox(), 1);
    root->addLayout(topRow);

    m_profilesBox = new QGroupBox(this);
    auto* profRow = new QHBoxLayout(m_profilesBox);
    auto* left = new QVBoxLayout;
    m_profileList = new QListWidget(m_profilesBox);
    m_profileList->setObjectName(QStringLiteral("profileList"));
    left->addWidget(m_profileList);
    auto* buttons = new QHBoxLayout;
    m_addButton = new QPushButton(m_profilesBox);
    m_removeButton = new QPushButton(m_profilesBox);
    m_activeButton = new QPushButton(m_profilesBox);
    m_activeButton->setObjectName(QStringLiteral("makeActiveProfile"));
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    left->addLayout(buttons);
    left->addWidget(m_activeButton);
    profRow->addLayout(left, 1);

    auto* right = new QVBoxLayout;
    m_form = new QFormLayout;
    m_name = new QLineEdit(m_profilesBox);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_stackDir = new QLineEdit(m_profilesBox);
    m_stackDir->setObjectName(QStringLiteral("stackDir"));
    m_browse = new QPushButton(m_profilesBox);
    auto* dirRow = new QHBoxLayout;
    dirRow->addWidget(m_stackDir);
    dirRow->addWidget(m_browse);
    m_project = new QLineEdit(m_profilesBox);
    m_apiUrl = new QLineEdit(m_profilesBox);
    m_dockerHost = new QLineEdit(m_profilesBox);
    for (int i = 0; i < 5; ++i)
        m_formLabels << new QLabel(m_profilesBox);
    m_form->addRow(m_formLabels[0], m_name);
    m_form->addRow(m_formLabels[1], dirRow);
    m_form->addRow(m_formLabels[2], m_project);
    m_form->addRow(m_formLabels[3], m_apiUrl);
    m_form->addRow(m_formLabels[4], m_dockerHost);
    right->addLayout(m_form);
    m_containers = new QTableWidget(int(core::Profile::serviceNames().size()), 2, m_profilesBox);
    m_containers->verticalHeader()->hide();
    m_containers->horizontalHeader()->setStretchLastSection(true);
    m_containers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int r = 0; r < m_containers->rowCount(); ++r) {
        auto* service = new QTableWidgetItem(core::Profile::serviceNames().at(r));
        service->setFlags(Qt::ItemIsEnabled);
        m_containers->setItem(r, 0, service);
        m_containers->setItem(r, 1, new QTableWidgetItem);
    }
    right->addWidget(m_containers);

    m_backupBox = new QGroupBox(m_profilesBox);
    m_backupBox->setObjectName(QStringLiteral("backupSettings"));
    m_backupForm = new QFormLayout(m_backupBox);
    m_backupDir = new QLineEdit(m_backupBox);
    m_backupDir->setObjectName(QStringLiteral("backupDir"));
    m_backupBrowse = new QPushButton(m_backupBox);
    auto* backupDirRow = new QHBoxLayout;
    backupDirRow->addWidget(m_backupDir);
    backupDirRow->addWidget(m_backupBrowse);
    m_backupFormat = new QComboBox(m_backupBox);
    m_backupFormat->setObjectName(QStringLiteral("backupFormatDefault"));
    for (const QString& name : core::BackupFormats::names())
        m_backupFormat->addItem(name, name);
    m_keepLast = new QSpinBox(m_backupBox);
    m_keepLast->setObjectName(QStringLiteral("backupKeepLast"));
    m_keepLast->setRange(0, 1000);
    m_keepDays = new QSpinBox(m_backupBox);
    m_keepDays->setObjectName(QStringLiteral("backupKeepDays"));
    m_keepDays->setRange(0, 3650);
    for (int i = 0; i < 4; ++i)
        m_backupLabels << new QLabel(m_backupBox);
    m_backupForm->addRow(m_backupLabels[0], backupDirRow);
    m_backupForm->addRow(m_backupLabels[1], m_backupFormat);
    m_backupForm->addRow(m_backupLabels[2], m_keepLast);
    m_backupForm->addRow(m_backupLabels[3], m_keepDays);
    m_retention = new QLabel(m_backupBox);
    m_retention->setObjectName(QStringLiteral("retentionSummary"));
    m_retention->setWordWrap(true);
    m_backupForm->addRow(m_retention);
    right->addWidget(m_backupBox);
    m_validation = new QLabel(m_profilesBox);
    m_validation->setObjectName(QStringLiteral("profileValidation"));
    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(QStringLiteral("color: #b5402f;"));
    right->addWidget(m_validation);
    m_saveButton = new QPushButton(m_profilesBox);
    m_saveButton->setObjectName(QStringLiteral("saveProfile"));
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_saveButton);
    right->addLayout(saveRow);
    profRow->addLayout(right, 2);
    root->addWidget(m_profilesBox, 1);

    m_filesBox = new QGroupBox(this);
    auto* filesLayout = new QVBoxLayout(m_filesBox);
    m_filesLabel = new QLabel(m_filesBox);
    m_filesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filesLabel->setWordWrap(true);
    filesLayout->addWidget(m_filesLabel);
    root->addWidget(m_filesBox);

    connect(m_profileList, &QListWidget::currentRowChanged, this, &SettingsPage::showProfile);
    connect(m_addButton, &QPushButton::clicked, this, &SettingsPage::addProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &SettingsPage::removeProfile);
    connect(m_activeButton, &QPushButton::clicked, this, &SettingsPage::makeActive);
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsPage::saveProfile);
    connect(m_browse, &QPushButton::clicked, this, &SettingsPage::browseStackDir);
    for (QLineEdit* e : {m_name, m_stackDir, m_project, m_apiUrl, m_dockerHost})
        connect(e, &QLineEdit::textEdited, this, &SettingsPage::markDirty);
    connect(m_containers, &QTableWidget::itemChanged, this, &SettingsPage::markDirty);
    connect(m_backupBrowse, &QPushButton::clicked, this, &SettingsPage::browseBackupDir);
    connect(m_backupDir, &QLineEdit::textEdited, this, &SettingsPage::markDirty);
    connect(m_backupFormat, &QComboBox::currentIndexChanged, this, &SettingsPage::markDirty);
    connect(m_keepLast, &QSpinBox::valueChanged, this, &SettingsPage::markDirty);
    connect(m_keepDays, &QSpinBox::valueChanged, this, &SettingsPage::markDirty);
    connect(m_keepLast, &QSpinBox::valueChanged, this, &SettingsPage::updateRetentionSummary);
    connect(m_keepDays, &QSpinBox::valueChanged, this, &SettingsPage::updateRetentionSummary);
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_languageBox->setTitle(tr("Language"));
    m_logsBox->setTitle(tr("Logs"));
    m_lineLimitLabel->setText(tr("Lines &kept in memory:"));
    m_lineLimit->setToolTip(tr("The Logs page drops the oldest lines beyond this and says how "
                               "many. About 200 bytes each: 200 000 lines take some 40 MB."));
    m_languageLabel->setText(tr("&Interface language:"));
    m_languageCombo->setItemText(0, tr("System default"));
    m_profilesBox->setTitle(tr("Stack profiles"));
    m_addButton->setText(tr("&Add"));
    m_removeButton->setText(tr("&Remove"));
    m_activeButton->setText(tr("Use as active profile"));
    m_formLabels[0]->setText(tr("Name:"));
    m_formLabels[1]->setText(tr("Stack folder:"));
    m_formLabels[2]->setText(tr("Compose project:"));
    m_formLabels[3]->setText(tr("API base URL:"));
    m_formLabels[4]->setText(tr("Docker host:"));
    m_stackDir->setPlaceholderText(tr("The folder that holds Docker_all/"));
    m_dockerHost->setPlaceholderText(tr("Default: DOCKER_HOST or unix:///var/run/docker.sock"));
    m_browse->setText(tr("Browse…"));
    m_containers->setHorizontalHeaderLabels({tr("Service"), tr("Container")});
    m_saveButton->setText(tr("&Save profile"));
    m_backupBox->setTitle(tr("Backups"));
    m_backupLabels[0]->setText(tr("Backup folder:"));
    m_backupLabels[1]->setText(tr("Default format:"));
    m_backupLabels[2]->setText(tr("Keep the newest (backups):"));
    m_backupLabels[3]->setText(tr("Keep younger than (days):"));
    m_backupBrowse->setText(tr("Browse…"));
    m_backupDir->setToolTip(tr("Empty: the default folder shown. Never inside the stack folder "
                               "(compose would send every backup to the build context)."));
    m_backupFormat->setItemText(m_backupFormat->findData(QStringLiteral("plain")),
                                tr("plain — SQL, as in the deployment instructions"));
    m_backupFormat->setItemText(m_backupFormat->findData(QStringLiteral("plain-gz")),
                                tr("plain-gz — SQL, gzip-compressed"));
    m_backupFormat->setItemText(m_backupFormat->findData(QStringLiteral("plain-zst")),
                                tr("plain-zst — SQL, zstd-compressed"));
    m_backupFormat->setItemText(m_backupFormat->findData(QStringLiteral("custom")),
                                tr("custom — PostgreSQL custom format (pg_restore)"));
    m_keepLast->setSpecialValueText(tr("off"));
    m_keepLast->setToolTip(tr("Retention after each successful backup: a backup is kept when it "
                              "is among the newest N or younger than D days; the rest are "
                              "deleted. 0 switches a rule off."));
    m_keepDays->setSpecialValueText(tr("off"));
    m_keepDays->setToolTip(m_keepLast->toolTip());
    updateRetentionSummary();
    m_filesBox->setTitle(tr("Files"));
    m_filesLabel->setText(tr("Settings: %1\nLog: %2")
                              .arg(m_settings.filePath(),
                                   m_logFilePath.isEmpty() ? tr("(not written)") : m_logFilePath));
    refreshList();
    if (m_row >= 0 && !m_validation->text().isEmpty())
        m_validation->setText(validate(profileFromForm(), m_row));
}

void SettingsPage::chooseLanguage(const QString& code)
{
    const int idx = m_languageCombo->findData(code);
    if (idx >= 0)
        m_languageCombo->setCurrentIndex(idx);
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
    m_profileList->setCurrentRow(m_profiles.isEmpty() ? -1 : row);
    showProfile(m_profileList->currentRow());
}

void SettingsPage::refreshList()
{
    const QString active = m_settings.activeProfileName();
    const int current = m_profileList->currentRow();
    m_profileList->blockSignals(true);
    m_profileList->clear();
    for (const core::Profile& p : std::as_const(m_profiles))
        m_profileList->addItem(p.name == active ? tr("%1 (active)").arg(p.name) : p.name);
    m_profileList->setCurrentRow(current);
    m_profileList->blockSignals(false);
}

void SettingsPage::showProfile(int row)
{
    m_row = row;
    const bool has = row >= 0 && row < m_profiles.size();
    const core::Profile p = has ? m_profiles[row] : core::Profile();
    m_loading = true;
    m_name->setText(p.name);
    m_stackDir->setText(p.stackDir);
    m_project->setText(p.projectName);
    m_apiUrl->setText(p.apiBaseUrl.toString());
    m_dockerHost->setText(p.dockerHost);
    for (int r = 0; r < m_containers->rowCount(); ++r)
        m_containers->item(r, 1)->setText(p.containers.value(m_containers->item(r, 0)->text()));
    m_backupDir->setText(p.backupDir);
    core::Profile defaults;
    defaults.name = p.name;
    m_backupDir->setPlaceholderText(has ? QDir::toNativeSeparators(defaults.backupFolder())
                                        : QString());
    const int format = m_backupFormat->findData(p.backupFormat);
    m_backupFormat->setCurrentIndex(
        format < 0 ? m_backupFormat->findData(QStringLiteral("plain-gz")) : format);
    m_keepLast->setValue(p.backupKeepLast);
    m_keepDays->setValue(p.backupKeepDays);
    m_loading = false;
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_name, m_stackDir, m_browse, m_project, m_apiUrl, m_dockerHost, m_containers,
             m_removeButton, m_activeButton, m_backupDir, m_backupBrowse, m_backupFormat,
             m_keepLast, m_keepDays})
        w->setEnabled(has);
    m_saveButton->setEnabled(false);
    m_validation->clear();
}

void SettingsPage::markDirty()
{
    if (m_loading || m_row < 0)
        return;
    const QString problem = validate(profileFromForm(), m_row);
    m_validation->setText(problem);
    m_saveButton->setEnabled(problem.isEmpty());
}

core::Profile SettingsPage::profileFromForm() const
{
    core::Profile p;
    p.name = m_name->text().trimmed();
    p.stackDir = m_stackDir->text().trimmed();
    p.projectName = m_project->text().trimmed();
    p.apiBaseUrl = QUrl(m_apiUrl->text().trimmed());
    p.dockerHost = m_dockerHost->text().trimmed();
    for (int r = 0; r < m_containers->rowCount(); ++r)
        p.containers.insert(m_containers->item(r, 0)->text(),
                            m_containers->item(r, 1)->text().trimmed());
    p.backupDir = QDir::cleanPath(m_backupDir->text().trimmed());
    if (p.backupDir == QStringLiteral("."))
        p.backupDir.clear();
    p.backupFormat = m_backupFormat->currentData().toString();
    p.backupKeepLast = m_keepLast->value();
    p.backupKeepDays = m_keepDays->value();
    return p;
}

QString SettingsPage::validate(const core::Profile& p, int row) const
{
    QList<core::Profile> others = m_profiles;
    if (row >= 0 && row < others.size())
        others.removeAt(row);
    return p.validate(others);
}

void SettingsPage::saveProfile()
{
    if (m_row < 0 || m_row >= m_profiles.size())
        return;
    const core::Profile p = profileFromForm();
    if (const QString problem = validate(p, m_row); !problem.isEmpty()) {
        m_validation->setText(problem);
        return;
    }
    const bool wasActive = m_profiles[m_row].name == m_settings.activeProfileName();
    m_profiles[m_row] = p;
    m_settings.setProfiles(m_profiles);
    if (wasActive)
        m_settings.setActiveProfileName(p.name);
    m_settings.sync();
    refreshList();
    m_saveButton->setEnabled(false);
    Q_EMIT profilesChanged();
}

void SettingsPage::addProfile()
{
    core::Profile p =
        m_profiles.isEmpty() ? core::Profile::fromStackDir(QString()) : m_profiles[qMax(0, m_row)];
    QString base = tr("New profile");
    QString name = base;
    for (int n = 2; std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                                [&](const core::Profile& x) { return x.name == name; });
         ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    p.name = name;
    m_profiles << p;
    m_settings.setProfiles(m_profiles);
    m_settings.sync();
    refreshList();
    m_profileList->setCurrentRow(int(m_profiles.size()) - 1);
    Q_EMIT profilesChanged();
}

void SettingsPage::removeProfile()
{
    if (m_row < 0 || m_row >= m_profiles.size())
        return;
    m_profiles.removeAt(m_row);
    m_settings.setProfiles(m_profiles);
    m_settings.sync();
    refreshList();
    m_profileList->setCurrentRow(qMin(m_row, int(m_profiles.size()) - 1));
    showProfile(m_profileList->currentRow());
    Q_EMIT profilesChanged();
}

void SettingsPage::makeActive()
{
    if (m_row < 0 || m_row >= m_profiles.size())
        return;
    m_settings.setActiveProfileName(m_profiles[m_row].name);
    m_settings.sync();
    refreshList();
    Q_EMIT profilesChanged();
}

void SettingsPage::updateRetentionSummary()
{
    const int last = m_keepLast->value();
    const int days = m_keepDays->value();
    QString text;
    if (last == 0 && days == 0)
        text = tr("After each backup: nothing is deleted.");
    else if (days == 0)
        text = tr("After each backup: only the newest %n backup(s) are kept.", nullptr, last);
    else if (last == 0)
        text = tr("After each backup: backups older than %n day(s) are deleted.", nullptr, days);
    else
        text = tr("After each backup: the newest %1 and those younger than %n day(s) are kept.",
                  nullptr, days)
                   .arg(last);
    m_retention->setText(text);
}

void SettingsPage::browseBackupDir()
{
    const QString start =
        m_backupDir->text().isEmpty() ? m_backupDir->placeholderText() : m_backupDir->text();
    auto* dialog = new QFileDialog(this, tr("Choose the backup folder"), start);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& dir) {
        m_backupDir->setText(dir);
        markDirty();
    });
    dialog->open();
}

void SettingsPage::browseStackDir()
{
    auto* dialog = new QFileDialog(this, tr("Choose the stack folder (it holds Docker_all/)"),
                                   m_stackDir->text());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& dir) {
        m_stackDir->setText(dir);
        markDirty();
    });
    dialog->open();
}

} // namespace artgen::gui
