#include "containerspage.h"

#include "common/actionbutton.h"
#include "common/connectionbanner.h"
#include "common/jobcontroller.h"
#include "common/joboutputpane.h"
#include "common/recordtableview.h"
#include "common/typedconfirmdialog.h"
#include "common/verdictlabel.h"
#include "compose/composejob.h"
#include "containerdetailsdialog.h"
#include "containersmodel.h"
#include "docker/containermap.h"
#include "docker/dockerclient.h"
#include "logging/auditlog.h"
#include "monitor/monitorhub.h"
#include "processesdialog.h"
#include "rundialog.h"
#include "session/activeservices.h"
#include "workerssummary.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

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
    m_model = new ContainersModel(this);
    m_workers = new WorkersSummary(*m_model, this);
    stackRow->addWidget(m_workers);
    root->addLayout(stackRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_verdictLabel = new VerdictLabel(top);
    m_verdictLabel->setObjectName(QStringLiteral("stackVerdict"));
    topLayout->addWidget(m_verdictLabel);
    m_table = new RecordTableView(top);
    m_table->setObjectName(QStringLiteral("containersTable"));
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setStretchLastSection(false); // fitColumns() sizes the ports
    m_table->viewport()->installEventFilter(this);
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
    buildRowActions();
    for (QAction* a : {m_start, m_stop, m_restart, m_details, m_top, m_exec, m_logs})
        rowActions->addWidget(new ActionButton(a, top));
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
        if (m_hub)
            m_hub->refreshContainers();
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, &ContainersPage::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContainersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContainersPage::updateButtons);
    updateButtons();
}

// The selected container's actions: the buttons under the table and its context menu.
void ContainersPage::buildRowActions()
{
    const auto action = [this](const char* name) {
        auto* a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        return a;
    };
    m_start = action("startContainer");
    m_stop = action("stopContainer");
    m_restart = action("restartContainer");
    m_details = action("details");
    m_top = action("processes");
    m_exec = action("runCommand");
    m_logs = action("logs");
    using A = core::DockerClient::Action;
    connect(m_start, &QAction::triggered, this, [this] { actOnSelected(int(A::Start)); });
    connect(m_stop, &QAction::triggered, this, [this] { actOnSelected(int(A::Stop)); });
    connect(m_restart, &QAction::triggered, this, [this] { actOnSelected(int(A::Restart)); });
    connect(m_top, &QAction::triggered, this, &ContainersPage::showProcesses);
    connect(m_details, &QAction::triggered, this, &ContainersPage::showDetails);
    connect(m_exec, &QAction::triggered, this, &ContainersPage::runCommand);
    connect(m_logs, &QAction::triggered, this, &ContainersPage::showLogs);
    m_table->setRowActions(
        {m_details, m_logs, nullptr, m_start, m_stop, m_restart, nullptr, m_top, m_exec});
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
    m_noCache->setToolTip(tr("Build: ignore the build cache and rebuild every layer."));
    m_restartAll->setToolTip(tr("Restart every service of the stack (docker-compose restart)."));
    m_cancelJob->setToolTip(tr("Stop the compose command under way."));
    m_start->setText(tr("Start"));
    m_start->setToolTip(tr("Start the selected container."));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop the selected container only; the rest of the stack keeps "
                          "running."));
    m_restart->setText(tr("Restart"));
    m_restart->setToolTip(tr("Restart the selected container."));
    m_top->setText(tr("Processes…"));
    m_top->setToolTip(tr("The processes running in the selected container (docker top)."));
    m_details->setText(tr("Details…"));
    m_details->setToolTip(tr("The selected container's image, command, environment, mounts, "
                             "networks and health check."));
    m_exec->setText(tr("Run command…"));
    m_exec->setToolTip(tr("Run a command in the selected container (docker exec)."));
    m_logs->setText(tr("Logs…"));
    m_logs->setToolTip(tr("Open the Logs page on this container's log."));
    m_table->setAccessibleName(tr("Containers"));
    m_table->setAccessibleDescription(
        tr("The stack's services, one row each. A double-click opens Details; the Menu "
           "key or Shift+F10 opens the row's actions."));
    m_output->retranslate();
    showVerdict();
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, ContainersModel::ColumnCount - 1);
    for (QAbstractButton* b : std::initializer_list<QAbstractButton*>{
             m_up, m_down, m_build, m_noCache, m_restartAll, m_cancelJob})
        b->setAccessibleDescription(b->toolTip());
    m_workers->refresh();
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
    m_workers->follow(m_services->hasProfile() ? m_services : nullptr);
    updateButtons();
    if (m_services->hasProfile())
        startMonitor();
}

void ContainersPage::startMonitor()
{
    // The hub's containers source (also the Charts page's and the alerts'): one event stream
    // and one stats stream per container for the whole panel. Rebuilt with the profile, so
    // this runs again on every switch.
    m_hub = m_active.monitors();
    if (!m_hub)
        return;
    connect(m_hub, &core::MonitorHub::stackChanged, this, &ContainersPage::onSnapshot);
    connect(m_hub, &core::MonitorHub::containersConnectionChanged, this,
            &ContainersPage::onConnection);
    connect(m_hub, &core::MonitorHub::containerEvent, this,
            [this](const QString&, const QString& container, const QString& action) {
                m_workers->containerEvent(container, action);
            });
    m_hub->holdContainers();
    if (m_hub->stack())
        onSnapshot(*m_hub->stack()); // what it already knows, at once
}

