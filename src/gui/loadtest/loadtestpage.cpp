#include "loadtestpage.h"

#include "common/fittingscrollarea.h"
#include "common/jobcontroller.h"
#include "common/jobprogresspanel.h"
#include "common/verdictlabel.h"
#include "loadlivechart.h"
#include "loadresultview.h"
#include "loadrunsmodel.h"
#include "loadtestcontroller.h"
#include "loadtestform.h"
#include "session/activeservices.h"
#include "session/profileservices.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPersistentModelIndex>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace artgen::gui {

namespace {
enum Tab { LiveTab, ResultsTab, RunsTab };
}

LoadTestPage::LoadTestPage(core::ActiveServices& services, core::JobRunner& jobs, QWidget* parent)
    : QWidget(parent), m_active(services), m_controller(new LoadTestController(jobs, this))
{
    buildUi();
    connectFlows();
    retranslate();
    connect(&m_active, &core::ActiveServices::switched, this, &LoadTestPage::reloadProfile);
    reloadProfile();
}

LoadTestPage::~LoadTestPage() = default;

bool LoadTestPage::isRunning() const
{
    return m_controller->isBusy();
}

void LoadTestPage::buildUi()
{
    auto* root = new QHBoxLayout(this);
    m_form = new LoadTestForm(this);
    m_form->setObjectName(QStringLiteral("loadTestForm"));
    // The settings scroll rather than push the window taller than a small screen, and stay as
    // wide as their labels in whatever language they are in now.
    auto* scroll = new FittingScrollArea(this);
    scroll->setObjectName(QStringLiteral("loadTestSettings"));
    scroll->setWidget(m_form);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    root->addWidget(scroll);

    auto* right = new QVBoxLayout;
    m_progress = new JobProgressPanel(m_controller->jobs(), this);
    right->addWidget(m_progress);
    m_verdict = new VerdictLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    right->addWidget(m_verdict);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("loadTestTabs"));
    m_live = new LoadLiveChart(m_tabs);
    m_live->setObjectName(QStringLiteral("liveChart"));
    m_result = new LoadResultView(m_tabs);
    m_result->setObjectName(QStringLiteral("loadResult"));
    m_tabs->addTab(m_live, QString());
    m_tabs->addTab(m_result, QString());
    m_tabs->addTab(buildRuns(m_tabs), QString());
    right->addWidget(m_tabs, 1);
    root->addLayout(right, 1);
}

