#include "containerspage.h"

#include "common/connectionbanner.h"
#include "common/jobcontroller.h"
#include "common/joboutputpane.h"
#include "common/recordtableview.h"
#include "common/verdictlabel.h"
#include "compose/composejob.h"
#include "containerdetailsdialog.h"
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
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QTimer>
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
    m_down->setObjectName(QStringLiteral("composeDown"));
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
    m_remeasure = new QTimer(this);
    m_remeasure->setSingleShot(true);
    m_remeasure->setInterval(core::WorkerCountTracker::remeasureMs);
    connect(m_remeasure, &QTimer::timeout, this, &ContainersPage::refreshWorkers);
    root->addLayout(stackRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_verdictLabel = new VerdictLabel(top);
    m_verdictLabel->setObjectName(QStringLiteral("stackVerdict"));
    topLayout->addWidget(m_verdictLabel);
    m_model = new ContainersModel(this);
    m_table = new RecordTableView(top);
    m_table->setObjectName(QStringLiteral("containersTable"));
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ContainersModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_sorted);
    // The stack's order until a header is clicked; a third click goes back to it.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->setSortingEnabled(true);
    // Sized when the rows change, not on every 2-second update: CPU and uptime would make
    // the columns jump.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContainersPage::fitColumns);
    topLayout->addWidget(m_table);
    auto* rowActions = new QHBoxLayout;
    m_start = new QPushButton(top);
    m_stop = new QPushButton(top);
    m_stop->setObjectName(QStringLiteral("stopContainer"));
    m_restart = new QPushButton(top);
    m_top = new QPushButton(top);
    m_details = new QPushButton(top);
    m_details->setObjectName(QStringLiteral("details"));
    m_exec = new QPushButton(top);
    m_logs = new QPushButton(top);
    m_top->setObjectName(QStringLiteral("processes"));
    m_exec->setObjectName(QStringLiteral("runCommand"));
    m_logs->setObjectName(QStringLiteral("logs"));
    for (QPushButton* b : {m_start, m_stop, m_restart, m_details, m_top, m_exec, m_logs})
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
    connect(m_details, &QPushButton::clicked, this, &ContainersPage::showDetails);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &ContainersPage::showDetails);
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
    // Not "Stop": that is the one container's action below, and this removes every container.
    m_down->setText(tr("Bring down (compose down)…"));
    m_down->setToolTip(tr("Stop and remove all the stack's containers (docker-compose down)."));
    m_build->setText(tr("Build…"));
    m_build->setToolTip(tr("Rebuild the images (docker-compose build)."));
    m_noCache->setText(tr("no cache"));
    m_restartAll->setText(tr("Restart all"));
    m_cancelJob->setText(tr("Cancel"));
    m_start->setText(tr("Start"));
    m_stop->setText(tr("Stop"));
    m_restart->setText(tr("Restart"));
    m_top->setText(tr("Processes…"));
    m_details->setText(tr("Details…"));
    m_exec->setText(tr("Run command…"));
    m_logs->setText(tr("Logs…"));
    m_logs->setToolTip(tr("Open the Logs page on this container's log."));
    m_output->retranslate();
    showVerdict();
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, ContainersModel::ColumnCount - 1);
    refreshWorkers();
}

void ContainersPage::reloadProfile()
{
    // The old profile's monitor is stopped before its services are let go (they are deleted
    // after the stop, on the same thread).
    stopMonitor();
    m_services = m_active.current();
    m_model->setStatus({});
    m_verdict = {};
    showVerdict();
    m_banner->showProblem(QString());
    m_workers->clear();
    m_workerCount = {};
    m_remeasure->stop();
    m_measuring = m_measureAgain = false; // the old profile's answer is dropped
    updateButtons();
    if (!m_services->hasProfile())
        return;
    startMonitor();
    refreshWorkers();
}

void ContainersPage::startMonitor()
{
    core::DockerClient& docker = m_services->docker();
    m_monitor.reset(new core::StackMonitor(docker, profile()), docker.thread());
    m_monitor.connect(&core::StackMonitor::snapshot, this, &ContainersPage::onSnapshot);
    m_monitor.connect(&core::StackMonitor::connectionChanged, this, &ContainersPage::onConnection);
    // The workers summary counts the worker roles' containers: only their starts, deaths and
    // health changes change it, whatever other services the stack has.
    const QStringList workers =
        core::ContainerMap(profile()).containers(core::StackRoles::workers());
    m_monitor.connect(
        &core::StackMonitor::containerEvent, this,
        [this, workers](const QString&, const QString& container, const QString& action) {
            if (!workers.contains(container) ||
                !(action == QStringLiteral("start") || action == QStringLiteral("die") ||
                  action == QStringLiteral("restart") ||
                  action.startsWith(QStringLiteral("health_status"))))
                return;
            m_workerCount.changed(QDateTime::currentDateTimeUtc());
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
    const core::StackVerdict verdict = core::StackVerdict::of(status);
    if (!(verdict == m_verdict)) {
        m_verdict = verdict;
        showVerdict();
    }
    showWorkers(); // a container leaving its start period changes "starting" to a verdict
}

void ContainersPage::showVerdict()
{
    using L = core::StackVerdict::Level;
    const L level = m_verdict.level();
    if (level == L::Unknown) {
        m_verdictLabel->hide();
    } else {
        const auto kind = level == L::Healthy    ? VerdictLabel::Kind::Success
                          : level == L::Starting ? VerdictLabel::Kind::Warning
                                                 : VerdictLabel::Kind::Failure;
        m_verdictLabel->showVerdict(kind, m_verdict.summary().toHtmlEscaped());
    }
    Q_EMIT verdictChanged(m_verdict);
}

void ContainersPage::onConnection(bool connected, const core::Error& error)
{
    m_banner->showProblem(connected ? QString() : tr("%1 Reconnecting…").arg(error.message()));
    updateButtons();
}

const core::ServiceStatus* ContainersPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->serviceAt(m_sorted->mapToSource(rows.first()).row());
}

void ContainersPage::fitColumns()
{
    m_table->resizeColumnsToContents();
    // Room for a CPU figure or a memory size one digit longer than today's.
    QHeaderView* header = m_table->horizontalHeader();
    const int slack = m_table->fontMetrics().horizontalAdvance(QStringLiteral("00"));
    for (int c = 0; c < ContainersModel::ColumnCount - 1; ++c)
        header->resizeSection(c, header->sectionSize(c) + slack);
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
    m_details->setEnabled(exists);
    m_exec->setEnabled(running);
    m_logs->setEnabled(exists);
    const bool busy = m_jobs->isRunning();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_up, m_down, m_build, m_noCache, m_restartAll})
        w->setEnabled(!busy && !profile().name.isEmpty());
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

