#pragma once

#include "docker/stackinspector.h"
#include "docker/stackverdict.h"
#include "settings/profile.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace artgen::core {
class ActiveServices;
class JobRunner;
class ProfileServices;
class SettingsStore;
class MonitorHub;
} // namespace artgen::core

namespace artgen::gui {

class ConnectionBanner;
class JobController;

class JobOutputPane;
class RecordTableView;
class VerdictLabel;
class WorkersSummary;

class ContainersModel;

// The Containers page: the stack's services live (the monitor hub's containers source), per
// container start/stop/restart, processes and a one-off command, stack-wide up/down/build/
// restart as compose Jobs with their output streamed below, and the workers summary. Thin: all
// I/O is in core; this only asks and shows.
class ContainersPage : public QWidget
{
    Q_OBJECT

public:
    // Follows `services`: a profile switch shows the new stack and stops watching the old.
    ContainersPage(core::ActiveServices& services, core::JobRunner& jobs,
                   QWidget* parent = nullptr);
    ~ContainersPage() override;

    ContainersModel* model() const { return m_model; }
    // Where the Run dialog keeps its command history (per profile); none: for the session.
    void setSettings(core::SettingsStore* settings) { m_settings = settings; }
    const core::StackVerdict& verdict() const { return m_verdict; }

public Q_SLOTS:
    // The active profile's services changed: watch the new stack.
    void reloadProfile();

Q_SIGNALS:
    // "Logs…" on a container: the Logs page shows that service's lines.
    void logsRequested(const QString& service);
    // The stack's verdict changed (or its texts, on a language switch).
    void verdictChanged(const artgen::core::StackVerdict& verdict);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void startMonitor();
    void stopMonitor();
    void onSnapshot(const core::StackStatus& status);
    void onConnection(bool connected, const core::Error& error);
    void updateButtons();
    const core::ServiceStatus* selected() const;
    void actOnSelected(int action);
    void showProcesses();
    void showDetails();
    void runCommand();
    void showLogs();
    void runCompose(int operation);
    void confirmThen(const QString& title, const QString& text, const QString& okText,
                     std::function<void()> then);
    void appendOutput(const QStringList& lines);
    // The active profile's (an empty one before the first).
    const core::Profile& profile() const;
    void showVerdict();
    void fitColumns();
    void buildRowActions();

    core::ActiveServices& m_active;
    std::shared_ptr<core::ProfileServices> m_services; // the active profile's, followed
    JobController* m_jobs;
    core::SettingsStore* m_settings = nullptr;
    QPointer<core::MonitorHub> m_hub; // the active profile's; holds its containers source
    ContainersModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr; // what the table shows

    core::StackVerdict m_verdict;
    ConnectionBanner* m_banner = nullptr;
    VerdictLabel* m_verdictLabel = nullptr;
    WorkersSummary* m_workers = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_build = nullptr;
    QCheckBox* m_noCache = nullptr;
    QPushButton* m_restartAll = nullptr;
    QPushButton* m_cancelJob = nullptr;
    RecordTableView* m_table = nullptr;
    // The selected container's actions (buttons and context menu alike).
    QAction* m_start = nullptr;
    QAction* m_stop = nullptr;
    QAction* m_restart = nullptr;
    QAction* m_top = nullptr;
    QAction* m_details = nullptr;
    QAction* m_exec = nullptr;
    QAction* m_logs = nullptr;
    JobOutputPane* m_output = nullptr;
};

} // namespace artgen::gui
