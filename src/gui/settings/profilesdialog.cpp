#include "profilesdialog.h"

#include "charts/alertsettingsdialog.h"
#include "monitor/thresholds.h"
#include "profileeditor.h"
#include "session/connectiontest.h"
#include "settings/settingsstore.h"
#include "ui_profilesdialog.h"

#include <QEvent>
#include <QPushButton>
#include <QtConcurrent>

namespace artgen::gui {

ProfilesDialog::ProfilesDialog(core::SettingsStore& settings, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProfilesDialog>()), m_settings(settings)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("profilesDialog"));
    setUpFields();
    retranslate();
    reload();
}

ProfilesDialog::~ProfilesDialog() = default;

ProfileEditor* ProfilesDialog::editor() const
{
    return m_ui->profileEditor;
}

void ProfilesDialog::setUpFields()
{
    m_ui->connectionResult->setTextFormat(Qt::PlainText);
    connect(m_ui->dialogProfileList, &QListWidget::currentRowChanged, this,
            &ProfilesDialog::showProfile);
    connect(m_ui->addProfile, &QPushButton::clicked, this, [this] { addProfile(false); });
    connect(m_ui->duplicateProfile, &QPushButton::clicked, this, [this] { addProfile(true); });
    connect(m_ui->removeProfile, &QPushButton::clicked, this, &ProfilesDialog::removeProfile);
    connect(m_ui->profileEditor, &ProfileEditor::saveRequested, this, &ProfilesDialog::saveProfile);
    connect(m_ui->importContext, &QPushButton::clicked, this, &ProfilesDialog::importContext);
    connect(m_ui->testConnection, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_ui->alertThresholds, &QPushButton::clicked, this, &ProfilesDialog::openThresholds);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ProfilesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ProfilesDialog::retranslate()
{
    m_ui->retranslateUi(this);
    setWindowTitle(tr("Stack profiles"));
    m_ui->dialogProfileList->setAccessibleName(tr("Stack profiles"));
    m_ui->editorScroll->setAccessibleName(tr("Profile"));
    m_ui->connectionResult->setAccessibleName(tr("Test connection"));
    m_ui->addProfile->setText(tr("&Add"));
    m_ui->duplicateProfile->setText(tr("&Duplicate"));
    m_ui->removeProfile->setText(tr("&Remove"));
    m_ui->contextsBox->setTitle(tr("Docker contexts of this machine"));
    m_ui->dockerContexts->setAccessibleName(tr("Docker contexts"));
    m_ui->importContext->setText(tr("&Use as this profile's endpoint"));
    m_ui->testConnection->setText(tr("&Test connection"));
    m_ui->testConnection->setToolTip(
        tr("Checks Docker, PostgreSQL, Redis and the API of the profile as the form shows it, "
           "and names the part that fails."));
    m_ui->alertThresholds->setText(tr("Alert &thresholds…"));
    if (QPushButton* close = m_ui->buttons->button(QDialogButtonBox::Close))
        close->setText(tr("Close"));
    refreshList();
    if (m_test)
        showCheck();
}

void ProfilesDialog::reload()
{
    m_profiles = m_settings.profiles();
    refreshList();
    select(m_settings.activeProfileName());
    loadContexts();
}

void ProfilesDialog::select(const QString& name)
{
    int row = m_profiles.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_profiles.size(); ++i)
        if (m_profiles[i].name == name)
            row = i;
    m_ui->dialogProfileList->setCurrentRow(row);
    showProfile(row);
}

void ProfilesDialog::refreshList()
{
    const QString active = m_settings.activeProfileName();
    QListWidget* list = m_ui->dialogProfileList;
    const int current = list->currentRow();
    const QSignalBlocker block(list);
    list->clear();
    for (const core::Profile& p : std::as_const(m_profiles)) {
        QString text = p.name;
        if (p.production)
            text = tr("%1 — production").arg(text);
        if (p.name == active)
            text = tr("%1 (active)").arg(text);
        list->addItem(text);
    }
    list->setCurrentRow(current);
}

void ProfilesDialog::showProfile(int row)
{
    m_row = row;
    const bool has = row >= 0 && row < m_profiles.size();
    QList<core::Profile> others = m_profiles;
    if (has)
        others.removeAt(row);
    m_ui->profileEditor->edit(has ? std::optional(m_profiles[row]) : std::nullopt, others);
    for (QPushButton* b :
         {m_ui->removeProfile, m_ui->duplicateProfile, m_ui->testConnection, m_ui->alertThresholds})
        b->setEnabled(has);
    m_ui->importContext->setEnabled(has && !m_contexts.isEmpty());
    m_ui->connectionResult->clear();
    delete m_test;
}

void ProfilesDialog::store()
{
    m_settings.setProfiles(m_profiles);
    m_settings.sync();
    refreshList();
    Q_EMIT profilesChanged();
}

void ProfilesDialog::leaveActive(const std::function<void()>& proceed)
{
    if (m_leaveGuard)
        m_leaveGuard(proceed);
    else
        proceed();
}

