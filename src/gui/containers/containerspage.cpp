#include "containerspage.h"

#include "common/connectionbanner.h"
#include "common/jobcontroller.h"
#include "common/joboutputpane.h"
#include "common/recordtableview.h"
#include "compose/composejob.h"
#include "containersmodel.h"
#include "docker/containermap.h"
#include "docker/dockerclient.h"
#include "docker/stackmonitor.h"
#include "docker/workerinspector.h"
#include "processesdialog.h"
#include "rundialog.h"
#include "session/activeservices.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace artgen::gui {

ContainersPage::ContainersPage(core::ActiveServices& services, core::JobRunner& jobs,
                               QWidget* parent)
    : QWidget(parent), m_active(services), m_jobs(new JobController(jobs, this))
{
    buildUi();
    retranslate();
    connect(&m_active, &core::ActiveServices::switched, this, &ContainersPage::reloadProfile);
    reloadProfile();
}

ContainersPage::~ContainersPage()
{
    stopMonitor();
}

void ContainersPage::buildUi()
{
    auto* root = new QVBoxLayout(this);
    m_banner = new ConnectionBanner(this);
    root->addWidget(m_banner);

    auto* stackRow = new QHBoxLayout;
    m_up = new QPushButton(this);
    m_down = new QPushButton(this);
    m_build = new QPushButton(this);
    m_noCache = new QCheckBox(this);
    m_restartAll = new QPushButton(this);
    m_cancelJob = new QPushButton(this);
    m_cancelJob->hide();
    for (QWidget* w : std::initializer_list<QWidget*>{m_up, m_down, m_build, m_noCache,
                                                      m_restartAll, m_cancelJob})
        stackRow->addWidget(w);
    stackRow->addStretch();
    m_workers = new QLabel(this);
    m_workers->setObjectName(QStringLiteral("workersSummary"));
    stackRow->addWidget(m_workers);
    root->addLayout(stackRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new ContainersModel(this);
    m_table = new RecordTableView(top);
    m_table->setObjectName(QStringLiteral("containersTable"));
    m_table->setModel(m_model);
    topLayout->addWidget(m_table);
    auto* rowActions = new QHBoxLayout;
    m_start = new QPushButton(top);
    m_stop = new QPushButton(top);
    m_restart = new QPushButton(top);
    m_top = new QPushButton(top);
    m_exec = new QPushButton(top);
    m_logs = new QPushButton(top);
    m_top->setObjectName(QStringLiteral("processes"));
    m_exec->setObjectName(QStringLiteral("runCommand"));
    m_logs->setObjectName(QStringLiteral("logs"));
    for (QPushButton* b : {m_start, m_stop, m_restart, m_top, m_exec, m_logs})
        rowActions->addWidget(b);
    rowActions->addStretch();
    topLayout->addLayout(rowActions);

    m_output = new JobOutputPane(splitter);
    m_output->follow(m_jobs);
    splitter->addWidget(top);
    splitter->addWidget(m_output);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    root->addWidget(splitter, 1);

    using Op = core::ComposeJob::Operation;
    connect(m_up, &QPushButton::clicked, this, [this] { runCompose(int(Op::Up)); });
    connect(m_down, &QPushButton::clicked, this, [this] { runCompose(int(Op::Down)); });
    connect(m_build, &QPushButton::clicked, this, [this] { runCompose(int(Op::Build)); });
    connect(m_restartAll, &QPushButton::clicked, this, [this] { runCompose(int(Op::Restart)); });
    connect(m_cancelJob, &QPushButton::clicked, m_jobs, &JobController::cancel);
    connect(m_jobs, &JobController::finished, this, [this] {
        updateButtons();
        if (m_monitor)
            QMetaObject::invokeMethod(m_monitor.get(), &core::StackMonitor::refresh,
                                      Qt::QueuedConnection);
    });
    using A = core::DockerClient::Action;
    connect(m_start, &QPushButton::clicked, this, [this] { actOnSelected(int(A::Start)); });
    connect(m_stop, &QPushButton::clicked, this, [this] { actOnSelected(int(A::Stop)); });
    connect(m_restart, &QPushButton::clicked, this, [this] { actOnSelected(int(A::Restart)); });
    connect(m_top, &QPushButton::clicked, this, &ContainersPage::showProcesses);
    connect(m_exec, &QPushButton::clicked, this, &ContainersPage::runCommand);
    connect(m_logs, &QPushButton::clicked, this, &ContainersPage::showLogs);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContainersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContainersPage::updateButtons);
    updateButtons();
}

void ContainersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ContainersPage::retranslate()
{
    m_up->setText(tr("Up"));
    m_up->setToolTip(tr("Create and start every service (docker-compose up -d)."));
    m_down->setText(tr("Down…"));
    m_down->setToolTip(tr("Stop and remove the stack's containers (docker-compose down)."));
    m_build->setText(tr("Build…"));
    m_build->setToolTip(tr("Rebuild the images (docker-compose build)."));
    m_noCache->setText(tr("no cache"));
    m_restartAll->setText(tr("Restart all"));
    m_cancelJob->setText(tr("Cancel"));
    m_start->setText(tr("Start"));
    m_stop->setText(tr("Stop"));
    m_restart->setText(tr("Restart"));
    m_top->setText(tr("Processes…"));
    m_exec->setText(tr("Run command…"));
    m_logs->setText(tr("Logs…"));
    m_logs->setToolTip(tr("Open the Logs page on this container's log."));
    m_output->retranslate();
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, ContainersModel::ColumnCount - 1);
    refreshWorkers();
}

void ContainersPage::reloadProfile()
{
    // The old profile's monitor is stopped before its services are let go (they are deleted
    // after the stop, on the same thread).
    stopMonitor();
    m_services = m_active.current();
    m_profile = m_services->profile();
    m_model->setStatus({});
    m_banner->showProblem(QString());
    m_workers->clear();
    updateButtons();
    if (!m_services->hasProfile())
        return;
    startMonitor();
    refreshWorkers();
}

void ContainersPage::startMonitor()
{
    core::DockerClient& docker = m_services->docker();
    m_monitor.reset(new core::StackMonitor(docker, m_profile), docker.thread());
    m_monitor.connect(&core::StackMonitor::snapshot, this, &ContainersPage::onSnapshot);
    m_monitor.connect(&core::StackMonitor::connectionChanged, this, &ContainersPage::onConnection);
    // The workers summary counts the worker roles' containers: only their starts and deaths
    // change it, whatever other services the stack has.
    const QStringList workers =
        core::ContainerMap(m_profile).containers(core::StackRoles::workers());
    m_monitor.connect(
        &core::StackMonitor::containerEvent, this,
        [this, workers](const QString&, const QString& container, const QString& action) {
            if (workers.contains(container) &&
                (action == QStringLiteral("start") || action == QStringLiteral("die")))
                refreshWorkers();
        });
    m_monitor.start();
}

void ContainersPage::stopMonitor()
{
    // Stopped and deleted on its own thread, where its streams live.
    m_monitor.stop();
}

void ContainersPage::onSnapshot(const core::StackStatus& status)
{
    m_model->setStatus(status);
    updateButtons();
}

void ContainersPage::onConnection(bool connected, const core::Error& error)
{
    m_banner->showProblem(connected ? QString() : tr("%1 Reconnecting…").arg(error.message()));
    updateButtons();
}

const core::ServiceStatus* ContainersPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->serviceAt(rows.first().row());
}

void ContainersPage::updateButtons()
{
    const core::ServiceStatus* s = selected();
    const bool exists =
        s && s->state != QStringLiteral("missing") && s->state != QStringLiteral("unknown");
    const bool running = exists && s->state == QStringLiteral("running");
    m_start->setEnabled(exists && !running);
    m_stop->setEnabled(running);
    m_restart->setEnabled(exists);
    m_top->setEnabled(running);
    m_exec->setEnabled(running);
    m_logs->setEnabled(exists);
    const bool busy = m_jobs->isRunning();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_up, m_down, m_build, m_noCache, m_restartAll})
        w->setEnabled(!busy && !m_profile.name.isEmpty());
    m_cancelJob->setVisible(busy);
}

