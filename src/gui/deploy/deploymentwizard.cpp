#include "deploymentwizard.h"

#include "checklist/checklist.h"
#include "checklist/checkliststep.h"
#include "common/typedconfirmdialog.h"
#include "deploymentcontroller.h"
#include "deploymentintropage.h"
#include "deploymentrollbackpage.h"
#include "deploymentsteppage.h"
#include "deploymentsummarypage.h"
#include "rollbackdialog.h"
#include "session/profileservices.h"
#include "stepicon.h"

#include <QEvent>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>

namespace artgen::gui {

using core::StepState;

DeploymentWizard::DeploymentWizard(std::shared_ptr<core::ProfileServices> services,
                                   core::JobRunner& jobs, const core::ChecklistRun& run,
                                   const core::ChecklistOptions& options, const QString& folder,
                                   bool resumed, QWidget* parent)
    : QWizard(parent), m_controller(new DeploymentController(jobs, this))
{
    setObjectName(QStringLiteral("deploymentWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_controller->setServices(std::move(services));
    m_controller->setFolder(folder);
    // A resumed run makes the choices it was started with (no rebuild, no load test, …).
    m_controller->setOptions(resumed ? options.withChoices(run.options) : options);
    m_controller->setRun(run);
    if (!resumed) {
        m_intro = new DeploymentIntroPage(this);
        setPage(kIntroId, m_intro);
    }
    for (int id = run.first; id <= run.last; ++id) {
        auto* page = new DeploymentStepPage(id, m_controller, this);
        connect(page, &DeploymentStepPage::runRestRequested, this, &DeploymentWizard::runRest);
        connect(page, &DeploymentStepPage::rollBackRequested, this,
                &DeploymentWizard::askToRollBack);
        setPage(id, page);
    }
    setPage(kSummaryId, new DeploymentSummaryPage(m_controller, this));
    m_rollbackPage = new DeploymentRollbackPage(m_controller, this);
    setPage(kRollbackId, m_rollbackPage);
    const int resumeAt = run.resumeStep();
    setStartId(!resumed ? kIntroId : resumeAt > 0 ? resumeAt : kSummaryId);
    buildSideList();

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        // Leaving the intro page: the run takes its choices.
        if (m_intro && id != kIntroId)
            m_controller->setOptions(m_intro->options(m_controller->options()));
        if (id == kRollbackId)
            m_toRollback = false;
        refreshSideList();
    });
    connect(m_controller, &DeploymentController::runChanged, this,
            &DeploymentWizard::refreshSideList);
    connect(m_controller, &DeploymentController::stepStarted, this, [this](int id) {
        if (m_following)
            followTo(id);
    });
    connect(m_controller, &DeploymentController::stepFinished, this, &DeploymentWizard::runUpdated);
    connect(m_controller, &DeploymentController::reportWritten, this,
            &DeploymentWizard::runUpdated);
    // The job has saved the run and its report by then.
    connect(m_controller, &DeploymentController::jobEnded, this, &DeploymentWizard::runUpdated);
    connect(m_controller, &DeploymentController::jobEnded, this, &DeploymentWizard::onJobEnded);
    retranslate();
    resize(960, 680);
}

DeploymentWizard::~DeploymentWizard() = default;

DeploymentStepPage* DeploymentWizard::stepPage(int id) const
{
    return qobject_cast<DeploymentStepPage*>(page(id));
}

QMessageBox* DeploymentWizard::closeQuestion() const
{
    return m_question;
}

RollbackDialog* DeploymentWizard::rollbackDialog() const
{
    return m_rollbackDialog.data();
}

int DeploymentWizard::nextId() const
{
    if (m_toRollback && currentId() != kRollbackId)
        return kRollbackId;
    // The rollback page is reached only through a rollback, never by Next.
    const int next = QWizard::nextId();
    return next == kRollbackId ? -1 : next;
}

void DeploymentWizard::askToRollBack()
{
    if (m_rollbackDialog || m_controller->isBusy())
        return;
    m_rollbackDialog = new RollbackDialog(this);
    m_rollbackDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_controller, &DeploymentController::rollbackPlanned, m_rollbackDialog,
            &RollbackDialog::setPlan);
    connect(m_rollbackDialog, &RollbackDialog::rollbackRequested, this,
            &DeploymentWizard::confirmRollback);
    m_controller->planRollback();
    m_rollbackDialog->open();
}

// A rollback stops and recreates every container: on production, the profile's name first.
void DeploymentWizard::confirmRollback(const core::RollbackOptions& options)
{
    const auto services = m_controller->services();
    if (!services || !services->hasProfile())
        return;
    TypedConfirmDialog::guard(
        this, services->profile(), tr("Roll back the deployment?"),
        options.restoreBackup
            ? tr("The containers are recreated from the previous configuration and images, and "
                 "the database %1 is restored from step 1's backup: what was written since is "
                 "lost.")
                  .arg(options.confirmedDatabase)
            : tr("The containers are recreated from the previous configuration and images; "
                 "requests fail until they are healthy again."),
        tr("Roll back"), [wizard = QPointer(this), options] {
            if (wizard)
                wizard->startRollback(options);
        });
}

