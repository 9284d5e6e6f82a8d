#include "troubleshootingpage.h"

#include "charts/terminateidledialog.h"
#include "common/jobcontroller.h"
#include "common/joboutputpane.h"
#include "common/jobpageframe.h"
#include "common/typedconfirmdialog.h"
#include "common/verdictlabel.h"
#include "flushdbdialog.h"
#include "monitor/monitorhub.h"
#include "postgres/pgmonitor.h"
#include "session/activeservices.h"
#include "troubleshoot/runbooks.h"
#include "troubleshootcontroller.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace artgen::gui {

using core::Problem;
using core::Runbooks;
using Kind = VerdictLabel::Kind;

namespace {
// The fixes each runbook offers, by their buttons' object names.
QStringList fixesFor(Problem problem)
{
    switch (problem) {
    case Problem::BadGateway:
        return {QStringLiteral("restartBackend")};
    case Problem::GatewayTimeout:
        return {QStringLiteral("openTimeouts")};
    case Problem::TooManyConnections:
        return {QStringLiteral("terminateIdle")};
    case Problem::RedisTimeout:
        return {QStringLiteral("flushDb"), QStringLiteral("restartCelery")};
    case Problem::CeleryDown:
        return {QStringLiteral("restartCelery")};
    }
    return {};
}
} // namespace

TroubleshootingPage::TroubleshootingPage(core::ActiveServices& services, core::JobRunner& jobs,
                                         core::SettingsStore* settings, QWidget* parent)
    : QWidget(parent), m_active(services), m_settings(settings),
      m_controller(new TroubleshootController(jobs, this))
{
    buildUi();
    connect(m_controller, &TroubleshootController::diagnosed, this,
            &TroubleshootingPage::onDiagnosed);
    connect(m_controller, &TroubleshootController::failed, verdict(), &VerdictLabel::showError);
    connect(m_controller, &TroubleshootController::fixed, this, [this](const QString& text) {
        verdict()->showVerdict(
            Kind::Success,
            QString(text + QLatin1Char(' ') + tr("Diagnose again to confirm.")).toHtmlEscaped());
    });
    connect(m_controller, &TroubleshootController::started, this, [this](const QString& what) {
        m_frame->output()->startJob(what);
        updateButtons();
    });
    connect(m_controller->jobs(), &JobController::finished, this,
            &TroubleshootingPage::updateButtons);
    connect(&m_active, &core::ActiveServices::switched, this, &TroubleshootingPage::reloadProfile);
    retranslate();
    reloadProfile();
    m_runbooks->setCurrentRow(0);
}

TroubleshootingPage::~TroubleshootingPage() = default;

VerdictLabel* TroubleshootingPage::verdict() const
{
    return m_frame->verdict();
}

void TroubleshootingPage::buildUi()
{
    auto* top = new QHBoxLayout;
    m_whatIsWrong = new QPushButton(this);
    m_whatIsWrong->setObjectName(QStringLiteral("whatIsWrong"));
    m_whatIsWrong->setDefault(true);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    top->addWidget(m_whatIsWrong);
    top->addWidget(m_intro, 1);
    m_frame = JobPageFrame::fill(this, m_controller->jobs());
    m_frame->addHeader(top);

    auto* split = new QSplitter(Qt::Horizontal, m_frame);
    m_runbooks = new QListWidget(split);
    m_runbooks->setObjectName(QStringLiteral("runbooks"));
    // The titles are sentences: wrapped whole rather than cut.
    m_runbooks->setWordWrap(true);
    m_runbooks->setTextElideMode(Qt::ElideNone);
    m_runbooks->setResizeMode(QListView::Adjust);
    m_runbooks->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_runbooks->setSpacing(3);
    m_runbooks->setMinimumWidth(240);
    for (Problem p : Runbooks::all()) {
        auto* item = new QListWidgetItem(m_runbooks);
        item->setData(Qt::UserRole, int(p));
    }
    split->addWidget(m_runbooks);
    split->addWidget(buildRunbook(split));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({280, 720});
    m_frame->setContent(split, 4);

    connect(m_whatIsWrong, &QPushButton::clicked, this, &TroubleshootingPage::whatIsWrong);
    connect(m_diagnose, &QPushButton::clicked, this, &TroubleshootingPage::diagnoseCurrent);
    connect(m_runbooks, &QListWidget::currentRowChanged, this, &TroubleshootingPage::showRunbook);
    connect(fixButton(QStringLiteral("restartBackend")), &QPushButton::clicked, this,
            [this] { confirmRestart(false); });
    connect(fixButton(QStringLiteral("restartCelery")), &QPushButton::clicked, this,
            [this] { confirmRestart(true); });
    connect(fixButton(QStringLiteral("openTimeouts")), &QPushButton::clicked, this,
            [this] { Q_EMIT configurationRequested(QStringLiteral("nginx.proxy_read_timeout")); });
    connect(fixButton(QStringLiteral("terminateIdle")), &QPushButton::clicked, this,
            &TroubleshootingPage::openTerminateIdle);
    connect(fixButton(QStringLiteral("flushDb")), &QPushButton::clicked, this,
            &TroubleshootingPage::openFlushDb);
}

