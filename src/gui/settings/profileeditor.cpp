#include "profileeditor.h"

#include "backup/backupformats.h"
#include "common/rangedfield.h"
#include "ui_profileeditor.h"
#include "util/humanformat.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLocale>
#include <QTimer>
#include <QtConcurrent>

namespace artgen::gui {

namespace {
constexpr int kCheckDelayMs = 300; // after the last keystroke
} // namespace

ProfileEditor::ProfileEditor(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ProfileEditor>())
{
    m_ui->setupUi(this);
    setUpFields();
    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(kCheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, [this] { check(false); });
    retranslate();
    edit(std::nullopt, {});
}

ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::setUpFields()
{
    auto* table = m_ui->containers;
    const QStringList services = core::Profile::serviceNames();
    table->setRowCount(int(services.size()));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int r = 0; r < table->rowCount(); ++r) {
        auto* service = new QTableWidgetItem(services.at(r));
        service->setFlags(Qt::ItemIsEnabled);
        table->setItem(r, 0, service);
        table->setItem(r, 1, new QTableWidgetItem);
    }
    // Every role in view without scrolling: there are only five.
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int r = 0; r < table->rowCount(); ++r)
        height += table->rowHeight(r);
    table->setFixedHeight(height);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const QString& name : core::BackupFormats::names())
        m_ui->backupFormatDefault->addItem(name, name);
    // The formats' descriptions are long (longer still in Russian): they must not set the
    // Profiles dialog's width.
    m_ui->backupFormatDefault->setSizeAdjustPolicy(
        QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->backupFormatDefault->setMinimumContentsLength(24);
    m_ui->profileValidation->setStyleSheet(QStringLiteral("color: #b5402f;"));
    // Each label names its field for screen readers (and gives it the label's mnemonic).
    m_ui->nameLabel->setBuddy(m_ui->profileName);
    m_ui->stackDirLabel->setBuddy(m_ui->stackDir);
    m_ui->projectLabel->setBuddy(m_ui->project);
    m_ui->apiUrlLabel->setBuddy(m_ui->apiUrl);
    m_ui->dockerHostLabel->setBuddy(m_ui->dockerHost);
    m_ui->productionLabel->setBuddy(m_ui->productionMark);
    m_ui->tlsCaLabel->setBuddy(m_ui->tlsCa);
    m_ui->tlsCertLabel->setBuddy(m_ui->tlsCert);
    m_ui->tlsKeyLabel->setBuddy(m_ui->tlsKey);
    m_ui->postgresAddressLabel->setBuddy(m_ui->postgresAddress);
    m_ui->redisAddressLabel->setBuddy(m_ui->redisAddress);
    connect(m_ui->productionMark, &QCheckBox::toggled, this, &ProfileEditor::markDirty);
    m_ui->backupDirLabel->setBuddy(m_ui->backupDir);
    m_ui->backupFormatLabel->setBuddy(m_ui->backupFormatDefault);
    m_ui->keepLastLabel->setBuddy(m_ui->backupKeepLast);
    m_ui->keepDaysLabel->setBuddy(m_ui->backupKeepDays);

    connect(m_ui->saveProfile, &QPushButton::clicked, this, [this] { check(true); });
    connect(m_ui->browseStackDir, &QPushButton::clicked, this, &ProfileEditor::browseStackDir);
    connect(m_ui->browseBackupDir, &QPushButton::clicked, this, &ProfileEditor::browseBackupDir);
    for (QLineEdit* e : {m_ui->profileName, m_ui->stackDir, m_ui->project, m_ui->apiUrl,
                         m_ui->dockerHost, m_ui->backupDir, m_ui->tlsCa, m_ui->tlsCert,
                         m_ui->tlsKey, m_ui->postgresAddress, m_ui->redisAddress})
        connect(e, &QLineEdit::textEdited, this, &ProfileEditor::markDirty);
    connect(table, &QTableWidget::itemChanged, this, &ProfileEditor::markDirty);
    // The default backup folder is named after the profile: the hint follows a rename.
    connect(m_ui->profileName, &QLineEdit::textEdited, this, &ProfileEditor::updateBackupHint);
    connect(m_ui->backupFormatDefault, &QComboBox::currentIndexChanged, this,
            &ProfileEditor::markDirty);
    m_keepLast = rangedField(m_ui->backupKeepLast, core::ValueRange::backupKeepLast);
    m_keepDays = rangedField(m_ui->backupKeepDays, core::ValueRange::backupKeepDays);
    for (QSpinBox* s : {m_ui->backupKeepLast, m_ui->backupKeepDays}) {
        connect(s, &QSpinBox::valueChanged, this, &ProfileEditor::markDirty);
        connect(s, &QSpinBox::valueChanged, this, &ProfileEditor::updateRetentionSummary);
    }
}

