#include "deploymentpage.h"

#include "checklist/checklist.h"
#include "checklist/checklistoptions.h"
#include "checklist/checklistreport.h"
#include "common/jobcontroller.h"
#include "common/jobpageframe.h"
#include "common/recordtableview.h"
#include "common/verdictlabel.h"
#include "deploymentcontroller.h"
#include "deploymentwizard.h"
#include "monitor/thresholds.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace artgen::gui {

using Kind = VerdictLabel::Kind;

DeploymentPage::DeploymentPage(core::ActiveServices& services, core::JobRunner& jobs,
                               core::SettingsStore* settings, QWidget* parent)
    : QWidget(parent), m_active(services), m_jobs(jobs), m_settings(settings),
      m_health(new DeploymentController(jobs, this))
{
    buildUi();
    retranslate();
    connect(m_health, &DeploymentController::jobEnded, this, &DeploymentPage::onHealthCheckEnded);
    connect(m_health, &DeploymentController::failed, m_frame->verdict(), &VerdictLabel::showError);
    connect(m_health->jobs(), &JobController::started, this, &DeploymentPage::updateButtons);
    connect(&m_active, &core::ActiveServices::switched, this, &DeploymentPage::reloadProfile);
    reloadProfile();
}

DeploymentPage::~DeploymentPage() = default;

DeploymentWizard* DeploymentPage::wizard() const
{
    return m_wizard.data();
}

void DeploymentPage::buildUi()
{
    auto* actions = new QHBoxLayout;
    const auto button = [this](const char* name) {
        auto* b = new QPushButton(this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_new = button("newDeployment");
    m_new->setDefault(true);
    m_resume = button("resumeDeployment");
    m_healthButton = button("healthCheck");
    m_refresh = button("refreshRuns");
    m_openFolder = button("openRunFolder");
    actions->addWidget(m_new);
    actions->addWidget(m_resume);
    actions->addWidget(m_healthButton);
    actions->addStretch();
    actions->addWidget(m_refresh);
    actions->addWidget(m_openFolder);

    m_frame = JobPageFrame::fill(this, m_health->jobs());
    m_frame->addHeader(actions);
    m_frame->setContent(buildRuns(m_frame), 4);

    connect(m_new, &QPushButton::clicked, this, &DeploymentPage::newDeployment);
    connect(m_resume, &QPushButton::clicked, this, &DeploymentPage::resume);
    connect(m_healthButton, &QPushButton::clicked, this, &DeploymentPage::runHealthCheck);
    connect(m_refresh, &QPushButton::clicked, this, &DeploymentPage::refresh);
    connect(m_openFolder, &QPushButton::clicked, this, &DeploymentPage::openFolder);
    connect(m_openReport, &QPushButton::clicked, this, &DeploymentPage::openReportFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &DeploymentPage::showSelectedReport);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        showSelectedReport();
    });
}

// The runs above, the selected run's report below: the report's table needs the page's width.
QWidget* DeploymentPage::buildRuns(QWidget* parent)
{
    auto* split = new QSplitter(Qt::Vertical, parent);
    auto* top = new QWidget(split);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(top);
    m_summary->setObjectName(QStringLiteral("runsSummary"));
    m_summary->setWordWrap(true);
    topLayout->addWidget(m_summary);
    m_model = new RunListModel(this);
    m_table = new RecordTableView(top);
    m_table->setObjectName(QStringLiteral("runsTable"));
    m_table->setModel(m_model);
    topLayout->addWidget(m_table);

    auto* bottom = new QWidget(split);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_formatLabel = new QLabel(bottom);
    m_format = new QComboBox(bottom);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(QString());
    m_format->addItem(QString());
    m_formatLabel->setBuddy(m_format);
    m_openReport = new QPushButton(bottom);
    m_openReport->setObjectName(QStringLiteral("openReportFile"));
    bar->addWidget(m_formatLabel);
    bar->addWidget(m_format);
    bar->addStretch();
    bar->addWidget(m_openReport);
    bottomLayout->addLayout(bar);
    m_report = new QTextBrowser(bottom);
    m_report->setObjectName(QStringLiteral("reportView"));
    bottomLayout->addWidget(m_report);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    return split;
}

