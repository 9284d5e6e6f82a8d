#include "chartspage.h"

#include "alertsettingsdialog.h"
#include "chartscontroller.h"
#include "chartsview.h"
#include "common/typedconfirmdialog.h"
#include "pgsessionsmodel.h"
#include "redisclientsmodel.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"
#include "terminateidledialog.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace artgen::gui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    return table;
}

} // namespace

ChartsPage::ChartsPage(core::ActiveServices& services, core::SettingsStore* settings,
                       QWidget* parent)
    : QWidget(parent), m_services(services), m_settings(settings)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new ChartsView(this);
    layout->addWidget(m_view);
    m_controller = new ChartsController(services, m_view, this);
    m_sessionsTab = buildSessionsTab();
    m_redisTab = buildRedisTab();
    m_view->addTab(m_sessionsTab, QString());
    m_view->addTab(m_redisTab, QString());
    connect(m_view->terminateIdleButton(), &QPushButton::clicked, this,
            &ChartsPage::openTerminateIdle);
    connect(m_view->alertsButton(), &QPushButton::clicked, this, &ChartsPage::openAlertSettings);
    connect(m_view, &ChartsView::chartMenuRequested, this,
            [this](ChartsView::Chart chart, const QPoint& pos) { showChartMenu(int(chart), pos); });
    connect(m_controller, &ChartsController::exported, this,
            [this](const QString& path, const QString& error) {
                say(error.isEmpty()
                        ? tr("Saved to %1").arg(QDir::toNativeSeparators(path))
                        : tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
            });
    // The tables are lists, not charts: every 5 s is enough, and only while the page shows.
    m_tablesTick = new QTimer(this);
    m_tablesTick->setInterval(5000);
    connect(m_tablesTick, &QTimer::timeout, this, [this] {
        refreshSessions();
        refreshRedisClients();
    });
    connect(&services, &core::ActiveServices::switched, this, [this] {
        m_sessions->setSessions({});
        m_clients->setClients({});
    });
    retranslate();
}

QWidget* ChartsPage::buildSessionsTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* row = new QHBoxLayout;
    m_refreshSessions = new QPushButton(tab);
    m_terminate = new QPushButton(tab);
    m_terminate->setEnabled(false);
    row->addWidget(m_refreshSessions);
    row->addWidget(m_terminate);
    row->addStretch();
    layout->addLayout(row);
    m_sessions = new PgSessionsModel(this);
    m_sessionsTable = makeTable(m_sessions, tab);
    layout->addWidget(m_sessionsTable, 1);
    connect(m_refreshSessions, &QPushButton::clicked, this, &ChartsPage::refreshSessions);
    connect(m_terminate, &QPushButton::clicked, this, &ChartsPage::terminateSelected);
    connect(m_sessionsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_terminate->setEnabled(m_sessionsTable->currentIndex().isValid()); });
    connect(m_sessions, &QAbstractItemModel::modelReset, this,
            [this] { m_terminate->setEnabled(false); });
    return tab;
}

QWidget* ChartsPage::buildRedisTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* row = new QHBoxLayout;
    m_refreshClients = new QPushButton(tab);
    row->addWidget(m_refreshClients);
    row->addStretch();
    layout->addLayout(row);
    m_clients = new RedisClientsModel(this);
    m_clientsTable = makeTable(m_clients, tab);
    layout->addWidget(m_clientsTable, 1);
    connect(m_refreshClients, &QPushButton::clicked, this, &ChartsPage::refreshRedisClients);
    return tab;
}

void ChartsPage::refreshSessions()
{
    core::MonitorHub* hub = m_controller->hub();
    core::PgMonitor* monitor = hub ? hub->postgresMonitor() : nullptr;
    if (!monitor)
        return;
    monitor->listSessions().then(this, [this, hub = QPointer<core::MonitorHub>(hub)](
                                           const core::Result<QList<core::PgSession>>& result) {
        if (hub != m_controller->hub())
            return; // another profile's answer
        if (result)
            m_sessions->setSessions(*result);
        else
            say(result.error().message());
        Q_EMIT sessionsRefreshed();
    });
}

void ChartsPage::refreshRedisClients()
{
    core::MonitorHub* hub = m_controller->hub();
    core::RedisMonitor* monitor = hub ? hub->redisMonitor() : nullptr;
    if (!monitor)
        return;
    // One answer per ask: a single-shot connection to the monitor's result signals.
    auto context = new QObject(this);
    connect(monitor, &core::RedisMonitor::clientsListed, context,
            [this, context](const QList<core::RedisClientInfo>& clients) {
                m_clients->setClients(clients);
                context->deleteLater();
                Q_EMIT redisClientsRefreshed();
            });
    connect(monitor, &core::RedisMonitor::clientsFailed, context,
            [this, context](const core::SourceFault& fault) {
                say(fault.message);
                context->deleteLater();
                Q_EMIT redisClientsRefreshed();
            });
    QMetaObject::invokeMethod(monitor, &core::RedisMonitor::listClients, Qt::QueuedConnection);
}