// A message row under the spin box's row of the backup form says when a value is out of range.
RangedField* ProfileEditor::rangedField(QSpinBox* box, core::ValueRange range)
{
    auto* message = new QLabel(box->parentWidget());
    int row = -1;
    QFormLayout::ItemRole role{};
    m_ui->backupForm->getWidgetPosition(box, &row, &role);
    m_ui->backupForm->insertRow(row + 1, QString(), message);
    auto* field = new RangedField(box, message, range);
    // Save waits for a value in range (markDirty and the check ask rangesValid() too).
    connect(field, &RangedField::validityChanged, this, [this](bool valid) {
        if (!valid)
            m_ui->saveProfile->setEnabled(false);
    });
    return field;
}

bool ProfileEditor::rangesValid() const
{
    return m_keepLast->isValid() && m_keepDays->isValid();
}

void ProfileEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProfileEditor::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->nameLabel->setText(tr("Name:"));
    m_ui->stackDirLabel->setText(tr("Stack folder:"));
    m_ui->projectLabel->setText(tr("Compose project:"));
    m_ui->apiUrlLabel->setText(tr("API base URL:"));
    m_ui->dockerHostLabel->setText(tr("Docker host:"));
    m_ui->stackDir->setPlaceholderText(tr("The folder that holds Docker_all/"));
    m_ui->dockerHost->setPlaceholderText(tr("Default: DOCKER_HOST or unix:///var/run/docker.sock"));
    m_ui->browseStackDir->setText(tr("Browse…"));
    m_ui->productionLabel->setText(tr("Production:"));
    m_ui->productionMark->setText(tr("Mark as production"));
    m_ui->productionMark->setToolTip(
        tr("A production stack: a banner on every page, and its name typed before anything "
           "destructive"));
    m_ui->tlsCaLabel->setText(tr("TLS CA file:"));
    m_ui->tlsCertLabel->setText(tr("TLS client certificate:"));
    m_ui->tlsKeyLabel->setText(tr("TLS client key:"));
    for (QLineEdit* e : {m_ui->tlsCa, m_ui->tlsCert, m_ui->tlsKey})
        e->setPlaceholderText(tr("tcp:// hosts only; empty: DOCKER_CERT_PATH"));
    m_ui->postgresAddressLabel->setText(tr("PostgreSQL address:"));
    m_ui->redisAddressLabel->setText(tr("Redis address:"));
    m_ui->postgresAddress->setPlaceholderText(
        tr("Empty: the port .env publishes on 127.0.0.1; HOST:PORT; or “container”"));
    m_ui->redisAddress->setPlaceholderText(
        tr("Empty: the port .env publishes on 127.0.0.1; or HOST:PORT"));
    m_ui->containers->setHorizontalHeaderLabels({tr("Service"), tr("Container")});
    m_ui->containers->setAccessibleName(tr("Container names"));
    m_ui->containers->setAccessibleDescription(
        tr("The container of each service; an empty name means the default one."));
    m_ui->browseStackDir->setAccessibleName(tr("Browse for the stack folder"));
    m_ui->browseBackupDir->setAccessibleName(tr("Browse for the backup folder"));
    m_ui->saveProfile->setText(tr("&Save profile"));
    m_ui->saveHint->setText(tr("A profile's changes apply when it is saved; a change to the active "
                               "profile switches every page to it."));
    m_ui->backupSettings->setTitle(tr("Backups"));
    m_ui->backupDirLabel->setText(tr("Backup folder:"));
    m_ui->backupFormatLabel->setText(tr("Default format:"));
    m_ui->keepLastLabel->setText(tr("Keep the newest (backups):"));
    m_ui->keepDaysLabel->setText(tr("Keep younger than (days):"));
    m_ui->browseBackupDir->setText(tr("Browse…"));
    m_ui->backupDir->setToolTip(
        tr("Empty: the default folder shown. Never inside the stack folder (compose would send "
           "every backup to the build context)."));
    QComboBox* formats = m_ui->backupFormatDefault;
    formats->setItemText(formats->findData(QStringLiteral("plain")),
                         tr("plain — SQL, as in the deployment instructions"));
    formats->setItemText(formats->findData(QStringLiteral("plain-gz")),
                         tr("plain-gz — SQL, gzip-compressed"));
    formats->setItemText(formats->findData(QStringLiteral("plain-zst")),
                         tr("plain-zst — SQL, zstd-compressed"));
    formats->setItemText(formats->findData(QStringLiteral("custom")),
                         tr("custom — PostgreSQL custom format (pg_restore)"));
    m_ui->backupKeepLast->setSpecialValueText(tr("off"));
    m_ui->backupKeepLast->setToolTip(
        tr("Retention after each successful backup: a backup is kept when it is among the newest "
           "N or younger than D days; the rest are deleted. 0 switches a rule off."));
    m_ui->backupKeepDays->setSpecialValueText(tr("off"));
    m_ui->backupKeepDays->setToolTip(m_ui->backupKeepLast->toolTip());
    m_keepLast->check();
    m_keepDays->check();
    updateRetentionSummary();
    // A shown problem is said again in the new language.
    if (m_has && !m_ui->profileValidation->text().isEmpty())
        check(false);
}

