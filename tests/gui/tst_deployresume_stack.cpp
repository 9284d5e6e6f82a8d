// Issue #18: "The panel killed during step 4 resumes at step 4." A real kill of a real panel
// process: this binary runs itself again as a child (ARTGEN_RESUME_CHILD=1) in which the real
// DeploymentWizard, step 3 confirmed, runs the rest from step 1 against the running demo stack
// with a build that really builds (a file added to the backend's build context). When the run
// saved in the profile's checklist folder says step 4 is running, the child gets SIGKILL; the
// Deployment page, in this process, then offers that run, its wizard opens at step 4 with steps
// 1–3 done, and running the rest from there ends the run (10–11 skipped with reasons).
// Steps 2 and 5 stop and start the whole stack: the profile's folder must be the one the running
// stack was started from (ARTGEN_DEMO_STACK). Whatever happens, the file goes and the stack is
// brought back up and healthy on the images it ran before.
#include "../integration/stackfixture.h"
#include "checklist/checklistrun.h"
#include "compose/composejob.h"
#include "deploy/deploymentcontroller.h"
#include "deploy/deploymentintropage.h"
#include "deploy/deploymentpage.h"
#include "deploy/deploymentsteppage.h"
#include "deploy/deploymentwizard.h"
#include "deploy/runlistmodel.h"
#include "job/jobrunner.h"
#include "logging/auditlog.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace artgen;
using namespace Qt::Literals::StringLiterals;
using core::StepState;

namespace {

const char* const kChildVariable = "ARTGEN_RESUME_CHILD";
// Added to the backend's build context (COPY app) so that step 4 builds for real.
const QString kMarker = u"app/resume_test_marker.txt"_s;

// The panel as a user runs it: a new deployment from the wizard, step 3 confirmed on the intro
// page, "Run the rest" from step 1. It runs until it is killed (or gives up after 15 minutes).
int runChild(int argc, char** argv)
{
    QApplication app(argc, argv);
    StackFixture stack;
    if (!stack.unavailableReason().isEmpty()) {
        qCritical("child: %s", qPrintable(stack.unavailableReason()));
        return 2;
    }
    core::AuditLog::setPath(qEnvironmentVariable("ARTGEN_RESUME_AUDIT"));
    core::ActiveServices services;
    services.activate(stack.profile());
    core::JobRunner jobs;
    auto* wizard = new gui::DeploymentWizard(
        services.current(), jobs,
        core::ChecklistRun::create(stack.profile().name, 1, core::ChecklistRun::kLastStep), {},
        core::ChecklistRun::folderFor(stack.profile()), false);
    wizard->open();
    wizard->findChild<QCheckBox*>(u"manualChange"_s)->setChecked(true);
    wizard->next();
    auto* step1 = wizard->stepPage(1);
    if (!step1 || wizard->currentPage() != step1)
        return 3;
    step1->findChild<QPushButton*>(u"runRest"_s)->click();
    QTimer::singleShot(15 * 60 * 1000, &app, [] { QCoreApplication::exit(4); });
    return app.exec();
}

} // namespace