// The chosen runbook: what it is, Diagnose, the verdict and evidence, the fixes.
QWidget* TroubleshootingPage::buildRunbook(QWidget* parent)
{
    auto* panel = new QWidget(parent);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(panel);
    m_title->setObjectName(QStringLiteral("runbookTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_fixesText = new QLabel(panel);
    m_fixesText->setObjectName(QStringLiteral("runbookFixes"));
    m_fixesText->setWordWrap(true);
    m_fixesText->setTextFormat(Qt::PlainText);
    layout->addWidget(m_fixesText);
    auto* row = new QHBoxLayout;
    m_diagnose = new QPushButton(panel);
    m_diagnose->setObjectName(QStringLiteral("diagnose"));
    row->addWidget(m_diagnose);
    m_fixes = new QWidget(panel);
    auto* fixes = new QHBoxLayout(m_fixes);
    fixes->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_fixes);
    row->addStretch();
    layout->addLayout(row);
    for (const char* name :
         {"restartBackend", "openTimeouts", "terminateIdle", "flushDb", "restartCelery"})
        fixes->addWidget(addFix(name));
    m_diagnosis = new QLabel(panel);
    m_diagnosis->setObjectName(QStringLiteral("diagnosis"));
    m_diagnosis->setWordWrap(true);
    m_diagnosis->setTextFormat(Qt::PlainText);
    m_diagnosis->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_diagnosis);
    m_evidenceLabel = new QLabel(panel);
    layout->addWidget(m_evidenceLabel);
    m_evidence = new QPlainTextEdit(panel);
    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_evidence->setReadOnly(true);
    m_evidence->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_evidenceLabel->setBuddy(m_evidence);
    layout->addWidget(m_evidence, 1);
    return panel;
}

QPushButton* TroubleshootingPage::addFix(const char* name)
{
    auto* b = new QPushButton(m_fixes);
    b->setObjectName(QLatin1String(name));
    m_fixButtons << b;
    return b;
}

QPushButton* TroubleshootingPage::fixButton(const QString& name) const
{
    for (QPushButton* b : m_fixButtons)
        if (b->objectName() == name)
            return b;
    return nullptr;
}

void TroubleshootingPage::retranslate()
{
    m_whatIsWrong->setText(tr("What is wrong?"));
    m_intro->setText(tr("Diagnoses every runbook below in one pass and opens the one that "
                        "matches, with its evidence."));
    m_diagnose->setText(tr("Diagnose"));
    m_evidenceLabel->setText(tr("Evidence:"));
    fixButton(QStringLiteral("restartBackend"))->setText(tr("Restart the backend…"));
    fixButton(QStringLiteral("openTimeouts"))->setText(tr("Edit the timeouts"));
    fixButton(QStringLiteral("openTimeouts"))
        ->setToolTip(tr("Opens the Configuration page at nginx's proxy timeouts."));
    fixButton(QStringLiteral("terminateIdle"))->setText(tr("End idle sessions…"));
    fixButton(QStringLiteral("terminateIdle"))
        ->setToolTip(tr("Lists the sessions idle for more than 5 minutes, then ends them."));
    fixButton(QStringLiteral("flushDb"))->setText(tr("FLUSHDB…"));
    fixButton(QStringLiteral("restartCelery"))->setText(tr("Restart Celery…"));
    fixButton(QStringLiteral("restartCelery"))
        ->setToolTip(tr("Restarts Celery and waits until `celery inspect ping` answers."));
    for (int row = 0; row < m_runbooks->count(); ++row) {
        QListWidgetItem* item = m_runbooks->item(row);
        item->setText(Runbooks::title(Problem(item->data(Qt::UserRole).toInt())));
    }
    m_frame->retranslate();
    showRunbook();
}

void TroubleshootingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

Problem TroubleshootingPage::currentProblem() const
{
    const QListWidgetItem* item = m_runbooks->currentItem();
    return item ? Problem(item->data(Qt::UserRole).toInt()) : Problem::BadGateway;
}

void TroubleshootingPage::selectProblem(Problem problem)
{
    m_runbooks->setCurrentRow(int(Runbooks::all().indexOf(problem)));
}

void TroubleshootingPage::reloadProfile()
{
    m_controller->setServices(m_active.current());
    if (m_settings && m_controller->hasProfile())
        m_controller->setThresholds(
            core::Thresholds::load(*m_settings, m_active.current()->profile().name));
    showRunbook();
}

void TroubleshootingPage::showRunbook()
{
    const Problem p = currentProblem();
    m_title->setText(Runbooks::title(p));
    QStringList fixes;
    for (const QString& f : Runbooks::fixes(p))
        fixes << QStringLiteral("• ") + f;
    m_fixesText->setText(tr("Fix:") + QLatin1Char('\n') + fixes.join(QLatin1Char('\n')));
    const QStringList mine = fixesFor(p);
    for (QPushButton* b : m_fixButtons)
        b->setVisible(mine.contains(b->objectName()));
    const auto d = m_controller->diagnosis(p);
    m_diagnosis->setText(!d           ? tr("Not diagnosed yet: click Diagnose.")
                         : d->matched ? tr("Found: %1").arg(d->summary)
                                      : tr("Not this problem: %1").arg(d->summary));
    m_diagnosis->setStyleSheet(!d           ? QString()
                               : d->matched ? QStringLiteral("color: #b5402f;")
                                            : QStringLiteral("color: #1f8a4c;"));
    m_evidence->setPlainText(d ? d->evidence.join(QLatin1Char('\n')) : QString());
    updateButtons();
}

