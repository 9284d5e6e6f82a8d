#include "deploymentsummarypage.h"

#include "checklist/checklistreport.h"
#include "deploymentcontroller.h"
#include "ui_deploymentsummarypage.h"

#include <QDir>

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
    retranslate();
}

DeploymentSummaryPage::~DeploymentSummaryPage() = default;

void DeploymentSummaryPage::retranslate()
{
    setTitle(tr("Summary"));
    setSubTitle(tr("How the deployment ended, and its report."));
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