QWidget* LoadTestPage::buildRuns(QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    m_runsHint = new QLabel(box);
    m_runsHint->setWordWrap(true);
    m_runs = new QTableView(box);
    m_runs->setObjectName(QStringLiteral("loadRuns"));
    m_runs->setModel(m_controller->runs());
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runs->verticalHeader()->hide();
    m_runs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runs->horizontalHeader()->setSectionResizeMode(LoadRunsModel::Target, QHeaderView::Stretch);
    m_export = new QPushButton(box);
    m_export->setObjectName(QStringLiteral("exportRun"));
    m_delete = new QPushButton(box);
    m_delete->setObjectName(QStringLiteral("deleteRun"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_export);
    layout->addWidget(m_runsHint);
    layout->addWidget(m_runs, 1);
    layout->addLayout(buttons);
    return box;
}

void LoadTestPage::connectFlows()
{
    connect(m_form, &LoadTestForm::startRequested, this, &LoadTestPage::start);
    connect(m_form, &LoadTestForm::browseBodyRequested, this, &LoadTestPage::browseBody);
    connect(m_export, &QPushButton::clicked, this, &LoadTestPage::chooseExportFile);
    connect(m_delete, &QPushButton::clicked, this, &LoadTestPage::askToDelete);
    connect(m_runs, &QTableView::activated, this, [this](const QModelIndex& index) {
        showRun(index.row());
        m_tabs->setCurrentIndex(ResultsTab);
    });
    connect(m_runs->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_runs->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            showRun(rows.first().row());
        updateRunButtons();
    });
    connect(m_controller, &LoadTestController::started, this, [this](const QString& title) {
        m_verdict->hide();
        m_progress->setTitle(title);
        m_live->clear();
        m_result->clear();
        m_tabs->setCurrentIndex(LiveTab);
        setRunning(true);
    });
    connect(m_controller, &LoadTestController::sample, m_live, &LoadLiveChart::addSample);
    connect(m_controller, &LoadTestController::confirmationNeeded, this,
            &LoadTestPage::askToConfirm);
    connect(m_controller, &LoadTestController::finished, this, &LoadTestPage::onFinished);
    connect(m_controller, &LoadTestController::failed, this, &LoadTestPage::onFailed);
    connect(m_controller, &LoadTestController::exported, this,
            [this](const QString& path, const QString& error) {
                if (error.isEmpty())
                    m_verdict->showVerdict(
                        VerdictLabel::Kind::Neutral,
                        tr("Saved %1.").arg(QDir::toNativeSeparators(path)).toHtmlEscaped());
                else
                    m_verdict->showVerdict(VerdictLabel::Kind::Failure,
                                           tr("Could not save %1: %2")
                                               .arg(QDir::toNativeSeparators(path), error)
                                               .toHtmlEscaped());
                Q_EMIT exported(path, error);
            });
    connect(m_controller, &LoadTestController::runSaved, this,
            [this](const QString&, const core::Error& error) {
                if (error.isError())
                    m_verdict->showError(error);
            });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_controller->runs(), signal, this, &LoadTestPage::updateRunButtons);
    connect(m_controller->runs(), &QAbstractItemModel::modelReset, this,
            &LoadTestPage::updateRunButtons);
}

void LoadTestPage::reloadProfile()
{
    if (m_controller->isBusy())
        m_controller->cancel();
    auto services = m_active.current();
    m_controller->setServices(services);
    m_form->setProfile(services ? services->profile() : core::Profile());
}

void LoadTestPage::preset(const LoadTestSetup& setup)
{
    m_form->setSetup(setup);
}

void LoadTestPage::run(const LoadTestSetup& setup)
{
    preset(setup);
    start();
}

void LoadTestPage::start()
{
    if (m_controller->isBusy())
        return;
    m_verdict->hide();
    m_controller->start(m_form->setup());
}

void LoadTestPage::cancel()
{
    m_controller->cancel();
}

void LoadTestPage::setRunning(bool running)
{
    m_form->setRunning(running);
    updateRunButtons();
}

void LoadTestPage::updateRunButtons()
{
    const bool idle = !m_controller->isBusy();
    m_export->setEnabled(idle && m_controller->runs()->rowCount() > 0);
    m_delete->setEnabled(idle && m_runs->selectionModel()->hasSelection());
}

void LoadTestPage::askToDelete()
{
    const QModelIndexList rows = m_runs->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    // The row may move (a run finishing meanwhile is listed first): follow it.
    const QPersistentModelIndex run(rows.first());
    const QString when = rows.first().siblingAtColumn(LoadRunsModel::When).data().toString();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete the load test run?"),
                                tr("The results of the run of %1 will be removed from this "
                                   "computer; export it first to keep a copy.")
                                    .arg(when),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteRun"));
    QPushButton* remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, run](QAbstractButton* b) {
        if (b != remove || !run.isValid())
            return;
        m_controller->deleteRun(run.row());
        m_result->clear();
    });
    box->open();
}

void LoadTestPage::askToConfirm(const QString& host)
{
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Load-test another host?"),
        tr("%1 is neither this profile's host nor this computer. A load test sends it as many "
           "requests as it can take; do it only to a server you are responsible for.")
            .arg(host),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmForeignHost"));
    QPushButton* ok = box->addButton(tr("Load-test %1").arg(host), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, ok](QAbstractButton* b) {
        if (b == ok)
            m_controller->confirm();
        else
            m_controller->cancel(); // forgets the setup that waited
    });
    box->open();
}