void ContainersPage::actOnSelected(int action)
{
    const core::ServiceStatus* s = selected();
    if (!s)
        return;
    const QString container = s->container;
    const auto a = core::DockerClient::Action(action);
    const QString verb = a == core::DockerClient::Action::Start  ? tr("Starting %1…")
                         : a == core::DockerClient::Action::Stop ? tr("Stopping %1…")
                                                                 : tr("Restarting %1…");
    appendOutput({verb.arg(container)});
    m_services->docker()
        .act(container, a)
        .then(this, [this, container, services = m_services](const core::Status& st) {
            if (services == m_services)
                appendOutput({st ? tr("%1: done.").arg(container) : st.error().message()});
        });
}

void ContainersPage::showProcesses()
{
    if (const core::ServiceStatus* s = selected()) {
        auto* dialog = new ProcessesDialog(m_services, s->container, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
}

void ContainersPage::showLogs()
{
    if (const core::ServiceStatus* s = selected())
        Q_EMIT logsRequested(s->service);
}

void ContainersPage::runCommand()
{
    if (const core::ServiceStatus* s = selected()) {
        auto* dialog = new RunDialog(m_services, s->container, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
}

void ContainersPage::confirmThen(const QString& title, const QString& text, const QString& okText,
                                 std::function<void()> then)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    QPushButton* ok = box->addButton(okText, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [ok, then](QAbstractButton* b) {
        if (b == ok)
            then();
    });
    box->open();
}

void ContainersPage::runCompose(int operation)
{
    using Op = core::ComposeJob::Operation;
    const auto op = Op(operation);
    auto start = [this, op] {
        std::shared_ptr<core::ComposeJob> job;
        switch (op) {
        case Op::Up:
            job = core::ComposeJob::up(m_profile);
            break;
        case Op::Down:
            job = core::ComposeJob::down(m_profile);
            break;
        case Op::Build:
            job = core::ComposeJob::build(m_profile, {}, m_noCache->isChecked());
            break;
        default:
            job = core::ComposeJob::restart(m_profile);
        }
        m_jobs->run(std::move(job), m_services);
        updateButtons();
    };
    if (op == Op::Down) {
        confirmThen(tr("Bring the stack down?"),
                    tr("This stops and removes the containers of “%1” (compose project %2). The "
                       "API is unavailable until the stack is brought up again. Data volumes "
                       "(the database, Redis) are kept.")
                        .arg(m_profile.name, m_profile.projectName),
                    tr("Bring down"), start);
    } else if (op == Op::Build) {
        confirmThen(
            tr("Rebuild the images?"),
            m_noCache->isChecked()
                ? tr("This rebuilds every image from scratch without the cache; it can take "
                     "several minutes. Running containers keep the old images until the "
                     "stack is brought up again.")
                : tr("This rebuilds the images. Running containers keep the old images "
                     "until the stack is brought up again."),
            tr("Build"), start);
    } else {
        start();
    }
}

void ContainersPage::appendOutput(const QStringList& lines)
{
    m_output->append(lines);
}

void ContainersPage::refreshWorkers()
{
    if (m_profile.name.isEmpty())
        return;
    // The services are held until the answer: the inspector reads the client on the way.
    core::WorkerInspector(m_services->docker())
        .inspect(m_profile)
        .then(this, [this, services = m_services](const core::Result<core::WorkerReport>& r) {
            if (services != m_services)
                return; // the other profile's count
            if (!r) {
                // Not counted: never leave an old count standing as if it were current.
                m_workers->setText(tr("Workers: unknown"));
                m_workers->setToolTip(r.error().message());
                return;
            }
            const auto mark = [](bool ok) {
                return ok ? QStringLiteral("✔") : QStringLiteral("✘");
            };
            const auto exp = [this](int n) {
                return n < 0 ? tr("?") : QString::number(n);
            };
            m_workers->setText(tr("gunicorn: 1 + %1 of %2 %3   Celery: %4 of %5 %6")
                                   .arg(r->gunicornWorkers)
                                   .arg(exp(r->expectedGunicornWorkers), mark(r->gunicornOk()))
                                   .arg(r->celeryWorkers)
                                   .arg(exp(r->expectedCeleryConcurrency), mark(r->celeryOk())));
            m_workers->setToolTip(
                tr("gunicorn masters: %1. Measured from the containers' process tables.")
                    .arg(r->gunicornMasters));
        });
}

} // namespace artgen::gui
