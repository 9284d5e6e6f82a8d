#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace artgen::core {
class ActiveServices;
class MonitorHub;
class SettingsStore;
} // namespace artgen::core

namespace artgen::gui {

class ChartsController;
class ChartsView;
class PgSessionsModel;
class RedisClientsModel;

// The Charts page: the active profile's connection figures and charts (ChartsView, moved by
// ChartsController), PostgreSQL's sessions with terminate, "Terminate idle connections…", and
// Redis's CLIENT LIST. The monitors themselves run in core (MonitorHub), page or no page.
class ChartsPage : public QWidget
{
    Q_OBJECT

public:
    // `settings` (may be null in tests) keeps each profile's thresholds.
    explicit ChartsPage(core::ActiveServices& services, core::SettingsStore* settings = nullptr,
                        QWidget* parent = nullptr);

    ChartsView* view() const { return m_view; }
    ChartsController* controller() const { return m_controller; }
    PgSessionsModel* sessions() const { return m_sessions; }
    RedisClientsModel* redisClients() const { return m_clients; }

public Q_SLOTS:
    void refreshSessions();
    void refreshRedisClients();
    void terminateSelected();
    void openTerminateIdle();
    void openAlertSettings();

Q_SIGNALS:
    void sessionsRefreshed();
    void redisClientsRefreshed();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void terminate(core::MonitorHub* hub, int pid);
    QWidget* buildSessionsTab();
    QWidget* buildRedisTab();
    void showChartMenu(int chart, const QPoint& globalPos);
    void retranslate();
    void say(const QString& text);

    core::ActiveServices& m_services;
    core::SettingsStore* m_settings = nullptr;
    ChartsView* m_view = nullptr;
    ChartsController* m_controller = nullptr;
    PgSessionsModel* m_sessions = nullptr;
    RedisClientsModel* m_clients = nullptr;
    QWidget* m_sessionsTab = nullptr;
    QWidget* m_redisTab = nullptr;
    QTableView* m_sessionsTable = nullptr;
    QTableView* m_clientsTable = nullptr;
    QPushButton* m_refreshSessions = nullptr;
    QPushButton* m_terminate = nullptr;
    QPushButton* m_refreshClients = nullptr;
    QTimer* m_tablesTick = nullptr;
};

} // namespace artgen::gui