void ProfileEditor::setEndpoint(const QString& dockerHost, const QString& ca, const QString& cert,
                                const QString& key)
{
    if (!m_has)
        return;
    m_ui->dockerHost->setText(dockerHost);
    m_ui->tlsCa->setText(ca);
    m_ui->tlsCert->setText(cert);
    m_ui->tlsKey->setText(key);
    markDirty();
}

void ProfileEditor::edit(const std::optional<core::Profile>& profile, QList<core::Profile> others)
{
    m_has = profile.has_value();
    m_others = std::move(others);
    ++m_generation; // answers about the previous profile are dropped
    m_checkTimer->stop();
    m_checking = false;
    const core::Profile p = profile.value_or(core::Profile());
    m_loading = true;
    m_ui->profileName->setText(p.name);
    m_ui->stackDir->setText(p.stackDir);
    m_ui->project->setText(p.projectName);
    m_ui->apiUrl->setText(p.apiBaseUrl.toString());
    m_ui->dockerHost->setText(p.dockerHost);
    m_ui->productionMark->setChecked(p.production);
    m_ui->tlsCa->setText(p.dockerTlsCa);
    m_ui->tlsCert->setText(p.dockerTlsCert);
    m_ui->tlsKey->setText(p.dockerTlsKey);
    m_ui->postgresAddress->setText(p.postgresAddress);
    m_ui->redisAddress->setText(p.redisAddress);
    for (int r = 0; r < m_ui->containers->rowCount(); ++r)
        m_ui->containers->item(r, 1)->setText(
            p.containers.value(m_ui->containers->item(r, 0)->text()));
    m_ui->backupDir->setText(p.backupDir);
    updateBackupHint();
    QComboBox* formats = m_ui->backupFormatDefault;
    const int format = formats->findData(p.backupFormat);
    formats->setCurrentIndex(format < 0 ? formats->findData(QStringLiteral("plain-gz")) : format);
    m_ui->backupKeepLast->setValue(p.backupKeepLast);
    m_ui->backupKeepDays->setValue(p.backupKeepDays);
    m_loading = false;
    for (QWidget* w : findChildren<QWidget*>())
        w->setEnabled(m_has);
    m_ui->saveProfile->setEnabled(false);
    m_ui->profileValidation->clear();
}