void TroubleshootingPage::updateButtons()
{
    const bool free = m_controller->hasProfile() && !m_controller->isBusy();
    m_whatIsWrong->setEnabled(free);
    m_diagnose->setEnabled(free);
    for (QPushButton* b : m_fixButtons)
        b->setEnabled(free || b->objectName() == u"openTimeouts");
}

void TroubleshootingPage::whatIsWrong()
{
    m_controller->diagnose(std::nullopt);
}

void TroubleshootingPage::diagnoseCurrent()
{
    m_controller->diagnose(currentProblem());
}

void TroubleshootingPage::onDiagnosed(std::optional<Problem> asked)
{
    // Colour rather than icons: an icon narrows the wrapped title after its height is laid out.
    for (int row = 0; row < m_runbooks->count(); ++row) {
        QListWidgetItem* item = m_runbooks->item(row);
        const auto d = m_controller->diagnosis(Problem(item->data(Qt::UserRole).toInt()));
        item->setForeground(!d           ? palette().text()
                            : d->matched ? QBrush(QColor(0xb5, 0x40, 0x2f))
                                         : QBrush(QColor(0x1f, 0x8a, 0x4c)));
        QFont f = item->font();
        f.setBold(d && d->matched);
        item->setFont(f);
        item->setToolTip(d ? d->summary : QString());
    }
    const auto picked = m_controller->picked();
    if (asked) {
        selectProblem(*asked);
    } else if (picked) {
        selectProblem(picked->problem);
        verdict()->showVerdict(
            Kind::Failure,
            tr("%1 — %2").arg(Runbooks::title(picked->problem), picked->summary).toHtmlEscaped());
    } else {
        verdict()->showVerdict(Kind::Success,
                               tr("Nothing is wrong: none of the five problems shows in the "
                                  "evidence.")
                                   .toHtmlEscaped());
    }
    showRunbook();
}

void TroubleshootingPage::confirmRestart(bool celery)
{
    const QString service = celery ? QStringLiteral("celery") : QStringLiteral("backend");
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Restart %1?").arg(service),
        celery ? tr("Celery is restarted; tasks it is running now are interrupted and retried "
                    "by Celery. The panel waits until `celery inspect ping` answers.")
               : tr("The backend is restarted; requests it is answering now fail with 502 "
                    "until it is back. The panel waits until the API answers again."),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmRestart"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = box->addButton(tr("Restart %1").arg(service), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmRestartButton"));
    box->addButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, yes, celery] {
        if (box->clickedButton() == yes)
            m_controller->restart(celery ? core::StackRole::Celery : core::StackRole::Backend);
    });
    box->open();
}

void TroubleshootingPage::openFlushDb()
{
    auto* dialog = new FlushDbDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // On a production profile the profile's name is typed as well, after the database number.
    connect(dialog, &FlushDbDialog::flushRequested, this,
            [this, profile = m_active.current()->profile()](int database, const QString& typed) {
                TypedConfirmDialog::guard(
                    this, profile, tr("Empty the Redis database"),
                    tr("FLUSHDB removes every key of Redis database %1: queued Celery tasks and "
                       "cached results are lost.")
                        .arg(database),
                    tr("Empty it"), [controller = QPointer(m_controller), database, typed] {
                        if (controller)
                            controller->flushDb(database, typed);
                    });
            });
    // A dialog opened for one profile flushes nothing on another.
    connect(&m_active, &core::ActiveServices::switched, dialog, &QDialog::reject);
    dialog->open();
}

void TroubleshootingPage::openTerminateIdle()
{
    core::MonitorHub* hub = m_active.monitors();
    if (!hub || !hub->postgresMonitor()) {
        verdict()->showVerdict(Kind::Warning,
                               tr("PostgreSQL monitoring is not running for this profile: turn "
                                  "it on to end idle sessions.")
                                   .toHtmlEscaped());
        return;
    }
    auto* dialog = new TerminateIdleDialog(
        [hub = QPointer(hub)](qint64 olderThan, bool dryRun) {
            if (!hub || !hub->postgresMonitor())
                return QtFuture::makeReadyFuture(core::Result<QList<core::PgSession>>(core::fail(
                    core::Error(core::Error::Code::Cancelled, tr("PostgreSQL monitoring stopped."),
                                tr("The profile was switched or closed.")))));
            return hub->postgresMonitor()->terminateIdle(olderThan, dryRun);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(&m_active, &core::ActiveServices::switched, dialog, &QDialog::reject);
    dialog->open();
    dialog->list();
}

} // namespace artgen::gui
