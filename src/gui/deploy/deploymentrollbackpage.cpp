#include "deploymentrollbackpage.h"

#include "checklist/checklist.h"
#include "checklist/checkliststep.h"
#include "checklist/rollbackrecord.h"
#include "common/jobcontroller.h"
#include "deploymentcontroller.h"
#include "stepicon.h"
#include "ui_deploymentrollbackpage.h"

#include <QListWidget>
#include <QPushButton>

namespace artgen::gui {

using core::StepState;

DeploymentRollbackPage::DeploymentRollbackPage(DeploymentController* controller, QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::DeploymentRollbackPage>()),
      m_controller(controller)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("rollbackPage"));
    setFinalPage(true);
    m_ui->stages->setObjectName(QStringLiteral("rollbackStages"));
    m_ui->stages->setIconSize(QSize(16, 16));
    connect(m_ui->stages, &QListWidget::currentRowChanged, this,
            &DeploymentRollbackPage::showEvidence);
    connect(m_ui->stopRollback, &QPushButton::clicked, m_controller, &DeploymentController::cancel);
    connect(m_controller, &DeploymentController::runChanged, this,
            &DeploymentRollbackPage::refresh);
    connect(m_controller->jobs(), &JobController::linesArrived, this,
            &DeploymentRollbackPage::appendLines);
    retranslate();
}

DeploymentRollbackPage::~DeploymentRollbackPage() = default;

void DeploymentRollbackPage::retranslate()
{
    setTitle(tr("Rollback"));
    setSubTitle(tr("The configuration of step 1 and the images the stack ran before, started and "
                   "checked again with steps 5 to 9."));
    m_ui->stopRollback->setText(tr("Stop"));
    m_ui->evidenceLabel->setText(tr("Evidence:"));
    m_ui->logLabel->setText(tr("Output:"));
    refresh();
}

void DeploymentRollbackPage::initializePage()
{
    m_ui->log->clear();
    refresh();
}

bool DeploymentRollbackPage::isComplete() const
{
    return !m_controller->isRollingBack();
}

QString DeploymentRollbackPage::outcome() const
{
    const auto& rollback = m_controller->run().rollback;
    if (!rollback || rollback->state == StepState::Pending)
        return tr("The rollback has not started.");
    if (rollback->state == StepState::Running || m_controller->isRollingBack())
        return tr("Rolling back…");
    if (rollback->state == StepState::Passed)
        return tr("Rolled back: the previous configuration and images run and checks 5–9 pass.");
    for (const auto* list : {&rollback->stages, &rollback->recheck})
        for (const core::StepRecord& r : *list)
            if (r.state == StepState::Failed)
                return tr("The rollback failed at %1: %2")
                    .arg(list == &rollback->stages ? core::RollbackRecord::stageTitle(r.id)
                                                   : tr("check %1").arg(r.id),
                         r.summary);
    return tr("The rollback did not finish: it was stopped.");
}

void DeploymentRollbackPage::addRow(const core::StepRecord& record, bool recheck)
{
    const QString title =
        recheck ? tr("Check %1: %2").arg(record.id).arg(core::Checklist::step(record.id)->title())
                : tr("%1. %2").arg(record.id).arg(core::RollbackRecord::stageTitle(record.id));
    auto* item = new QListWidgetItem(stepIcon(style(), record.state), title, m_ui->stages);
    item->setData(Qt::UserRole, record.evidence.join(u'\n'));
    item->setData(Qt::UserRole + 1, int(record.state));
    item->setData(Qt::UserRole + 2, record.id);
    item->setToolTip(
        record.state == StepState::Pending ? tr("Not run yet")
        : record.state == StepState::Skipped
            ? tr("Skipped: %1").arg(record.skipReason)
            : tr("%1: %2").arg(core::StepRecord::stateLabel(record.state), record.summary));
}

void DeploymentRollbackPage::refresh()
{
    const auto& rollback = m_controller->run().rollback;
    const int row = m_ui->stages->currentRow();
    m_ui->stages->clear();
    if (rollback) {
        for (const core::StepRecord& r : rollback->stages)
            addRow(r, false);
        for (const core::StepRecord& r : rollback->recheck)
            addRow(r, true);
    }
    const bool running = m_controller->isRollingBack();
    m_ui->stages->setCurrentRow(row >= 0  ? std::min(row, m_ui->stages->count() - 1)
                                : running ? -1
                                          : firstFailedRow());
    // Every stage and re-check in view at once.
    m_ui->stages->setFixedHeight(m_ui->stages->count() * m_ui->stages->sizeHintForRow(0) +
                                 2 * m_ui->stages->frameWidth());
    m_ui->stopRollback->setEnabled(running);
    m_ui->outcomeLabel->setText(outcome());
    const StepState state = rollback ? rollback->state : StepState::Pending;
    m_ui->outcomeLabel->setStyleSheet(
        running                      ? QString()
        : state == StepState::Passed ? QStringLiteral("color: #1f8a4c;")
        : state == StepState::Failed ? QStringLiteral("color: #b5402f;")
                                     : QString());
    showEvidence();
    Q_EMIT completeChanged();
}

// Where a finished rollback went wrong, else its last re-check: what to read first.
int DeploymentRollbackPage::firstFailedRow() const
{
    for (int row = 0; row < m_ui->stages->count(); ++row)
        if (m_ui->stages->item(row)->data(Qt::UserRole + 1).toInt() == int(StepState::Failed))
            return row;
    return m_ui->stages->count() - 1;
}

void DeploymentRollbackPage::showEvidence()
{
    const QListWidgetItem* item = m_ui->stages->currentItem();
    const QString text =
        item ? item->toolTip() + u'\n' + item->data(Qt::UserRole).toString() : QString();
    if (m_ui->evidence->toPlainText() != text)
        m_ui->evidence->setPlainText(text);
}

void DeploymentRollbackPage::appendLines(const QStringList& lines)
{
    if (!m_controller->isRollingBack())
        return;
    for (const QString& line : lines)
        m_ui->log->appendPlainText(line);
}

} // namespace artgen::gui
