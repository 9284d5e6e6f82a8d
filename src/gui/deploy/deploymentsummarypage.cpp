#include "deploymentsummarypage.h"

#include "checklist/checklistreport.h"
#include "deploymentcontroller.h"
#include "ui_deploymentsummarypage.h"

#include <QDir>
#include <QPushButton>

namespace artgen::gui {

using core::StepState;

DeploymentSummaryPage::DeploymentSummaryPage(DeploymentController* controller, QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::DeploymentSummaryPage>()),
      m_controller(controller)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("summaryPage"));
    setFinalPage(true);
    connect(m_controller, &DeploymentController::reportWritten, this,
            &DeploymentSummaryPage::showReport);
    connect(m_ui->rollBack, &QPushButton::clicked, this, &DeploymentSummaryPage::rollBackRequested);
    connect(m_controller, &DeploymentController::runChanged, this,
            &DeploymentSummaryPage::updateRollBack);
    retranslate();
}

DeploymentSummaryPage::~DeploymentSummaryPage() = default;

void DeploymentSummaryPage::retranslate()
{
    setTitle(tr("Summary"));
    setSubTitle(tr("How the deployment ended, and its report."));
    m_ui->rollBack->setText(tr("Roll back…"));
    updateRollBack();
}

void DeploymentSummaryPage::updateRollBack()
{
    const core::ChecklistRun& run = m_controller->run();
    bool failedFrom5 = false;
    for (const core::StepRecord& r : run.steps)
        failedFrom5 = failedFrom5 || (r.id >= 5 && r.state == StepState::Failed);
    const bool rolledBack = run.rollback && run.rollback->state == StepState::Passed;
    const bool offered = run.isDeployment() && failedFrom5 && !rolledBack;
    m_ui->rollBack->setVisible(offered);
    m_ui->rollBack->setEnabled(offered && !m_controller->isBusy());
    m_ui->rollBack->setToolTip(
        tr("Puts back the configuration files of step 1 and the images the stack ran before, "
           "starts them and checks steps 5 to 9 again; shows what it will do first."));
}

void DeploymentSummaryPage::initializePage()
{
    const core::ChecklistRun& run = m_controller->run();
    m_ui->summaryLabel->setText(tr("%1 passed, %2 with warnings, %3 failed, %4 skipped.")
                                    .arg(run.count(StepState::Passed))
                                    .arg(run.count(StepState::Warned))
                                    .arg(run.count(StepState::Failed))
                                    .arg(run.count(StepState::Skipped)));
    // The HTML is built from the run in memory; the files follow from the controller.
    m_ui->report->setHtml(core::ChecklistReport::html(run));
    m_ui->filesLabel->clear();
    m_controller->writeReport();
}

void DeploymentSummaryPage::showReport(const QStringList& files)
{
    QStringList shown;
    for (const QString& f : files)
        shown << QDir::toNativeSeparators(f);
    m_ui->filesLabel->setText(tr("Report saved: %1").arg(shown.join(QStringLiteral(", "))));
}

} // namespace artgen::gui