void DeploymentPage::retranslate()
{
    m_new->setText(tr("New deployment…"));
    m_new->setToolTip(tr("Walks through the eleven steps of the deployment checklist."));
    m_resume->setText(tr("Resume"));
    m_resume->setToolTip(tr("Continues an unfinished run at the step it was in."));
    m_healthButton->setText(tr("Health check"));
    m_healthButton->setToolTip(tr("Runs steps 6 to 10 on the running stack: logs, API, "
                                  "workers, connections and the basic test."));
    m_refresh->setText(tr("Refresh"));
    m_openFolder->setText(tr("Open folder"));
    m_openFolder->setToolTip(tr("Opens the folder of the runs and their reports."));
    m_formatLabel->setText(tr("Report as:"));
    m_format->setItemText(0, tr("Formatted"));
    m_format->setItemText(1, tr("Markdown"));
    m_openReport->setText(tr("Open report file"));
    m_frame->retranslate();
    updateButtons();
}

void DeploymentPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString DeploymentPage::folder() const
{
    const auto services = m_active.current();
    return services && services->hasProfile() ? core::ChecklistRun::folderFor(services->profile())
                                              : QString();
}

core::ChecklistOptions DeploymentPage::options() const
{
    core::ChecklistOptions o;
    const auto services = m_active.current();
    if (m_settings && services && services->hasProfile())
        o.thresholds = core::Thresholds::load(*m_settings, services->profile().name);
    return o;
}

void DeploymentPage::reloadProfile()
{
    if (!m_health->isBusy()) {
        m_health->setServices(m_active.current());
        m_health->setFolder(folder());
    }
    m_listed = false;
    m_model->setEntries({});
    m_report->clear();
    refresh();
}

void DeploymentPage::refresh()
{
    const int generation = ++m_generation;
    const QString dir = folder();
    QtConcurrent::run([dir] {
        return dir.isEmpty() ? QList<RunListModel::Entry>() : RunListModel::scan(dir);
    }).then(this, [this, generation](const QList<RunListModel::Entry>& entries) {
        if (generation != m_generation)
            return; // a newer listing is on its way
        const RunListModel::Entry* current = selected();
        const QString keep = !m_selectAfterRefresh.isEmpty() ? m_selectAfterRefresh
                             : current                       ? current->run.id
                                                             : QString();
        m_selectAfterRefresh.clear();
        m_model->setEntries(entries);
        m_listed = true;
        selectRun(keep);
        updateButtons();
        showSelectedReport();
        Q_EMIT refreshed();
    });
}

void DeploymentPage::selectRun(const QString& id)
{
    const int row = id.isEmpty() ? (m_model->rowCount() > 0 ? 0 : -1) : m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

const RunListModel::Entry* DeploymentPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->entryAt(rows.first().row());
}

const RunListModel::Entry* DeploymentPage::resumable() const
{
    if (const RunListModel::Entry* e = selected(); e && e->resumable())
        return e;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (const RunListModel::Entry* e = m_model->entryAt(row); e->resumable())
            return e;
    return nullptr;
}

void DeploymentPage::updateButtons()
{
    const auto services = m_active.current();
    const bool profile = services && services->hasProfile();
    const bool free = profile && !m_wizard && !m_health->isBusy();
    m_new->setEnabled(free);
    m_resume->setEnabled(free && resumable());
    m_healthButton->setEnabled(free);
    m_openFolder->setEnabled(profile);
    const RunListModel::Entry* e = selected();
    m_openReport->setEnabled(e && !e->html.isEmpty());
    int unfinished = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        unfinished += m_model->entryAt(row)->resumable() ? 1 : 0;
    m_summary->setText(!profile ? tr("No profile is active: add one in Settings.")
                       : m_model->rowCount() == 0
                           ? tr("No deployment or health check has run on this profile yet.")
                           : tr("%n run(s), ", nullptr, m_model->rowCount()) +
                                 tr("%n unfinished", nullptr, unfinished));
}