void ContainersPage::showDetails()
{
    const core::ServiceStatus* s = selected();
    if (!s || s->state == QStringLiteral("missing") || s->state == QStringLiteral("unknown"))
        return;
    auto* dialog = new ContainerDetailsDialog(m_services, s->container, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ContainersPage::showLogs()
{
    if (const core::ServiceStatus* s = selected())
        Q_EMIT logsRequested(s->service);
}

void ContainersPage::runCommand()
{
    if (const core::ServiceStatus* s = selected()) {
        auto* dialog = new RunDialog(m_services, s->container, m_settings, this);
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

const core::Profile& ContainersPage::profile() const
{
    static const core::Profile none;
    return m_services ? m_services->profile() : none;
}

void ContainersPage::runCompose(int operation)
{
    using Op = core::ComposeJob::Operation;
    const auto op = Op(operation);
    // Acts on the profile the question named: a switch while it is open cancels it.
    auto start = [this, op, services = m_services] {
        if (services != m_services) {
            appendOutput({tr("Nothing was done: the active profile changed while the question "
                             "was open.")});
            return;
        }
        const core::Profile& profile = services->profile();
        std::shared_ptr<core::ComposeJob> job;
        switch (op) {
        case Op::Up:
            job = core::ComposeJob::up(profile);
            break;
        case Op::Down:
            job = core::ComposeJob::down(profile);
            break;
        case Op::Build:
            job = core::ComposeJob::build(profile, {}, m_noCache->isChecked());
            break;
        default:
            job = core::ComposeJob::restart(profile);
        }
        m_jobs->run(std::move(job), m_services);
        updateButtons();
    };
    if (op == Op::Down) {
        confirmThen(tr("Bring the whole stack down (compose down)?"),
                    tr("This stops and removes every container of “%1” (compose project %2), "
                       "not just the selected one. The API is unavailable until the stack is "
                       "brought up again with Up. Data volumes (the database, Redis) are kept.")
                        .arg(profile().name, profile().projectName),
                    tr("Bring the stack down"), start);
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
    if (profile().name.isEmpty())
        return;
    if (m_measuring) {
        // One measurement at a time: "two consecutive agree" means two moments apart.
        m_measureAgain = true;
        return;
    }
    m_measuring = true;
    m_remeasure->stop();
    // The services are held until the answer: the inspector reads the client on the way.
    core::WorkerInspector(m_services->docker())
        .inspect(profile())
        .then(this, [this, services = m_services](const core::Result<core::WorkerReport>& r) {
            if (services == m_services) // else the other profile's count
                onWorkersMeasured(r);
        });
}

void ContainersPage::onWorkersMeasured(const core::Result<core::WorkerReport>& r)
{
    m_measuring = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!r) {
        // Not counted: never leave an old count standing as if it were current.
        m_workerCount.failed();
        m_workers->setText(tr("Workers: unknown"));
        m_workers->setToolTip(r.error().message());
    } else {
        m_workerCount.record(*r, now);
        showWorkers();
    }
    if (m_measureAgain) {
        m_measureAgain = false;
        refreshWorkers();
    } else if (m_workerCount.wantsAnother(now)) {
        m_remeasure->start();
    }
}

QString ContainersPage::workerMark(bool countOk, core::StackRole role) const
{
    const QString container = core::ContainerMap(profile()).container(role);
    const core::ServiceStatus* status = nullptr;
    for (const core::ServiceStatus& s : m_model->status().services)
        if (s.container == container)
            status = &s;
    switch (core::WorkerCountTracker::mark(countOk, status, QDateTime::currentDateTimeUtc())) {
    case core::WorkerCountTracker::Mark::Ok:
        return QStringLiteral("✔");
    case core::WorkerCountTracker::Mark::Starting:
        return tr("starting…");
    case core::WorkerCountTracker::Mark::Failed:
        break;
    }
    return QStringLiteral("✘");
}

void ContainersPage::showWorkers()
{
    const std::optional<core::WorkerReport>& r = m_workerCount.last();
    if (!r)
        return;
    const auto exp = [this](int n) {
        return n < 0 ? tr("?") : QString::number(n);
    };
    m_workers->setText(tr("gunicorn: 1 + %1 of %2 %3   Celery: %4 of %5 %6")
                           .arg(r->gunicornWorkers)
                           .arg(exp(r->expectedGunicornWorkers),
                                workerMark(r->gunicornOk(), core::StackRole::Backend))
                           .arg(r->celeryWorkers)
                           .arg(exp(r->expectedCeleryConcurrency),
                                workerMark(r->celeryOk(), core::StackRole::Celery)));
    m_workers->setToolTip(tr("gunicorn masters: %1. Measured from the containers' process tables.")
                              .arg(r->gunicornMasters));
}

} // namespace artgen::gui
