// The Deployment page and the deployment wizard without a stack: the profile's Docker and API
// answer nowhere (a closed port, or a port that accepts and never answers), so a step fails with
// its evidence and nothing ever touches a real stack (no compose step is run: steps 1–6 are
// skipped with reasons, step 7 is the API check).
#include "checklist/checklist.h"
#include "checklist/checklistrun.h"
#include "common/typedconfirmdialog.h"
#include "deploy/deploymentcontroller.h"
#include "deploy/deploymentpage.h"
#include "deploy/deploymentrollbackpage.h"
#include "deploy/deploymentsteppage.h"
#include "deploy/deploymentwizard.h"
#include "deploy/rollbackdialog.h"
#include "deploy/runlistmodel.h"
#include "job/jobrunner.h"
#include "logging/auditlog.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace artgen;
using core::StepState;

class TestDeploymentWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::SettingsStore> m_settings;
    std::unique_ptr<core::ActiveServices> m_services;
    std::unique_ptr<core::JobRunner> m_jobs;
    QTcpServer m_silent; // accepts, never answers: a step that hangs until it times out
    QList<QTcpSocket*> m_held;

    QString stackDir() const { return m_dir.filePath(QStringLiteral("stack")); }

    void activate(const QUrl& api)
    {
        core::Profile p = core::Profile::fromStackDir(stackDir(), QStringLiteral("Wizard test"));
        // Nothing here may reach the shared demo stack: no Docker, no API, another project.
        p.dockerHost = QStringLiteral("tcp://127.0.0.1:9");
        p.projectName = QStringLiteral("artgen_wizard_test");
        p.apiBaseUrl = api;
        p.backupDir = m_dir.filePath(QStringLiteral("backups"));
        m_settings->setProfiles({p});
        m_settings->setActiveProfileName(p.name);
        m_services->activate(p);
    }

    static gui::DeploymentStepPage* currentStep(gui::DeploymentWizard* w)
    {
        return qobject_cast<gui::DeploymentStepPage*>(w->currentPage());
    }

    static void skipWith(gui::DeploymentStepPage* page, const QString& reason)
    {
        page->findChild<QPushButton*>(QStringLiteral("skipStep"))->click();
        QTRY_VERIFY(page->skipDialog() && page->skipDialog()->isVisible());
        page->skipDialog()->setTextValue(reason);
        page->skipDialog()->accept();
    }

    static StepState sideState(gui::DeploymentWizard* w, int stepId)
    {
        QListWidget* list = w->stepList();
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->data(Qt::UserRole).toInt() == stepId)
                return StepState(list->item(row)->data(Qt::UserRole + 1).toInt());
        return StepState::Pending;
    }

    // Opens a new deployment from the page, leaves the intro and skips steps 1–6 with reasons.
    void startAtStep7(gui::DeploymentPage& page, QPointer<gui::DeploymentWizard>* out)
    {
        page.newDeployment();
        gui::DeploymentWizard* w = page.wizard();
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->isVisible(), 5000);
        QCOMPARE(w->currentId(), int(gui::DeploymentWizard::kIntroId));
        w->next();
        for (int id = 1; id <= 6; ++id) {
            auto* step = currentStep(w);
            QVERIFY(step);
            QCOMPARE(step->stepId(), id);
            skipWith(step, QStringLiteral("not on this host %1").arg(id));
            QCOMPARE(w->controller()->run().record(id)->state, StepState::Skipped);
            w->next();
        }
        *out = w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY(QDir().mkpath(stackDir() + QStringLiteral("/Docker_all")));
        QFile env(stackDir() + QStringLiteral("/Docker_all/.env"));
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write("POSTGRES_USER=artgen\nPOSTGRES_DB=artgen_test\nPOSTGRES_PASSWORD=x\n");
        env.close();
        core::AuditLog::setPath(m_dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(m_silent.listen(QHostAddress::LocalHost));
        connect(&m_silent, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_silent.nextPendingConnection())
                m_held << s;
        });
    }

    void init()
    {
        QDir(m_dir.filePath(QStringLiteral("data"))).removeRecursively();
        m_settings =
            std::make_unique<core::SettingsStore>(m_dir.filePath(QStringLiteral("wizard.conf")));
        m_services = std::make_unique<core::ActiveServices>();
        m_jobs = std::make_unique<core::JobRunner>();
        activate(QUrl(QStringLiteral("http://127.0.0.1:9")));
    }

    void cleanup()
    {
        m_jobs.reset();
        m_services.reset();
        m_settings.reset();
    }

    void aStepFailsWithItsEvidenceAndSkipNeedsAReason()
    {
        gui::DeploymentPage page(*m_services, *m_jobs, m_settings.get());
        page.show();
        QTRY_VERIFY(page.isListed());
        QCOMPARE(page.model()->rowCount(), 0);

        page.newDeployment();
        QPointer<gui::DeploymentWizard> w = page.wizard();
        QVERIFY(w);
        QTRY_VERIFY(w->isVisible());
        QCOMPARE(w->stepList()->count(), 11);
        // Choices made on the intro page, which a resumed run must make again.
        w->findChild<QCheckBox*>(QStringLiteral("noBuild"))->setChecked(true);
        w->findChild<QCheckBox*>(QStringLiteral("loadTest"))->setChecked(false);
        w->next();
        gui::DeploymentStepPage* step1 = currentStep(w);
        QVERIFY(step1);
        QCOMPARE(step1->stepId(), 1);
        QVERIFY(!step1->isComplete()); // Next waits for the step

        // A blank reason skips nothing and says why.
        skipWith(step1, QStringLiteral("   "));
        QCOMPARE(w->controller()->run().record(1)->state, StepState::Pending);
        QVERIFY2(step1->message().contains(u"reason"), qPrintable(step1->message()));
        QVERIFY(!step1->isComplete());
        skipWith(step1, QStringLiteral("backed up by the DBA at 06:00"));
        const core::StepRecord* r1 = w->controller()->run().record(1);
        QCOMPARE(r1->state, StepState::Skipped);
        QCOMPARE(r1->skipReason, QStringLiteral("backed up by the DBA at 06:00"));
        QCOMPARE(sideState(w, 1), StepState::Skipped);
        QVERIFY(w->stepList()->item(0)->toolTip().contains(u"DBA at 06:00"));
        QVERIFY(!w->stepList()->item(0)->icon().isNull());
        QVERIFY(step1->isComplete());
        w->next();
        for (int id = 2; id <= 6; ++id) {
            QCOMPARE(currentStep(w)->stepId(), id);
            skipWith(currentStep(w), QStringLiteral("test %1").arg(id));
            w->next();
        }

        // Step 7 against an API that is not there: failed, its evidence on the page.
        gui::DeploymentStepPage* step7 = currentStep(w);
        QCOMPARE(step7->stepId(), 7);
        QCOMPARE(sideState(w, 7), StepState::Pending);
        QVERIFY(w->stepList()->item(6)->isSelected()); // where the run stands
        step7->findChild<QPushButton*>(QStringLiteral("runStep"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(w->controller()->run().record(7)->state, StepState::Failed,
                                  30000);
        QTRY_VERIFY(!w->controller()->isBusy());
        const QString evidence =
            step7->findChild<QPlainTextEdit*>(QStringLiteral("evidence"))->toPlainText();
        QVERIFY2(evidence.contains(u"GET http://127.0.0.1:9/api/v1/health"), qPrintable(evidence));
        const QString state = step7->findChild<QLabel*>(QStringLiteral("stateLabel"))->text();
        QVERIFY2(state.contains(u"did not answer"), qPrintable(state));
        QCOMPARE(sideState(w, 7), StepState::Failed);
        QVERIFY(!step7->isComplete()); // a failed step is not passed over
        QCOMPARE(step7->findChild<QPushButton*>(QStringLiteral("runStep"))->text(),
                 QStringLiteral("Retry"));
        // A failed step from 5 on offers the rollback; it shows its plan first: with Docker not
        // answering, why it cannot roll back, and OK stays disabled.
        auto* rollBack = step7->findChild<QPushButton*>(QStringLiteral("rollBack"));
        QVERIFY(rollBack->isEnabled());
        rollBack->click();
        QTRY_VERIFY(w->rollbackDialog() && w->rollbackDialog()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(w->rollbackDialog()->hasPlan(), 60000);
        auto* problems = w->rollbackDialog()->findChild<QLabel*>(QStringLiteral("problemsLabel"));
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().startsWith(u"It cannot roll back"), qPrintable(problems->text()));
        QVERIFY(!w->rollbackDialog()->okButton()->isEnabled());
        w->rollbackDialog()->reject();
        QTRY_VERIFY(!w->rollbackDialog());
        // The run was saved as it went: the page lists it, failed at step 7.
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QTRY_COMPARE(gui::RunListModel::stateText(page.model()->entryAt(0)->run),
                     QStringLiteral("Failed at step 7"));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("resumeDeployment"))->isEnabled());

        // Closing asks; "Keep going" keeps it open, confirming closes and keeps the run.
        w->reject();
        QTRY_VERIFY(w->closeQuestion());
        w->closeQuestion()->findChild<QPushButton*>(QStringLiteral("keepGoing"))->click();
        QTRY_VERIFY(!w->closeQuestion());
        QVERIFY(w->isVisible());
        w->reject();
        QTRY_VERIFY(w->closeQuestion());
        w->closeQuestion()->findChild<QPushButton*>(QStringLiteral("confirmClose"))->click();
        QTRY_VERIFY(!w);

        // Resume opens a new wizard at step 7, steps 1–6 shown as they ended.
        auto* resume = page.findChild<QPushButton*>(QStringLiteral("resumeDeployment"));
        QTRY_VERIFY(resume->isEnabled());
        resume->click();
        QPointer<gui::DeploymentWizard> again = page.wizard();
        QVERIFY(again);
        QTRY_VERIFY(again->isVisible());
        QCOMPARE(again->currentId(), 7);
        QCOMPARE(again->controller()->options().build, false);
        QCOMPARE(again->controller()->options().loadTest, false);
        QCOMPARE(again->controller()->run().options.value(QStringLiteral("build")).toBool(true),
                 false);
        for (int id = 1; id <= 6; ++id)
            QCOMPARE(sideState(again, id), StepState::Skipped);
        QCOMPARE(again->controller()->run().record(1)->skipReason,
                 QStringLiteral("backed up by the DBA at 06:00"));
        QCOMPARE(sideState(again, 7), StepState::Failed);
        QVERIFY(currentStep(again)
                    ->findChild<QPlainTextEdit*>(QStringLiteral("evidence"))
                    ->toPlainText()
                    .contains(u"api/v1/health"));
        again->reject();
        QTRY_VERIFY(again->closeQuestion());
        again->closeQuestion()->findChild<QPushButton*>(QStringLiteral("confirmClose"))->click();
        QTRY_VERIFY(!again);
    }

    // Closed while a step runs: the step is stopped, the run stays resumable at that step.
    void closingMidStepLeavesAResumableRun()
    {
        activate(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_silent.serverPort())));
        gui::DeploymentPage page(*m_services, *m_jobs, m_settings.get());
        page.show();
        QTRY_VERIFY(page.isListed());
        QPointer<gui::DeploymentWizard> w;
        startAtStep7(page, &w);
        QVERIFY(w);
        QCOMPARE(currentStep(w)->stepId(), 7);
        currentStep(w)->findChild<QPushButton*>(QStringLiteral("runStep"))->click();
        QTRY_COMPARE(w->controller()->runningStep(), 7);
        QCOMPARE(sideState(w, 7), StepState::Running);
        w->reject();
        QTRY_VERIFY(w->closeQuestion());
        QVERIFY(w->closeQuestion()->text().contains(u"Step 7 is running"));
        w->closeQuestion()->findChild<QPushButton*>(QStringLiteral("confirmClose"))->click();
        // The API check gives up at its timeout; the wizard closes once the step has stopped.
        QTRY_VERIFY_WITH_TIMEOUT(!w, 30000);

        const QString folder = page.folder();
        const auto run = core::ChecklistRun::latestUnfinished(folder);
        QVERIFY(run);
        QCOMPARE(run->resumeStep(), 7);
        QCOMPARE(run->record(3)->skipReason, QStringLiteral("not on this host 3"));
        QTRY_VERIFY(page.findChild<QPushButton*>(QStringLiteral("resumeDeployment"))->isEnabled());
        page.resume();
        QPointer<gui::DeploymentWizard> again = page.wizard();
        QVERIFY(again);
        QCOMPARE(again->currentId(), 7);
        QCOMPARE(sideState(again, 6), StepState::Skipped);
        again->reject();
        QTRY_VERIFY(again->closeQuestion());
        again->closeQuestion()->findChild<QPushButton*>(QStringLiteral("confirmClose"))->click();
        QTRY_VERIFY(!again);
    }

    // "Run the rest" stops at the first step that fails; the steps after it stay pending.
    void runTheRestStopsAtTheFirstFailure()
    {
        gui::DeploymentPage page(*m_services, *m_jobs, m_settings.get());
        page.show();
        QTRY_VERIFY(page.isListed());
        QPointer<gui::DeploymentWizard> w;
        startAtStep7(page, &w);
        QVERIFY(w);
        currentStep(w)->findChild<QPushButton*>(QStringLiteral("runRest"))->click();
        QTRY_VERIFY(w->controller()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!w->controller()->isBusy(), 30000);
        const core::ChecklistRun& run = w->controller()->run();
        QCOMPARE(run.record(7)->state, StepState::Failed);
        for (int id = 8; id <= 11; ++id)
            QCOMPARE(run.record(id)->state, StepState::Pending);
        QCOMPARE(w->currentId(), 7);
        QCOMPARE(sideState(w, 7), StepState::Failed);
        QCOMPARE(sideState(w, 8), StepState::Pending);
        w->reject();
        QTRY_VERIFY(w->closeQuestion());
        w->closeQuestion()->findChild<QPushButton*>(QStringLiteral("confirmClose"))->click();
        QTRY_VERIFY(!w);
    }

    // Roll back: disabled with a reason on steps 1–4 (even failed), and on a step from 5 on that
    // has not failed.
    void rollBackOnlyOnAFailedStepFrom5()
    {
        core::ChecklistRun run = core::ChecklistRun::create(QStringLiteral("Wizard test"), 1, 11);
        core::StepRecord failed = core::StepRecord::failed(QStringLiteral("broken"));
        for (int id : {3, 8}) {
            failed.id = id;
            run.setRecord(failed);
        }
        gui::DeploymentWizard w(m_services->current(), *m_jobs, run, {}, {}, true);
        const auto button = [&](int id) {
            return w.stepPage(id)->findChild<QPushButton*>(QStringLiteral("rollBack"));
        };
        for (int id : {1, 2, 3, 4}) {
            QVERIFY2(!button(id)->isEnabled(), qPrintable(QString::number(id)));
            QVERIFY2(button(id)->toolTip().contains(u"from 5 on fails"),
                     qPrintable(button(id)->toolTip()));
        }
        for (int id : {5, 6, 7, 9, 10, 11}) {
            QVERIFY2(!button(id)->isEnabled(), qPrintable(QString::number(id)));
            QVERIFY(button(id)->toolTip().contains(u"when this step fails"));
        }
        QVERIFY(button(8)->isEnabled());
        QVERIFY(button(8)->toolTip().contains(u"checks steps 5 to 9 again"));
    }

    // A failed step is never passed over, not even the last one: the summary is reached only
    // with every step done, so it has nothing to roll back and no Roll back of its own (the
    // failed step's page has it).
    void theSummaryIsReachedOnlyWithEveryStepDone()
    {
        core::ChecklistRun run = core::ChecklistRun::create(QStringLiteral("Wizard test"), 1, 11);
        for (int id = 1; id <= 10; ++id) {
            core::StepRecord passed = core::StepRecord::passed(QStringLiteral("ok"));
            passed.id = id;
            run.setRecord(passed);
        }
        core::StepRecord failed = core::StepRecord::failed(QStringLiteral("no monitoring"));
        failed.id = 11;
        run.setRecord(failed);
        gui::DeploymentWizard w(m_services->current(), *m_jobs, run, {},
                                m_dir.filePath(QStringLiteral("summary-runs")), true);
        w.show();
        QCOMPARE(w.currentId(), 11);
        QAbstractButton* next = w.button(QWizard::NextButton);
        QAbstractButton* finish = w.button(QWizard::FinishButton);
        QVERIFY(!(next->isVisible() && next->isEnabled()));
        QVERIFY(!(finish->isVisible() && finish->isEnabled()));
        QVERIFY(w.stepPage(11)->findChild<QPushButton*>(QStringLiteral("rollBack"))->isEnabled());

        skipWith(currentStep(&w), QStringLiteral("monitoring checked by hand"));
        QTRY_VERIFY(next->isVisible() && next->isEnabled());
        next->click();
        QCOMPARE(w.currentId(), int(gui::DeploymentWizard::kSummaryId));
        QCOMPARE(w.controller()->run().count(StepState::Failed), 0);
        QVERIFY(!w.currentPage()->findChild<QPushButton*>(QStringLiteral("rollBack")));
        QTRY_VERIFY(!w.controller()->isBusy()); // the report is written
    }

    // The database restore needs the database's name typed: OK only when it matches.
    void rollbackDialogGatesTheRestoreOnTheTypedName()
    {
        gui::RollbackDialog dialog;
        dialog.open();
        QVERIFY(!dialog.okButton()->isEnabled()); // no plan yet
        core::RollbackPlan plan;
        plan.filesToRestore = {QStringLiteral("nginx-docker.conf")};
        plan.configDiff = {QStringLiteral("--- nginx-docker.conf"),
                           QStringLiteral("-        deny all;")};
        plan.images = {{QStringLiteral("backend"), QStringLiteral("artgen-demo/app:latest"),
                        QStringLiteral("sha256:1111111111111111aaaa"),
                        QStringLiteral("sha256:2222222222222222bbbb")}};
        plan.backupFile = QStringLiteral("/backups/artgen_test-step1.dump");
        plan.database = QStringLiteral("artgen_test");
        dialog.setPlan(plan);
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(!dialog.options().restoreBackup);
        auto* diff = dialog.findChild<QPlainTextEdit*>(QStringLiteral("diff"));
        QVERIFY(diff->toPlainText().contains(u"deny all"));
        auto* images = dialog.findChild<QTreeWidget*>(QStringLiteral("images"));
        QCOMPARE(images->topLevelItemCount(), 1);
        QCOMPARE(images->topLevelItem(0)->text(2), QStringLiteral("222222222222"));
        QCOMPARE(images->topLevelItem(0)->text(3), QStringLiteral("111111111111"));

        auto* restore = dialog.findChild<QCheckBox*>(QStringLiteral("restoreBackup"));
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("databaseName"));
        QVERIFY(restore->isEnabled());
        QVERIFY(restore->text().contains(u"artgen_test-step1.dump"));
        QVERIFY(!name->isVisible());
        restore->setChecked(true);
        QVERIFY(name->isVisible());
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::keyClicks(name, QStringLiteral("artgen_tes"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::keyClicks(name, QStringLiteral("x"));
        QVERIFY(!dialog.okButton()->isEnabled());
        name->setText(QStringLiteral("artgen_test"));
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.options().confirmedDatabase, QStringLiteral("artgen_test"));
        QVERIFY(dialog.options().restoreBackup);
        restore->setChecked(false); // unticked: no name needed, none passed on
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(dialog.options().confirmedDatabase.isEmpty());

        // A plan that cannot roll back: its problems, and no OK whatever is typed.
        plan.problems = {QStringLiteral("Step 2 recorded no images.")};
        dialog.setPlan(plan);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("problemsLabel"))
                    ->text()
                    .contains(u"recorded no images"));
    }

    // On a production profile the rollback also wants the profile's name typed, as the other
    // destructive actions do; Cancel starts nothing.
    void productionRollbackWantsTheProfileName()
    {
        core::Profile p = m_services->current()->profile();
        p.production = true;
        m_services->activate(p);
        core::ChecklistRun run = core::ChecklistRun::create(p.name, 1, 11);
        for (int id = 1; id <= 7; ++id) {
            core::StepRecord r = id < 7 ? core::StepRecord::passed(QStringLiteral("done"))
                                        : core::StepRecord::failed(QStringLiteral("broken"));
            r.id = id;
            run.setRecord(r);
        }
        gui::DeploymentWizard w(m_services->current(), *m_jobs, run, {}, {}, true);
        w.open();
        QCOMPARE(w.currentId(), 7);
        w.stepPage(7)->findChild<QPushButton*>(QStringLiteral("rollBack"))->click();
        QTRY_VERIFY(w.rollbackDialog() && w.rollbackDialog()->isVisible());
        Q_EMIT w.rollbackDialog()->rollbackRequested({}); // what its OK does
        gui::TypedConfirmDialog* confirm = nullptr;
        QTRY_VERIFY((confirm = w.findChild<gui::TypedConfirmDialog*>()) && confirm->isVisible());
        confirm->nameField()->setText(QStringLiteral("Wizard"));
        QVERIFY(!confirm->confirmButton()->isEnabled());
        confirm->nameField()->setText(p.name);
        QVERIFY(confirm->confirmButton()->isEnabled());
        confirm->reject();
        QVERIFY(!w.controller()->isBusy());
        QVERIFY(!w.controller()->run().rollback);
        QCOMPARE(w.currentId(), 7);

        // Confirmed, it runs on the rollback page; with no copy of the files from step 1 (and
        // no Docker) it fails at its first stage, and says so.
        Q_EMIT w.rollbackDialog()->rollbackRequested({});
        QTRY_VERIFY((confirm = w.findChild<gui::TypedConfirmDialog*>()) && confirm->isVisible());
        confirm->nameField()->setText(p.name);
        confirm->confirmButton()->click();
        QTRY_COMPARE(w.currentId(), int(gui::DeploymentWizard::kRollbackId));
        QTRY_VERIFY_WITH_TIMEOUT(!w.controller()->isBusy(), 60000);
        QVERIFY(w.controller()->run().rollback);
        QCOMPARE(w.controller()->run().rollback->state, StepState::Failed);
        const QString outcome = w.rollbackPage()->outcome();
        QVERIFY2(outcome.startsWith(u"The rollback failed at"), qPrintable(outcome));
        auto* stages = w.rollbackPage()->findChild<QListWidget*>(QStringLiteral("rollbackStages"));
        QCOMPARE(stages->count(), 9);
        QCOMPARE(stages->currentRow(), 0); // the failed stage, its evidence shown
        // A rollback that failed may be tried again from the failed step.
        QVERIFY(w.stepPage(7)->findChild<QPushButton*>(QStringLiteral("rollBack"))->isEnabled());
    }

    void pageShowsTheSelectedRunsReport()
    {
        // A run saved by hand, as the checklist job saves them.
        core::ChecklistRun run = core::ChecklistRun::create(QStringLiteral("Wizard test"), 6, 10);
        run.skip(6, QStringLiteral("logs read by hand"));
        const QString folder = core::ChecklistRun::folderFor(m_services->current()->profile());
        QVERIFY(run.save(folder));
        gui::DeploymentPage page(*m_services, *m_jobs, m_settings.get());
        page.show();
        QTRY_VERIFY(page.isListed());
        QCOMPARE(page.model()->rowCount(), 1);
        const auto cell = [&](int column) {
            return page.model()->index(0, column).data().toString();
        };
        QCOMPARE(cell(gui::RunListModel::Kind), QStringLiteral("Health check (6–10)"));
        QCOMPARE(cell(gui::RunListModel::State), QStringLiteral("Interrupted at step 7"));
        QCOMPARE(cell(gui::RunListModel::Steps), QStringLiteral("1 skipped"));
        QTRY_VERIFY(page.reportView()->toPlainText().contains(u"logs read by hand"));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("resumeDeployment"))->isEnabled());
    }

    // Resume never goes on with a deployment older than the newest: it would redo its steps
    // over the newer one's. A newer health check does not supersede a deployment.
    void anOlderDeploymentIsNotResumedOverTheNewest()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString folder = core::ChecklistRun::folderFor(m_services->current()->profile());
        core::ChecklistRun older =
            core::ChecklistRun::create(QStringLiteral("Wizard test"), 1, 11, now.addSecs(-600));
        older.skip(1, QStringLiteral("backed up by hand"));
        core::ChecklistRun newest =
            core::ChecklistRun::create(QStringLiteral("Wizard test"), 1, 11, now.addSecs(-300));
        for (int id = 1; id <= 11; ++id)
            newest.skip(id, QStringLiteral("done by hand"));
        QVERIFY(newest.isComplete());
        core::ChecklistRun check =
            core::ChecklistRun::create(QStringLiteral("Wizard test"), 6, 10, now);
        check.skip(6, QStringLiteral("logs read by hand"));
        QVERIFY(older.save(folder));
        QVERIFY(newest.save(folder));
        QVERIFY(check.save(folder));

        gui::DeploymentPage page(*m_services, *m_jobs, m_settings.get());
        page.show();
        QTRY_VERIFY(page.isListed());
        QCOMPARE(page.model()->rowCount(), 3);
        const int row = page.model()->rowOf(older.id);
        QCOMPARE(row, 2);
        QVERIFY(page.model()->entryAt(row)->superseded);
        QVERIFY(!page.model()->entryAt(row)->resumable());
        QCOMPARE(page.model()->index(row, gui::RunListModel::State).data().toString(),
                 QStringLiteral("Interrupted at step 2, superseded by a newer run"));
        QVERIFY(!page.model()->entryAt(page.model()->rowOf(check.id))->superseded);
        auto* resume = page.findChild<QPushButton*>(QStringLiteral("resumeDeployment"));
        // Only the health check is left to resume, whichever row is selected.
        QVERIFY(resume->isEnabled());
        page.table()->selectRow(row);
        page.resume();
        QPointer<gui::DeploymentWizard> w = page.wizard();
        QVERIFY(w);
        QCOMPARE(w->controller()->run().id, check.id);
        w->reject();
        QTRY_VERIFY(w->closeQuestion());
        w->closeQuestion()->findChild<QPushButton*>(QStringLiteral("confirmClose"))->click();
        QTRY_VERIFY(!w);
        QVERIFY(QFile::remove(QDir(folder).filePath(check.fileName())));
        page.refresh();
        QTRY_COMPARE(page.model()->rowCount(), 2);
        QTRY_VERIFY(!resume->isEnabled());
    }
};

QTEST_MAIN(TestDeploymentWizard)
#include "tst_deploymentwizard.moc"