class TestDeployResumeStack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StackFixture> m_stack;
    std::unique_ptr<core::SettingsStore> m_settings;
    std::unique_ptr<core::ActiveServices> m_services;
    std::unique_ptr<core::JobRunner> m_jobs;
    QProcess m_child;
    QMap<QString, QString> m_images; // artgen-demo/* -> id before the test's build

    QString markerPath() const { return QDir(m_stack->profile().stackDir).filePath(kMarker); }

    static StepState sideState(gui::DeploymentWizard* w, int stepId)
    {
        QListWidget* list = w->stepList();
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->data(Qt::UserRole).toInt() == stepId)
                return StepState(list->item(row)->data(Qt::UserRole + 1).toInt());
        return StepState::Pending;
    }

    // The child's run as saved, once its step 4 is running; empty after the deadline.
    std::optional<core::ChecklistRun> waitForStep4Running(const QString& folder)
    {
        std::optional<core::ChecklistRun> found;
        const auto running = [&] {
            for (const QFileInfo& f : QDir(folder).entryInfoList({u"run-*.json"_s}, QDir::Files))
                if (auto run = core::ChecklistRun::load(f.filePath());
                    run && run->record(4) && run->record(4)->state == StepState::Running)
                    found = *run;
            return found.has_value() || m_child.state() == QProcess::NotRunning;
        };
        return QTest::qWaitFor(running, 600000) ? found : std::nullopt;
    }

    // The stack as it was: every service up and the API answering, within a deadline.
    void bringStackBack()
    {
        auto up = core::ComposeJob::up(m_stack->profile());
        QSignalSpy done(up.get(), &core::Job::finished);
        m_jobs->start(up);
        QVERIFY(up->isFinished() || done.wait(600000));
        QVERIFY2(up->state() == core::Job::State::Succeeded, qPrintable(up->error().message()));
        QVERIFY(
            QTest::qWaitFor([&] { return StackFixture().unavailableReason().isEmpty(); }, 300000));
        QTRY_VERIFY_WITH_TIMEOUT(m_stack->request("GET", u"/api/v1/health"_s).status == 200,
                                 120000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"data"_s)));
        qputenv("ARTGEN_CONFIG", QFile::encodeName(m_dir.filePath(u"panel.conf"_s)));
        qputenv("ARTGEN_RESUME_AUDIT", QFile::encodeName(m_dir.filePath(u"audit.jsonl"_s)));
        core::AuditLog::setPath(m_dir.filePath(u"audit.jsonl"_s));
        m_stack = std::make_unique<StackFixture>();
        REQUIRE_STACK(*m_stack);
        if (const QString why = m_stack->mountedElsewhere(); !why.isEmpty()) {
            if (StackFixture::stackRequired())
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        m_settings = std::make_unique<core::SettingsStore>(m_dir.filePath(u"panel.conf"_s));
        m_settings->setProfiles({m_stack->profile()});
        m_settings->setActiveProfileName(m_stack->profile().name);
        m_services = std::make_unique<core::ActiveServices>();
        m_services->activate(m_stack->profile());
        m_jobs = std::make_unique<core::JobRunner>();
        m_images = StackFixture::demoImages();
    }

    void cleanupTestCase()
    {
        if (!m_stack || !m_jobs)
            return;
        if (m_child.state() != QProcess::NotRunning) {
            m_child.kill();
            m_child.waitForFinished(10000);
        }
        QFile::remove(markerPath());
        QVERIFY(!QFile::exists(markerPath()));
        // The images as they were too: the stack comes back on them, and the test's own build
        // (the marker in its context) goes.
        const QStringList built = StackFixture::tagBack(m_images);
        bringStackBack();
        for (const QString& id : built)
            if (!id.isEmpty() && !StackFixture::demoImages().values().contains(id))
                StackFixture::docker({u"rmi"_s, id});
        QCOMPARE(StackFixture::demoImages(), m_images);
    }

    void killedDuringStep4ResumesAtStep4()
    {
        QFile marker(markerPath());
        QVERIFY2(marker.open(QIODevice::WriteOnly), qPrintable(marker.errorString()));
        marker.write("A build input of the resume test; it removes this file.\n" +
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8());
        marker.close();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildVariable), u"1"_s);
        m_child.setProcessEnvironment(env);
        m_child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_child.setStandardOutputFile(m_dir.filePath(u"child.log"_s));
        m_child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(m_child.waitForStarted(10000));

        const QString folder = core::ChecklistRun::folderFor(m_stack->profile());
        const auto killedAt = waitForStep4Running(folder);
        QVERIFY2(killedAt, qPrintable(u"the child's step 4 was never seen running (exit %1)"_s.arg(
                               m_child.exitCode())));
        m_child.kill(); // SIGKILL: no chance to save or clean up
        QTRY_COMPARE_WITH_TIMEOUT(m_child.state(), QProcess::NotRunning, 10000);
        QCOMPARE(m_child.exitStatus(), QProcess::CrashExit);
        for (int id = 1; id <= 3; ++id)
            QVERIFY2(killedAt->record(id)->isDone(), qPrintable(QString::number(id)));
        QCOMPARE(killedAt->resumeStep(), 4);

        // The Deployment page offers the killed run.
        gui::DeploymentPage page(*m_services, *m_jobs, m_settings.get());
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY(page.isListed());
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->entryAt(0)->run.id, killedAt->id);
        QCOMPARE(gui::RunListModel::stateText(page.model()->entryAt(0)->run),
                 u"Interrupted at step 4"_s);
        auto* resume = page.findChild<QPushButton*>(u"resumeDeployment"_s);
        QTRY_VERIFY(resume->isEnabled());
        resume->click();
        QPointer<gui::DeploymentWizard> w = page.wizard();
        QVERIFY(w);
        QTRY_VERIFY(w->isVisible());
        QCOMPARE(w->currentId(), 4);
        for (int id = 1; id <= 3; ++id) {
            const StepState s = sideState(w, id);
            QVERIFY2(s == StepState::Passed || s == StepState::Warned,
                     qPrintable(u"step %1: %2"_s.arg(id).arg(int(s))));
        }

        // The rest from step 4; the basic test and monitoring are not what this test is about.
        QVERIFY(w->controller()->skip(10, u"not part of the resume test"_s));
        QVERIFY(w->controller()->skip(11, u"not part of the resume test"_s));
        w->stepPage(4)->findChild<QPushButton*>(u"runRest"_s)->click();
        QTRY_VERIFY(w->controller()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!w->controller()->isBusy(), 900000);
        const core::ChecklistRun& run = w->controller()->run();
        for (int id = 4; id <= 9; ++id)
            QVERIFY2(run.record(id)->isDone(),
                     qPrintable(u"step %1: %2 %3"_s.arg(id).arg(
                         run.record(id)->summary, run.record(id)->evidence.join(u'\n'))));
        QCOMPARE(run.record(4)->state, StepState::Passed); // it built
        QVERIFY(run.isComplete());
        QTRY_COMPARE(w->currentId(), int(gui::DeploymentWizard::kSummaryId));
        QTRY_COMPARE(gui::RunListModel::stateText(page.model()->entryAt(0)->run).left(8),
                     u"Complete"_s);
        w->accept();
    }
};

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet(kChildVariable))
        return runChild(argc, argv);
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    TestDeployResumeStack test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_deployresume_stack.moc"