void LoadTestPage::browseBody()
{
    auto* dialog = new QFileDialog(this, tr("Request body"), QDir::homePath(),
                                   tr("JSON files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("bodyFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_form, &LoadTestForm::setBodyFile);
    dialog->open();
}

int LoadTestPage::selectedRun() const
{
    const QModelIndexList rows = m_runs->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().row();
}

void LoadTestPage::chooseExportFile()
{
    const core::LoadReport* report = m_controller->runs()->report(selectedRun());
    if (!report)
        return;
    const QString name =
        QStringLiteral("loadtest-%1.json")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    auto* dialog = new QFileDialog(this, tr("Export the load test"), QDir::home().filePath(name),
                                   tr("JSON (*.json);;CSV (*.csv);;Markdown (*.md)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        // The suffix follows the chosen format.
        static const QStringList suffixes = {QStringLiteral("json"), QStringLiteral("csv"),
                                             QStringLiteral("md")};
        const int i = int(dialog->nameFilters().indexOf(filter));
        if (i >= 0)
            dialog->setDefaultSuffix(suffixes.value(i));
    });
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, &LoadTestPage::exportRun);
    dialog->open();
}

void LoadTestPage::exportRun(const QString& path)
{
    m_controller->exportRun(selectedRun(), path);
}

void LoadTestPage::showRun(int row)
{
    if (const core::LoadReport* report = m_controller->runs()->report(row))
        m_result->showReport(*report);
}

void LoadTestPage::onFinished(const core::LoadReport& report)
{
    setRunning(false);
    m_result->showReport(report);
    m_tabs->setCurrentIndex(ResultsTab);
    m_runs->selectRow(0);
    qint64 refused = 0; // answered, but with 4xx or 5xx
    const auto statuses = report.total.statuses();
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        if (it.key() >= 400)
            refused += it.value();
    const bool clean = !report.interrupted && report.total.errorCount() == 0 && refused == 0 &&
                       !report.sloMissed();
    const QLocale locale;
    QString text =
        tr("%1 requests/s, p99 %2 ms, %n error(s).", nullptr, int(report.total.errorCount()))
            .arg(locale.toString(report.total.requestsPerSecond(), 'f', 1))
            .arg(locale.toString(double(report.total.corrected.valueAtPercentile(99)) / 1000.0, 'f',
                                 2));
    if (refused > 0)
        text +=
            u' ' +
            tr("%1 of the responses were 4xx or 5xx (see Results).").arg(locale.toString(refused));
    m_verdict->showVerdict(clean ? VerdictLabel::Kind::Success : VerdictLabel::Kind::Warning,
                           text.toHtmlEscaped());
    Q_EMIT finished(report);
}

void LoadTestPage::onFailed(const core::Error& error)
{
    setRunning(m_controller->isBusy());
    m_verdict->showError(error);
}

void LoadTestPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LoadTestPage::retranslate()
{
    m_form->retranslate();
    m_progress->retranslate();
    m_live->retranslate();
    m_result->retranslate();
    m_tabs->setTabText(LiveTab, tr("Live"));
    m_tabs->setTabText(ResultsTab, tr("Results"));
    m_tabs->setTabText(RunsTab, tr("Runs"));
    m_runsHint->setText(tr("The last %n run(s) of this profile, kept on this computer; select "
                           "one to see its results again.",
                           nullptr, LoadRunsModel::kMaxRuns));
    Q_EMIT m_controller->runs()->headerDataChanged(Qt::Horizontal, 0,
                                                   LoadRunsModel::ColumnCount - 1);
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the selected run as JSON, CSV or Markdown."));
    m_delete->setText(tr("Delete…"));
    m_delete->setToolTip(tr("Remove the selected run from this computer."));
    updateRunButtons();
}

} // namespace artgen::gui