void ChartsPage::terminateSelected()
{
    const core::PgSession* session = m_sessions->at(m_sessionsTable->currentIndex().row());
    core::MonitorHub* hub = m_controller->hub();
    if (!session || !hub || !hub->postgresMonitor())
        return;
    const int pid = session->pid;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Terminate session"),
                                tr("End session %1 of %2 (%3, %4)? Its transaction, if any, is "
                                   "rolled back and its client is disconnected.")
                                    .arg(pid)
                                    .arg(session->user, session->application, session->state),
                                QMessageBox::Cancel, this);
    QPushButton* end = box->addButton(tr("End session"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, end, pid, hub = QPointer(hub)] {
        if (box->clickedButton() != end || !hub || hub != m_controller->hub() ||
            !hub->postgresMonitor())
            return;
        TypedConfirmDialog::guard(this, hub->profile(), tr("Terminate session"),
                                  tr("End session %1 on “%2”?").arg(pid).arg(hub->profile().name),
                                  tr("End session"), [this, pid, hub] { terminate(hub, pid); });
    });
    box->open();
}

void ChartsPage::terminate(core::MonitorHub* hub, int pid)
{
    if (!hub || hub != m_controller->hub() || !hub->postgresMonitor())
        return;
    hub->postgresMonitor()->terminate(pid).then(
        this, [this, pid](const core::Result<QList<core::PgSession>>& result) {
            if (!result)
                say(result.error().message());
            else
                say(result->isEmpty() ? tr("Session %1 had already ended.").arg(pid)
                                      : tr("Session %1 was ended.").arg(pid));
            refreshSessions();
        });
}

void ChartsPage::openTerminateIdle()
{
    core::MonitorHub* hub = m_controller->hub();
    if (!hub || !hub->postgresMonitor()) {
        say(tr("PostgreSQL monitoring is not running for this profile."));
        return;
    }
    auto* dialog = new TerminateIdleDialog(
        [hub = QPointer(hub)](qint64 olderThan, bool dryRun) {
            if (!hub || !hub->postgresMonitor())
                return QtFuture::makeReadyFuture(core::Result<QList<core::PgSession>>(core::fail(
                    core::Error(core::Error::Code::Cancelled, tr("PostgreSQL monitoring stopped."),
                                tr("The profile was switched or closed.")))));
            return hub->postgresMonitor()->terminateIdle(olderThan, dryRun);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(hub->profile());
    connect(dialog, &TerminateIdleDialog::terminated, this, &ChartsPage::refreshSessions);
    // A dialog made for one profile ends nothing on another.
    connect(&m_services, &core::ActiveServices::switched, dialog, &QDialog::reject);
    dialog->open();
    dialog->list();
}

void ChartsPage::openAlertSettings()
{
    core::MonitorHub* hub = m_controller->hub();
    if (!hub || !hub->profile().isValid()) {
        say(tr("Choose a profile in Settings first."));
        return;
    }
    auto* dialog = new AlertSettingsDialog(hub->profile().name, hub->thresholds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AlertSettingsDialog::saved, this,
            [this, hub = QPointer(hub)](const core::Thresholds& thresholds) {
                if (!hub || hub != m_controller->hub())
                    return; // saved for a profile no longer active: nothing to apply it to
                if (m_settings) {
                    thresholds.save(*m_settings, hub->profile().name);
                    m_settings->sync();
                }
                hub->setThresholds(thresholds);
                m_controller->redraw();
                say(tr("Thresholds saved for %1.").arg(hub->profile().name));
            });
    connect(&m_services, &core::ActiveServices::switched, dialog, &QDialog::reject);
    dialog->open();
}

void ChartsPage::showChartMenu(int chart, const QPoint& globalPos)
{
    const auto which = ChartsView::Chart(chart);
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QString base =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
        QStringLiteral("artgen-%1-%2")
            .arg(QString::fromLatin1(QMetaEnum::fromType<ChartsView::Chart>().valueToKey(chart))
                     .toLower(),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    auto ask = [this, which](const QString& title, const QString& file, const QString& filter,
                             bool png) {
        auto* dialog = new QFileDialog(this, title, file, filter);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this, which, png](const QString& f) {
            if (png)
                m_controller->exportPng(which, f);
            else
                m_controller->exportCsv(which, f);
        });
        dialog->open();
    };
    menu->addAction(tr("Export as PNG…"), this, [=] {
        ask(tr("Export chart"), base + QStringLiteral(".png"), tr("PNG images (*.png)"), true);
    });
    menu->addAction(tr("Export data as CSV…"), this, [=] {
        ask(tr("Export chart data"), base + QStringLiteral(".csv"), tr("CSV files (*.csv)"), false);
    });
    menu->popup(globalPos);
}

void ChartsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_controller->setVisible(true);
    m_tablesTick->start();
    refreshSessions();
    refreshRedisClients();
}

void ChartsPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_controller->setVisible(false);
    m_tablesTick->stop();
}

void ChartsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChartsPage::retranslate()
{
    m_view->setTabTitle(m_sessionsTab, tr("PostgreSQL sessions"));
    m_view->setTabTitle(m_redisTab, tr("Redis clients"));
    m_refreshSessions->setText(tr("Refresh"));
    m_refreshSessions->setAccessibleName(tr("Refresh the sessions"));
    m_terminate->setText(tr("Terminate session…"));
    m_refreshClients->setText(tr("Refresh"));
    m_refreshClients->setAccessibleName(tr("Refresh the Redis clients"));
    m_sessionsTable->setAccessibleName(tr("PostgreSQL sessions"));
    m_clientsTable->setAccessibleName(tr("Redis clients"));
}

void ChartsPage::say(const QString& text)
{
    m_view->statusLine()->setText(text);
}

} // namespace artgen::gui
