#pragma once

#include "loadtest/loadreport.h"
#include "loadtestsetup.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace artgen::core {
class ActiveServices;
class Error;
class JobRunner;
} // namespace artgen::core

namespace artgen::gui {

class JobProgressPanel;
class LoadLiveChart;
class LoadResultView;
class LoadTestController;
class LoadTestForm;
class VerdictLabel;

// The Load test page: the settings (LoadTestForm), Start and — while it runs — the progress
// panel's Cancel, live requests/s and latency, then the run's results (LoadResultView) and the
// profile's last runs (kept across restarts), each shown again when selected, exportable as JSON,
// CSV or Markdown, or deleted. A view: the flows are
// LoadTestController's. Other pages open it preset (preset() or run()) and take the report from
// finished().
class LoadTestPage : public QWidget
{
    Q_OBJECT

public:
    LoadTestPage(core::ActiveServices& services, core::JobRunner& jobs, QWidget* parent = nullptr);
    ~LoadTestPage() override;

    LoadTestController* controller() const { return m_controller; }
    LoadTestForm* form() const { return m_form; }
    LoadLiveChart* liveChart() const { return m_live; }
    LoadResultView* resultView() const { return m_result; }
    QTableView* runsTable() const { return m_runs; }
    QPushButton* deleteButton() const { return m_delete; }
    bool isRunning() const;

    // Fills the form with `setup`, without starting.
    void preset(const LoadTestSetup& setup);
    // Fills the form and starts at once (asking first when the host is not the profile's).
    void run(const LoadTestSetup& setup);

public Q_SLOTS:
    void start();
    void cancel();
    void reloadProfile();
    // Writes the selected run (the newest when none is selected) to `path`.
    void exportRun(const QString& path);

Q_SIGNALS:
    void finished(const artgen::core::LoadReport& report);
    void exported(const QString& path, const QString& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    QWidget* buildRuns(QWidget* parent);
    void connectFlows();
    void retranslate();
    void setRunning(bool running);
    void askToConfirm(const QString& host);
    void browseBody();
    void chooseExportFile();
    void showRun(int row);
    void askToDelete();
    void updateRunButtons();
    int selectedRun() const;
    void onFinished(const core::LoadReport& report);
    void onFailed(const core::Error& error);

    core::ActiveServices& m_active;
    LoadTestController* m_controller = nullptr;
    LoadTestForm* m_form = nullptr;
    JobProgressPanel* m_progress = nullptr;
    VerdictLabel* m_verdict = nullptr;
    QTabWidget* m_tabs = nullptr;
    LoadLiveChart* m_live = nullptr;
    LoadResultView* m_result = nullptr;
    QTableView* m_runs = nullptr;
    QLabel* m_runsHint = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace artgen::gui
