#pragma once

#include "checklist/checklistoptions.h"
#include "checklist/checklistrun.h"
#include "checklist/rollbackoptions.h"

#include <QPointer>
#include <QWizard>
#include <memory>

class QListWidget;
class QMessageBox;

namespace artgen::core {
class JobRunner;
class ProfileServices;
} // namespace artgen::core

namespace artgen::gui {

class DeploymentController;
class DeploymentIntroPage;
class DeploymentRollbackPage;
class DeploymentStepPage;
class RollbackDialog;

// The guided deployment: an intro page with the run's choices (a new run only), one page per
// checklist step of the run, and a summary with the report. The steps and where the run stands
// are always in view in a side list. A resumed run opens at the step it was in, the steps done
// before shown as they ended. Closing while the run is unfinished asks first; the run stays
// saved, and a running step is stopped, so Resume continues from there. When a step from 5 on
// has failed, Roll back shows what a rollback would do (RollbackDialog), and, once confirmed
// (the profile's name typed on a production profile), runs it on the rollback page. Open it
// with open().
class DeploymentWizard : public QWizard
{
    Q_OBJECT

public:
    static constexpr int kIntroId = 0;
    static constexpr int kSummaryId = 100;
    static constexpr int kRollbackId = 200;

    // `resumed`: `run` was loaded to continue; no intro page, it opens at its resume step.
    DeploymentWizard(std::shared_ptr<core::ProfileServices> services, core::JobRunner& jobs,
                     const core::ChecklistRun& run, const core::ChecklistOptions& options,
                     const QString& folder, bool resumed, QWidget* parent = nullptr);
    ~DeploymentWizard() override;

    DeploymentController* controller() const { return m_controller; }
    QListWidget* stepList() const { return m_steps; }
    DeploymentStepPage* stepPage(int id) const;
    // The "close while unfinished?" question while it is open, else null.
    QMessageBox* closeQuestion() const;
    // The Roll back dialog while it is open, else null.
    RollbackDialog* rollbackDialog() const;
    DeploymentRollbackPage* rollbackPage() const { return m_rollbackPage; }

    int nextId() const override;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // The run was saved or changed on disk (a step ended, was skipped, a report written).
    void runUpdated();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildSideList();
    void refreshSideList();
    void retranslate();
    void runRest(int fromStep);
    void followTo(int stepId);
    void onJobEnded();
    void askToClose();
    bool hasSomethingToLose() const;
    void askToRollBack();
    void confirmRollback(const core::RollbackOptions& options);
    void startRollback(const core::RollbackOptions& options);

    DeploymentController* m_controller;
    DeploymentIntroPage* m_intro = nullptr;
    QListWidget* m_steps = nullptr;
    QMessageBox* m_question = nullptr;
    DeploymentRollbackPage* m_rollbackPage = nullptr;
    QPointer<RollbackDialog> m_rollbackDialog;
    bool m_toRollback = false; // the rollback started: Next goes to its page
    bool m_following = false;  // "Run the rest" is under way: the pages follow the steps
    bool m_closing = false;    // closing was confirmed; waiting for the step to stop
};

} // namespace artgen::gui