core::Profile ProfileEditor::profile() const
{
    core::Profile p;
    p.name = m_ui->profileName->text().trimmed();
    p.stackDir = m_ui->stackDir->text().trimmed();
    p.projectName = m_ui->project->text().trimmed();
    p.apiBaseUrl = QUrl(m_ui->apiUrl->text().trimmed());
    p.dockerHost = m_ui->dockerHost->text().trimmed();
    p.production = m_ui->productionMark->isChecked();
    p.dockerTlsCa = m_ui->tlsCa->text().trimmed();
    p.dockerTlsCert = m_ui->tlsCert->text().trimmed();
    p.dockerTlsKey = m_ui->tlsKey->text().trimmed();
    p.postgresAddress = m_ui->postgresAddress->text().trimmed();
    p.redisAddress = m_ui->redisAddress->text().trimmed();
    for (int r = 0; r < m_ui->containers->rowCount(); ++r)
        p.containers.insert(m_ui->containers->item(r, 0)->text(),
                            m_ui->containers->item(r, 1)->text().trimmed());
    p.backupDir = QDir::cleanPath(m_ui->backupDir->text().trimmed());
    if (p.backupDir == QStringLiteral("."))
        p.backupDir.clear();
    p.backupFormat = m_ui->backupFormatDefault->currentData().toString();
    p.backupKeepLast = m_ui->backupKeepLast->value();
    p.backupKeepDays = m_ui->backupKeepDays->value();
    return p;
}

QString ProfileEditor::problem() const
{
    return m_ui->profileValidation->text();
}

bool ProfileEditor::isChecking() const
{
    return m_checking || m_checkTimer->isActive();
}

void ProfileEditor::markDirty()
{
    if (m_loading || !m_has)
        return;
    // Not on every keystroke: the check reads the disk. Save waits for it.
    ++m_generation;
    m_ui->saveProfile->setEnabled(rangesValid());
    m_checkTimer->start();
}

void ProfileEditor::check(bool thenSave)
{
    if (!m_has || (thenSave && !rangesValid()))
        return;
    m_checkTimer->stop();
    const int generation = ++m_generation;
    const core::Profile p = profile();
    m_checking = true;
    m_ui->saveProfile->setEnabled(false);
    QtConcurrent::run([p, others = m_others] {
        return p.validate(others);
    }).then(this, [this, generation, p, thenSave](const QString& problem) {
        if (generation != m_generation)
            return; // the form changed since: a newer check is due
        m_checking = false;
        m_ui->profileValidation->setText(problem);
        m_ui->saveProfile->setEnabled(problem.isEmpty() && !thenSave && rangesValid());
        Q_EMIT checked(problem);
        if (thenSave && problem.isEmpty())
            Q_EMIT saveRequested(p);
    });
}

void ProfileEditor::updateBackupHint()
{
    core::Profile defaults;
    defaults.name = m_ui->profileName->text().trimmed();
    m_ui->backupDir->setPlaceholderText(m_has ? QDir::toNativeSeparators(defaults.backupFolder())
                                              : QString());
}

void ProfileEditor::updateRetentionSummary()
{
    const int last = m_ui->backupKeepLast->value();
    const int days = m_ui->backupKeepDays->value();
    using core::HumanFormat;
    QString text;
    if (last == 0 && days == 0)
        text = tr("After each backup: nothing is deleted.");
    else if (days == 0)
        text = HumanFormat::groupedCount(
            tr("After each backup: only the newest %n backup(s) are kept.", nullptr, last), last);
    else if (last == 0)
        text = HumanFormat::groupedCount(
            tr("After each backup: backups older than %n day(s) are deleted.", nullptr, days),
            days);
    else
        text = HumanFormat::groupedCount(
                   tr("After each backup: the newest %1 and those younger than %n day(s) are "
                      "kept.",
                      nullptr, days),
                   days)
                   .arg(QLocale().toString(last));
    m_ui->retentionSummary->setText(text);
}

void ProfileEditor::browseBackupDir()
{
    QLineEdit* field = m_ui->backupDir;
    const QString start = field->text().isEmpty() ? field->placeholderText() : field->text();
    auto* dialog = new QFileDialog(this, tr("Choose the backup folder"), start);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& dir) {
        m_ui->backupDir->setText(dir);
        markDirty();
    });
    dialog->open();
}

void ProfileEditor::browseStackDir()
{
    auto* dialog = new QFileDialog(this, tr("Choose the stack folder (it holds Docker_all/)"),
                                   m_ui->stackDir->text());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& dir) {
        m_ui->stackDir->setText(dir);
        markDirty();
    });
    dialog->open();
}

} // namespace artgen::gui