void ContainersPage::stopMonitor()
{
    // A switch deleted the old hub already (the pointer is then null).
    if (!m_hub)
        return;
    disconnect(m_hub, nullptr, this, nullptr);
    m_hub->releaseContainers();
    m_hub = nullptr;
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
    m_workers->showCount(); // a start period ended or a stop finished: the marks change
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
    m_table->resizeRowsToContents(); // a row as tall as its ports, one mapping a line
    // Room for a memory size one digit longer than today's (the CPU and restart figures fit
    // under their wider headers).
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    header->resizeSection(ContainersModel::Memory,
                          header->sectionSize(ContainersModel::Memory) +
                              metrics.horizontalAdvance(QStringLiteral("00")));
    // Too wide for the view (1024 px, the first window on a 1280 px screen): the image and
    // container names give way, elided in the middle with the full name in the tooltip, so
    // that the ports are seen whole without scrolling.
    const int floor = metrics.horizontalAdvance(QStringLiteral("art_gen…kend"));
    const int ports = header->sectionSize(ContainersModel::Ports); // its contents, unstretched
    const int room = m_table->viewport()->width();
    int excess = header->length() - room;
    for (int c : {ContainersModel::Image, ContainersModel::Container}) {
        if (excess <= 0)
            break;
        const int give = qMin(excess, header->sectionSize(c) - floor);
        if (give > 0) {
            header->resizeSection(c, header->sectionSize(c) - give);
            excess -= give;
        }
    }
    // Still too wide (longer headers, as in Russian): the columns whose headers are wider than
    // their cells give way, each in proportion to its spare room, so that no one header is
    // cut to nothing; a header's tooltip says it in full.
    if (excess > 0) {
        const QList<int> columns{ContainersModel::Service,  ContainersModel::State,
                                 ContainersModel::Health,   ContainersModel::Uptime,
                                 ContainersModel::Restarts, ContainersModel::Cpu};
        int spare = 0;
        for (int c : columns)
            spare += qMax(0, header->sectionSize(c) - m_table->cellsWidth(c));
        const int taken = qMin(excess, spare);
        for (int c : columns) {
            if (spare <= 0)
                break;
            const int own = qMax(0, header->sectionSize(c) - m_table->cellsWidth(c));
            const int give = qMin(own, (taken * own + spare - 1) / spare); // rounded up
            header->resizeSection(c, header->sectionSize(c) - give);
            excess -= give;
        }
    }
    // What is left over goes to the ports, the last column.
    if (excess < 0)
        header->resizeSection(ContainersModel::Ports, ports - excess);
}

bool ContainersPage::eventFilter(QObject* watched, QEvent* event)
{
    // The table's own width decides what fits: the page's resize comes before its layout's.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        const auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->size().width() != resize->oldSize().width())
            fitColumns();
    }
    return QWidget::eventFilter(watched, event);
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
    // A stop or restart the admin asked for is not a container dying on its own: no alert.
    if (a != core::DockerClient::Action::Start && m_active.monitors())
        m_active.monitors()->expectStop(s->service);
    const QString verbKey = a == core::DockerClient::Action::Start  ? QStringLiteral("start")
                            : a == core::DockerClient::Action::Stop ? QStringLiteral("stop")
                                                                    : QStringLiteral("restart");
    m_services->docker()
        .act(container, a)
        .then(this, [this, container, verbKey, services = m_services](const core::Status& st) {
            // The audit line is a file append: off the UI thread; nobody waits for it.
            (void)QtConcurrent::run([profile = services->profile().name, container, verbKey, st] {
                core::AuditLog::record(
                    profile, QStringLiteral("container-") + verbKey, container,
                    st ? QStringLiteral("succeeded") : QStringLiteral("failed"),
                    st ? QJsonObject{}
                       : QJsonObject{{QStringLiteral("error"), st.error().message()}});
            });
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
        if (op != Op::Up && op != Op::Build && m_active.monitors()) {
            for (int row = 0; row < m_model->rowCount(); ++row)
                m_active.monitors()->expectStop(m_model->serviceAt(row)->service);
        }
        m_jobs->run(std::move(job), m_services);
        updateButtons();
    };
    if (op == Op::Down) {
        const QString title = tr("Bring the whole stack down (compose down)?");
        const QString text =
            tr("This stops and removes every container of “%1” (compose project %2), "
               "not just the selected one. The API is unavailable until the stack is "
               "brought up again with Up. Data volumes (the database, Redis) are kept.")
                .arg(profile().name, profile().projectName);
        // A production stack asks once, with its name typed; any other the usual question.
        if (profile().production)
            TypedConfirmDialog::guard(this, profile(), title, text, tr("Bring the stack down"),
                                      start);
        else
            confirmThen(title, text, tr("Bring the stack down"), start);
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

} // namespace artgen::gui