void ProfilesDialog::saveProfile(const core::Profile& p)
{
    if (m_row < 0 || m_row >= m_profiles.size())
        return;
    const QString name = m_profiles[m_row].name;
    const bool wasActive = name == m_settings.activeProfileName();
    // Found again by name when it runs: a guard's question may come back later.
    const auto save = [this, name, p, wasActive] {
        const auto it = std::find_if(m_profiles.begin(), m_profiles.end(),
                                     [&](const core::Profile& x) { return x.name == name; });
        if (it == m_profiles.end())
            return;
        if (wasActive)
            m_settings.setActiveProfileName(p.name);
        *it = p;
        store();
    };
    if (wasActive && m_profiles[m_row].stackDir != p.stackDir)
        leaveActive(save);
    else
        save();
}

QString ProfilesDialog::uniqueName(const QString& base) const
{
    QString name = base;
    for (int n = 2; std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                                [&](const core::Profile& x) { return x.name == name; });
         ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

void ProfilesDialog::addProfile(bool duplicate)
{
    const bool has = m_row >= 0 && m_row < m_profiles.size();
    if (duplicate && !has)
        return;
    // A new profile starts from the chosen one's stack (most admins add a second host of the
    // same stack), but never inherits its production mark by accident.
    core::Profile p = has ? m_profiles[m_row] : core::Profile::fromStackDir(QString());
    p.name = duplicate ? uniqueName(tr("%1 (copy)").arg(p.name)) : uniqueName(tr("New profile"));
    if (!duplicate)
        p.production = false;
    m_profiles << p;
    store();
    m_ui->dialogProfileList->setCurrentRow(int(m_profiles.size()) - 1);
}

void ProfilesDialog::removeProfile()
{
    if (m_row < 0 || m_row >= m_profiles.size())
        return;
    const QString name = m_profiles[m_row].name;
    const auto remove = [this, name] {
        const auto it = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                     [&](const core::Profile& x) { return x.name == name; });
        if (it == m_profiles.cend())
            return;
        const int at = int(it - m_profiles.cbegin());
        m_profiles.removeAt(at);
        if (name == m_settings.activeProfileName())
            m_settings.setActiveProfileName(m_profiles.isEmpty() ? QString()
                                                                 : m_profiles.first().name);
        store();
        const int row = qMin(at, int(m_profiles.size()) - 1);
        m_ui->dialogProfileList->setCurrentRow(row);
        showProfile(row);
    };
    if (name == m_settings.activeProfileName())
        leaveActive(remove);
    else
        remove();
}

void ProfilesDialog::loadContexts()
{
    m_ui->contextsStatus->setText(tr("Reading the Docker contexts…"));
    QtConcurrent::run([] {
        return core::DockerContexts::list();
    }).then(this, [this](const core::Result<QList<core::DockerContexts::Context>>& list) {
        m_contexts = list ? *list : QList<core::DockerContexts::Context>{};
        QComboBox* box = m_ui->dockerContexts;
        box->clear();
        for (const auto& c : std::as_const(m_contexts))
            box->addItem(c.current ? tr("%1 (current) — %2").arg(c.name, c.host)
                                   : tr("%1 — %2").arg(c.name, c.host));
        m_ui->contextsStatus->setText(list ? QString() : list.error().message());
        m_ui->importContext->setEnabled(m_row >= 0 && !m_contexts.isEmpty());
    });
}

void ProfilesDialog::importContext()
{
    const int i = m_ui->dockerContexts->currentIndex();
    if (i < 0 || i >= m_contexts.size())
        return;
    core::Profile p;
    core::DockerContexts::applyTo(m_contexts[i], p);
    m_ui->profileEditor->setEndpoint(p.dockerHost, p.dockerTlsCa, p.dockerTlsCert, p.dockerTlsKey);
    m_ui->contextsStatus->setText(
        tr("The endpoint of “%1” is in the form; save the profile to keep it.")
            .arg(m_contexts[i].name));
}

void ProfilesDialog::testConnection()
{
    delete m_test;
    m_test = new core::ConnectionTest(m_ui->profileEditor->profile(), this);
    connect(m_test, &core::ConnectionTest::checked, this, &ProfilesDialog::showCheck);
    connect(m_test, &core::ConnectionTest::finished, this, [this] {
        showCheck();
        m_ui->testConnection->setEnabled(true);
        Q_EMIT connectionTested(m_test->passed());
    });
    m_ui->testConnection->setEnabled(false);
    m_ui->connectionResult->setText(tr("Testing the connection…"));
    m_test->start();
}

void ProfilesDialog::showCheck()
{
    if (!m_test)
        return;
    QStringList lines;
    for (const auto& c : m_test->checks()) {
        using Outcome = core::ConnectionTest::Outcome;
        const QString mark = c.outcome == Outcome::Passed   ? tr("OK")
                             : c.outcome == Outcome::Failed ? tr("FAILED")
                                                            : tr("not tested");
        lines << tr("%1 — %2: %3").arg(core::ConnectionTest::partName(c.part), mark, c.detail);
    }
    if (lines.size() < 4)
        lines << tr("Testing the connection…");
    m_ui->connectionResult->setText(lines.join(u'\n'));
}

void ProfilesDialog::openThresholds()
{
    if (m_row < 0 || m_row >= m_profiles.size())
        return;
    const QString name = m_profiles[m_row].name;
    auto* dialog = new AlertSettingsDialog(name, core::Thresholds::load(m_settings, name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AlertSettingsDialog::saved, this,
            [this, name](const core::Thresholds& thresholds) {
                thresholds.save(m_settings, name);
                m_settings.sync();
            });
    dialog->open();
}

} // namespace artgen::gui
