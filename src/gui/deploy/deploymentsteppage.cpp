#include "deploymentsteppage.h"

#include "checklist/checklist.h"
#include "checklist/checkliststep.h"
#include "common/jobcontroller.h"
#include "deploymentcontroller.h"
#include "ui_deploymentsteppage.h"

#include <QInputDialog>
#include <QPushButton>

namespace artgen::gui {

using core::StepState;

DeploymentStepPage::DeploymentStepPage(int stepId, DeploymentController* controller,
                                       QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::DeploymentStepPage>()), m_stepId(stepId),
      m_controller(controller)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("step%1Page").arg(stepId));
    connect(m_ui->runStep, &QPushButton::clicked, this, &DeploymentStepPage::run);
    connect(m_ui->runRest, &QPushButton::clicked, this,
            [this] { Q_EMIT runRestRequested(m_stepId); });
    connect(m_ui->skipStep, &QPushButton::clicked, this, &DeploymentStepPage::askSkipReason);
    connect(m_ui->rollBack, &QPushButton::clicked, this, &DeploymentStepPage::rollBackRequested);
    connect(m_ui->stopStep, &QPushButton::clicked, m_controller, &DeploymentController::cancel);
    connect(m_controller, &DeploymentController::runChanged, this, &DeploymentStepPage::refresh);
    connect(m_controller, &DeploymentController::stepStarted, this, [this](int id) {
        if (id == m_stepId)
            m_ui->log->clear();
    });
    connect(m_controller->jobs(), &JobController::linesArrived, this,
            &DeploymentStepPage::appendLines);
    retranslate();
}

DeploymentStepPage::~DeploymentStepPage() = default;

void DeploymentStepPage::retranslate()
{
    const core::ChecklistStep* step = core::Checklist::step(m_stepId);
    setTitle(tr("Step %1 of %2: %3")
                 .arg(m_stepId)
                 .arg(core::ChecklistRun::kLastStep)
                 .arg(step->title()));
    setSubTitle(step->description());
    m_ui->actionLabel->setText(tr("If it fails: %1").arg(step->action()));
    m_ui->runRest->setText(tr("Run the rest"));
    m_ui->runRest->setToolTip(
        tr("Runs this step and the ones after it, and stops at the first that fails."));
    m_ui->skipStep->setText(tr("Skip…"));
    m_ui->rollBack->setText(tr("Roll back…"));
    m_ui->stopStep->setText(tr("Stop"));
    m_ui->evidenceLabel->setText(tr("Evidence:"));
    m_ui->logLabel->setText(tr("Output:"));
    m_ui->runStep->setAccessibleName(tr("Run step %1").arg(m_stepId));
    refresh();
}

bool DeploymentStepPage::isComplete() const
{
    const core::StepRecord* r = m_controller->run().record(m_stepId);
    // "Run the rest" goes on past a done step while later ones run.
    return r && r->isDone() && m_controller->runningStep() != m_stepId;
}

void DeploymentStepPage::initializePage()
{
    m_message.clear();
    refresh();
}

QString DeploymentStepPage::message() const
{
    return m_message;
}

QString DeploymentStepPage::stateText() const
{
    const core::StepRecord* r = m_controller->run().record(m_stepId);
    if (!r)
        return {};
    switch (r->state) {
    case StepState::Pending:
        return tr("Not run yet.");
    case StepState::Running:
        return tr("Running…");
    case StepState::Skipped:
        return tr("Skipped: %1").arg(r->skipReason);
    case StepState::Passed:
    case StepState::Warned:
    case StepState::Failed:
        break;
    }
    const QString took = r->durationMs >= 0
                             ? tr(" (%1)").arg(JobController::durationText(r->durationMs))
                             : QString();
    return tr("%1: %2%3").arg(core::StepRecord::stateLabel(r->state), r->summary, took);
}

