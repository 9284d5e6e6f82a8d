#pragma once

#include "runlistmodel.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace artgen::core {
class ActiveServices;
class JobRunner;
class SettingsStore;
struct ChecklistOptions;
} // namespace artgen::core

namespace artgen::gui {

class DeploymentController;
class DeploymentWizard;
class JobPageFrame;

// The Deployment page: the active profile's past checklist runs (from the folder the checklist
// job saves to) with where each stands, the selected run's report (HTML or Markdown) and its
// folder; "New deployment…" and "Resume" open the DeploymentWizard, "Health check" runs steps
// 6–10 here and ends with a report. Reading the folder happens off the UI thread.
class DeploymentPage : public QWidget
{
    Q_OBJECT

public:
    DeploymentPage(core::ActiveServices& services, core::JobRunner& jobs,
                   core::SettingsStore* settings = nullptr, QWidget* parent = nullptr);
    ~DeploymentPage() override;

    RunListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTextBrowser* reportView() const { return m_report; }
    DeploymentController* healthCheck() const { return m_health; }
    // The open wizard, else null.
    DeploymentWizard* wizard() const;
    QString folder() const;
    bool isListed() const { return m_listed; }

public Q_SLOTS:
    void reloadProfile();
    void refresh();
    void newDeployment();
    // The selected run when it is unfinished, else the newest unfinished one.
    void resume();
    void runHealthCheck();
    void openFolder();
    void openReportFile();

Q_SIGNALS:
    void refreshed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    QWidget* buildRuns(QWidget* parent);
    void retranslate();
    void updateButtons();
    void showSelectedReport();
    const RunListModel::Entry* selected() const;
    const RunListModel::Entry* resumable() const;
    void selectRun(const QString& id);
    void openWizard(const core::ChecklistRun& run, bool resumed);
    void onHealthCheckEnded(bool cancelled);
    core::ChecklistOptions options() const;

    core::ActiveServices& m_active;
    core::JobRunner& m_jobs;
    core::SettingsStore* m_settings;
    DeploymentController* m_health;
    RunListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_report = nullptr;
    QComboBox* m_format = nullptr;
    QLabel* m_formatLabel = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_healthButton = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_openFolder = nullptr;
    QPushButton* m_openReport = nullptr;
    JobPageFrame* m_frame = nullptr;
    QPointer<DeploymentWizard> m_wizard;
    int m_generation = 0;
    bool m_listed = false;
    QString m_selectAfterRefresh;
};

} // namespace artgen::gui