void DeploymentWizard::startRollback(const core::RollbackOptions& options)
{
    m_following = false;
    if (!m_controller->rollBack(options))
        return;
    m_toRollback = true;
    next();
}

void DeploymentWizard::buildSideList()
{
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setIconSize(QSize(16, 16));
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const core::ChecklistRun& run = m_controller->run();
    for (int id = run.first; id <= run.last; ++id) {
        auto* item = new QListWidgetItem(m_steps);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    // Shown, not a way to jump: the wizard's order is the checklist's, so a click only
    // brings the selection back to where the run stands.
    connect(m_steps, &QListWidget::itemClicked, this, &DeploymentWizard::refreshSideList);
    setSideWidget(m_steps);
}

void DeploymentWizard::refreshSideList()
{
    const core::ChecklistRun& run = m_controller->run();
    for (int row = 0; row < m_steps->count(); ++row) {
        QListWidgetItem* item = m_steps->item(row);
        const int id = item->data(Qt::UserRole).toInt();
        const core::StepRecord* r = run.record(id);
        const StepState state = r ? r->state : StepState::Pending;
        item->setText(tr("%1. %2").arg(id).arg(core::Checklist::step(id)->title()));
        item->setIcon(stepIcon(style(), state));
        item->setData(Qt::UserRole + 1, int(state));
        item->setToolTip(state == StepState::Pending ? tr("Not run yet")
                         : state == StepState::Skipped
                             ? tr("Skipped: %1").arg(r->skipReason)
                             : tr("%1: %2").arg(core::StepRecord::stateLabel(state), r->summary));
        QFont f = item->font();
        f.setBold(id == currentId());
        item->setFont(f);
        item->setSelected(id == currentId());
    }
    // Every title whole, in either language and with the current step in bold.
    m_steps->setMinimumWidth(m_steps->sizeHintForColumn(0) + 2 * m_steps->frameWidth() +
                             m_steps->verticalScrollBar()->sizeHint().width());
}

void DeploymentWizard::retranslate()
{
    setWindowTitle(tr("Deployment — %1").arg(m_controller->run().profile));
    setButtonText(QWizard::FinishButton, tr("Close"));
    refreshSideList();
}

void DeploymentWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_intro)
            m_intro->retranslate();
        for (int id : pageIds())
            if (auto* p = stepPage(id))
                p->retranslate();
        if (auto* summary = qobject_cast<DeploymentSummaryPage*>(page(kSummaryId)))
            summary->retranslate();
        m_rollbackPage->retranslate();
    }
    QWizard::changeEvent(event);
}

void DeploymentWizard::runRest(int fromStep)
{
    m_following = m_controller->runFrom(fromStep, true);
}

void DeploymentWizard::followTo(int stepId)
{
    // Next only where a step is done: the wizard never passes a step that failed.
    while (currentId() < stepId && currentId() != kSummaryId && currentPage()->isComplete())
        next();
}

void DeploymentWizard::onJobEnded()
{
    if (m_closing) {
        QWizard::reject();
        return;
    }
    if (m_following && m_controller->run().isComplete())
        followTo(kSummaryId);
    m_following = false;
}

bool DeploymentWizard::hasSomethingToLose() const
{
    const core::ChecklistRun& run = m_controller->run();
    // A deployment rolled back (or whose rollback failed) has ended; there is nothing to resume.
    if (run.rollback &&
        (run.rollback->state == StepState::Passed || run.rollback->state == StepState::Failed))
        return m_controller->isBusy();
    const bool started = run.count(StepState::Pending) < int(run.steps.size());
    return m_controller->isBusy() || (started && !run.isComplete());
}

void DeploymentWizard::reject()
{
    if (m_closing)
        return;
    if (!hasSomethingToLose()) {
        QWizard::reject();
        return;
    }
    askToClose();
}

void DeploymentWizard::askToClose()
{
    if (m_question)
        return;
    const int at = m_controller->runningStep() ? m_controller->runningStep()
                                               : m_controller->run().resumeStep();
    m_question = new QMessageBox(QMessageBox::Question, tr("Close the deployment?"),
                                 m_controller->isBusy()
                                     ? tr("Step %1 is running. It will be stopped; the run is "
                                          "saved and Resume on the Deployment page starts again "
                                          "at step %1.")
                                           .arg(at)
                                     : tr("The run is not finished. It is saved, and Resume on "
                                          "the Deployment page continues at step %1.")
                                           .arg(at),
                                 QMessageBox::NoButton, this);
    m_question->setObjectName(QStringLiteral("closeWizardQuestion"));
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* close =
        m_question->addButton(tr("Close and resume later"), QMessageBox::AcceptRole);
    close->setObjectName(QStringLiteral("confirmClose"));
    m_question->addButton(tr("Keep going"), QMessageBox::RejectRole)
        ->setObjectName(QStringLiteral("keepGoing"));
    connect(m_question, &QMessageBox::finished, this, [this, close] {
        const bool confirmed = m_question && m_question->clickedButton() == close;
        m_question = nullptr;
        if (!confirmed)
            return;
        m_closing = true;
        if (m_controller->isBusy())
            m_controller->cancel(); // closes when the job has stopped (onJobEnded)
        else
            QWizard::reject();
    });
    m_question->open();
}

} // namespace artgen::gui
