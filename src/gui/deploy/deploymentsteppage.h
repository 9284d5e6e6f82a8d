#pragma once

#include <QInputDialog>
#include <QPointer>
#include <QWizardPage>
#include <memory>

namespace Ui {
class DeploymentStepPage;
}

namespace artgen::core {
struct StepRecord;
}

namespace artgen::gui {

class DeploymentController;

// One checklist step in the deployment wizard (the same form for all eleven): what the step
// does in the instructions' words and what fixes or undoes it, Run (then Retry), "Run the rest",
// Skip (with a reason for the report), Roll back, the step's verdict and evidence, and the log
// lines of its run. Next is open once the step is done (passed, warned or skipped).
class DeploymentStepPage : public QWizardPage
{
    Q_OBJECT

public:
    DeploymentStepPage(int stepId, DeploymentController* controller, QWidget* parent = nullptr);
    ~DeploymentStepPage() override;

    int stepId() const { return m_stepId; }
    bool isComplete() const override;
    void initializePage() override;
    // The Skip dialog while it is open (for tests), else null.
    QInputDialog* skipDialog() const { return m_skipDialog; }
    QString message() const;

    void retranslate();

Q_SIGNALS:
    // "Run the rest" from this step on.
    void runRestRequested(int stepId);
    // Roll back the deployment (offered on a failed step from 5 on).
    void rollBackRequested();

private:
    void refresh();
    void run();
    void askSkipReason();
    void skipWith(const QString& reason);
    void appendLines(const QStringList& lines);
    QString stateText() const;
    void updateRollBack(const core::StepRecord* record, bool busy);

    std::unique_ptr<Ui::DeploymentStepPage> m_ui;
    int m_stepId;
    DeploymentController* m_controller;
    QPointer<QInputDialog> m_skipDialog;
    QString m_message; // why a click did nothing ("a reason is needed")
};

} // namespace artgen::gui