void DeploymentStepPage::refresh()
{
    const core::StepRecord* r = m_controller->run().record(m_stepId);
    const bool busy = m_controller->isBusy();
    const bool ran = r && r->state != StepState::Pending;
    m_ui->runStep->setText(ran ? tr("Retry") : tr("Run"));
    m_ui->runStep->setEnabled(!busy);
    m_ui->runRest->setEnabled(!busy);
    m_ui->skipStep->setEnabled(!busy && r && r->state != StepState::Skipped);
    m_ui->stopStep->setEnabled(busy && m_controller->runningStep() == m_stepId);
    updateRollBack(r, busy);
    QString state = stateText();
    if (!m_message.isEmpty())
        state += QLatin1Char('\n') + m_message;
    m_ui->stateLabel->setText(state);
    const QString kind = !r                              ? QString()
                         : r->state == StepState::Failed ? QStringLiteral("color: #b5402f;")
                         : r->state == StepState::Warned ? QStringLiteral("color: #a07000;")
                         : r->state == StepState::Passed ? QStringLiteral("color: #1f8a4c;")
                                                         : QString();
    m_ui->stateLabel->setStyleSheet(kind);
    const QString evidence = r ? r->evidence.join(QLatin1Char('\n')) : QString();
    if (m_ui->evidence->toPlainText() != evidence)
        m_ui->evidence->setPlainText(evidence);
    Q_EMIT completeChanged();
}

// The rollback undoes a deployment the stack runs: from step 5 on, once a step has failed.
void DeploymentStepPage::updateRollBack(const core::StepRecord* record, bool busy)
{
    const bool failed = record && record->state == StepState::Failed;
    const bool rolledBack =
        m_controller->run().rollback && m_controller->run().rollback->state == StepState::Passed;
    m_ui->rollBack->setEnabled(m_stepId >= 5 && failed && !busy && !rolledBack &&
                               m_controller->run().isDeployment());
    if (m_stepId < 5)
        m_ui->rollBack->setToolTip(
            tr("Roll back is offered when a step from 5 on fails: until step 5 starts the stack, "
               "the new configuration does not run. Retry or skip this step, or undo it by hand: "
               "%1")
                .arg(core::Checklist::step(m_stepId)->action()));
    else if (rolledBack)
        m_ui->rollBack->setToolTip(tr("This deployment was rolled back."));
    else if (!failed)
        m_ui->rollBack->setToolTip(tr("Offered when this step fails."));
    else
        m_ui->rollBack->setToolTip(
            tr("Puts back the configuration files of step 1 and the images the stack ran "
               "before, starts them and checks steps 5 to 9 again; shows what it will do first."));
}

void DeploymentStepPage::run()
{
    m_message.clear();
    if (!m_controller->runStep(m_stepId))
        m_message = tr("The step cannot run now: another step is running or no profile is "
                       "active.");
    refresh();
}

void DeploymentStepPage::askSkipReason()
{
    if (m_skipDialog && m_skipDialog->isVisible())
        return;
    m_skipDialog = new QInputDialog(this);
    m_skipDialog->setObjectName(QStringLiteral("skipReasonDialog"));
    m_skipDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_skipDialog->setWindowTitle(tr("Skip step %1").arg(m_stepId));
    m_skipDialog->setLabelText(tr("Why is this step skipped? The reason goes into the report."));
    m_skipDialog->setOkButtonText(tr("Skip"));
    connect(m_skipDialog, &QInputDialog::textValueSelected, this, &DeploymentStepPage::skipWith);
    m_skipDialog->open();
}

void DeploymentStepPage::skipWith(const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        m_message = tr("The step was not skipped: a skipped step needs a reason for the report.");
        refresh();
        return;
    }
    m_message.clear();
    if (!m_controller->skip(m_stepId, reason))
        m_message = tr("The step cannot be skipped while a step runs.");
    refresh();
}

void DeploymentStepPage::appendLines(const QStringList& lines)
{
    // The job's last lines may arrive just after its step ended: they still belong to it.
    if (m_controller->lastStartedStep() != m_stepId)
        return;
    for (const QString& line : lines)
        m_ui->log->appendPlainText(line);
}

} // namespace artgen::gui