void DeploymentPage::showSelectedReport()
{
    const RunListModel::Entry* e = selected();
    if (!e) {
        m_report->clear();
        return;
    }
    // Made from the run as saved, as the report files are: nothing is read on this thread.
    if (m_format->currentIndex() == 1)
        m_report->setPlainText(core::ChecklistReport::markdown(e->run));
    else
        m_report->setHtml(core::ChecklistReport::html(e->run));
}

void DeploymentPage::newDeployment()
{
    const auto services = m_active.current();
    if (!services || !services->hasProfile() || m_wizard)
        return;
    openWizard(core::ChecklistRun::create(services->profile().name, core::ChecklistRun::kFirstStep,
                                          core::ChecklistRun::kLastStep),
               false);
}

void DeploymentPage::resume()
{
    const RunListModel::Entry* e = resumable();
    if (!e || m_wizard)
        return;
    openWizard(e->run, true);
}

void DeploymentPage::openWizard(const core::ChecklistRun& run, bool resumed)
{
    m_wizard =
        new DeploymentWizard(m_active.current(), m_jobs, run, options(), folder(), resumed, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_selectAfterRefresh = run.id;
    connect(m_wizard, &DeploymentWizard::runUpdated, this, [this, id = run.id] {
        m_selectAfterRefresh = id;
        refresh();
    });
    // Closed (it deletes itself later): the page may open another one.
    connect(m_wizard, &QDialog::finished, this, [this, id = run.id] {
        m_wizard = nullptr;
        m_selectAfterRefresh = id;
        refresh();
    });
    updateButtons();
    m_wizard->open();
}

void DeploymentPage::runHealthCheck()
{
    const auto services = m_active.current();
    if (!services || !services->hasProfile() || m_health->isBusy())
        return;
    m_health->setServices(services);
    m_health->setFolder(folder());
    m_health->setOptions(options());
    m_health->setRun(core::ChecklistRun::create(
        services->profile().name, core::Checklist::kHealthFirst, core::Checklist::kHealthLast));
    m_frame->verdict()->hide();
    if (!m_health->runFrom(core::Checklist::kHealthFirst, false))
        return;
    m_selectAfterRefresh = m_health->run().id;
    updateButtons();
}

void DeploymentPage::onHealthCheckEnded(bool cancelled)
{
    const core::ChecklistRun& run = m_health->run();
    using core::StepState;
    const QString counts = tr("%1 passed, %2 with warnings, %3 failed.")
                               .arg(run.count(StepState::Passed))
                               .arg(run.count(StepState::Warned))
                               .arg(run.count(StepState::Failed));
    const QStringList files = m_health->reportFiles();
    const QString report = files.isEmpty()
                               ? QString()
                               : tr(" Report: %1").arg(QDir::toNativeSeparators(files.constLast()));
    if (cancelled)
        m_frame->verdict()->showVerdict(
            Kind::Neutral, tr("The health check was stopped. %1").arg(counts).toHtmlEscaped());
    else
        m_frame->verdict()->showVerdict(
            run.anyFailed()                    ? Kind::Failure
            : run.count(StepState::Warned) > 0 ? Kind::Warning
                                               : Kind::Success,
            QString(tr("Health check: %1").arg(counts) + report).toHtmlEscaped());
    m_selectAfterRefresh = run.id;
    refresh();
}

void DeploymentPage::openFolder()
{
    const QString dir = folder();
    if (dir.isEmpty())
        return;
    const QString fix =
        tr("Open %1 in a file manager or terminal yourself.").arg(QDir::toNativeSeparators(dir));
    m_frame->openFolder(dir, fix, fix);
}

void DeploymentPage::openReportFile()
{
    const RunListModel::Entry* e = selected();
    if (!e || e->html.isEmpty())
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(e->html)))
        m_frame->verdict()->showError(core::Error(
            core::Error::Code::Io,
            tr("The report %1 cannot be opened.").arg(QDir::toNativeSeparators(e->html)),
            tr("No program answered for HTML files."),
            tr("Open it in a browser yourself; it is also shown here.")));
}

} // namespace artgen::gui
