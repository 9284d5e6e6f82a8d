// Issue #18: a deployment whose configuration change breaks a check from 5 on is rolled back
// from the wizard, on the running demo stack. Steps 1 and 2 run for real (the backup and the
// copy of the files; the images the stack ran), then the nginx file gets a change that passes
// `nginx -t` and the container's own health check but refuses the API to everyone else (allow
// 127.0.0.1; deny all), so step 7 fails with 403. Roll back shows the file and its diff, runs,
// puts the file back to its bytes of step 1, and checks 5–9 pass again; the Deployment page lists
// the run as rolled back and its report has the rollback. The profile's folder must be the one the
// running stack was started from (ARTGEN_DEMO_STACK). Whatever happens, the file goes back as
// found (in place: the frontend mounts that inode) and the stack is brought back healthy.
// With ARTGEN_SHOTS=<folder>, the dialog and the wizard after the rollback are saved there (and
// again in Russian with ARTGEN_SHOTS_QM=<a .qm file>).
#include "../integration/stackfixture.h"
#include "checklist/checklistreport.h"
#include "checklist/checklistrun.h"
#include "compose/composejob.h"
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

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QWizard>

using namespace artgen;
using namespace Qt::Literals::StringLiterals;
using core::StepState;

class TestDeployRollbackStack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StackFixture> m_stack;
    std::unique_ptr<core::SettingsStore> m_settings;
    std::unique_ptr<core::ActiveServices> m_services;
    std::unique_ptr<core::JobRunner> m_jobs;
    QByteArray m_nginx; // the file as found

    QString nginxPath() const
    {
        return QDir(m_stack->profile().stackDir).filePath(u"nginx-docker.conf"_s);
    }

    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // In place (truncate, not rename): the running frontend mounts this very inode.
    static bool writeInPlace(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        return f.open(QIODevice::ReadWrite | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }

    static void runStep(gui::DeploymentWizard* w, int id)
    {
        QCOMPARE(w->currentId(), id);
        w->stepPage(id)->findChild<QPushButton*>(u"runStep"_s)->click();
        QTRY_VERIFY(w->controller()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!w->controller()->isBusy(), 400000);
        const core::StepRecord* r = w->controller()->run().record(id);
        QVERIFY2(r->isDone(),
                 qPrintable(u"step %1: %2\n%3"_s.arg(id).arg(r->summary, r->evidence.join(u'\n'))));
        w->next();
    }

    void shoot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("ARTGEN_SHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(QDir(dir).filePath(name + u"-en.png"_s)));
        const QString qm = qEnvironmentVariable("ARTGEN_SHOTS_QM");
        QTranslator ru;
        if (qm.isEmpty() || !ru.load(qm))
            return;
        QCoreApplication::installTranslator(&ru);
        QApplication::processEvents();
        // The Russian texts' heights before the grab (a QWizard lays itself out on its own).
        if (QLayout* layout = widget->layout(); layout && !qobject_cast<QWizard*>(widget))
            layout->activate();
        QApplication::processEvents();
        QVERIFY(widget->grab().save(QDir(dir).filePath(name + u"-ru.png"_s)));
        QCoreApplication::removeTranslator(&ru);
        QApplication::processEvents();
    }

    void bringStackBack()
    {
        StackFixture::docker(
            {u"exec"_s, u"art_generation_frontend"_s, u"nginx"_s, u"-s"_s, u"reload"_s});
        auto up = core::ComposeJob::up(m_stack->profile());
        QSignalSpy done(up.get(), &core::Job::finished);
        m_jobs->start(up);
        QVERIFY(up->isFinished() || done.wait(600000));
        QVERIFY2(up->state() == core::Job::State::Succeeded, qPrintable(up->error().message()));
        QVERIFY(
            QTest::qWaitFor([] { return StackFixture().unavailableReason().isEmpty(); }, 300000));
        QTRY_VERIFY_WITH_TIMEOUT(m_stack->request("GET", u"/api/v1/health"_s).status == 200,
                                 120000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"data"_s)));
        qputenv("ARTGEN_CONFIG", QFile::encodeName(m_dir.filePath(u"panel.conf"_s)));
        core::AuditLog::setPath(m_dir.filePath(u"audit.jsonl"_s));
        m_stack = std::make_unique<StackFixture>();
        REQUIRE_STACK(*m_stack);
        if (const QString why = m_stack->mountedElsewhere(); !why.isEmpty()) {
            if (StackFixture::stackRequired())
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        m_nginx = read(nginxPath());
        QVERIFY(!m_nginx.isEmpty());
        m_settings = std::make_unique<core::SettingsStore>(m_dir.filePath(u"panel.conf"_s));
        m_settings->setProfiles({m_stack->profile()});
        m_settings->setActiveProfileName(m_stack->profile().name);
        m_services = std::make_unique<core::ActiveServices>();
        m_services->activate(m_stack->profile());
        m_jobs = std::make_unique<core::JobRunner>();
    }

    void cleanupTestCase()
    {
        if (m_nginx.isEmpty() || !m_jobs)
            return;
        if (read(nginxPath()) != m_nginx)
            QVERIFY(writeInPlace(nginxPath(), m_nginx));
        QCOMPARE(read(nginxPath()), m_nginx);
        bringStackBack();
    }

    void aFailedApiCheckIsRolledBackFromTheWizard()
    {
        gui::DeploymentPage page(*m_services, *m_jobs, m_settings.get());
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY(page.isListed());
        page.newDeployment();
        QPointer<gui::DeploymentWizard> w = page.wizard();
        QVERIFY(w);
        QTRY_VERIFY(w->isVisible());
        // No rebuild (the images stay those the stack runs), the change confirmed, no load test.
        w->findChild<QCheckBox*>(u"noBuild"_s)->setChecked(true);
        w->findChild<QCheckBox*>(u"manualChange"_s)->setChecked(true);
        w->findChild<QCheckBox*>(u"loadTest"_s)->setChecked(false);
        w->next();
        for (int id : {1, 2}) {
            runStep(w, id);
            if (QTest::currentTestFailed())
                return; // the file is changed only once steps 1 and 2 have run
        }

        // The change an admin makes while the stack is down: the API for localhost only.
        QByteArray broken = m_nginx;
        const QByteArray anchor = "location /api/ {\n";
        QVERIFY(broken.contains(anchor));
        broken.replace(anchor,
                       QByteArray(anchor + "        allow 127.0.0.1;\n        deny all;\n"));
        QVERIFY(writeInPlace(nginxPath(), broken));
        for (int id = 3; id <= 6; ++id) {
            runStep(w, id);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(w->controller()->run().record(4)->state, StepState::Skipped);
        gui::DeploymentStepPage* step7 = w->stepPage(7);
        QCOMPARE(w->currentId(), 7);
        step7->findChild<QPushButton*>(u"runStep"_s)->click();
        QTRY_VERIFY(w->controller()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!w->controller()->isBusy(), 120000);
        QCOMPARE(w->controller()->run().record(7)->state, StepState::Failed);
        QVERIFY2(w->controller()->run().record(7)->evidence.join(u'\n').contains(u"403"_s),
                 qPrintable(w->controller()->run().record(7)->evidence.join(u'\n')));

        // Roll back: the plan shows the file and its diff back to step 1.
        auto* rollBack = step7->findChild<QPushButton*>(u"rollBack"_s);
        QVERIFY(rollBack->isEnabled());
        rollBack->click();
        QTRY_VERIFY(w->rollbackDialog() && w->rollbackDialog()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(w->rollbackDialog()->hasPlan(), 60000);
        gui::RollbackDialog* dialog = w->rollbackDialog();
        QVERIFY2(dialog->okButton()->isEnabled(),
                 qPrintable(dialog->findChild<QLabel*>(u"problemsLabel"_s)->text()));
        auto* files = dialog->findChild<QListWidget*>(u"files"_s);
        QCOMPARE(files->count(), 1);
        QCOMPARE(files->item(0)->text(), u"nginx-docker.conf"_s);
        const QString diff = dialog->findChild<QPlainTextEdit*>(u"diff"_s)->toPlainText();
        QVERIFY2(diff.contains(u"-        deny all;"_s), qPrintable(diff));
        auto* restore = dialog->findChild<QCheckBox*>(u"restoreBackup"_s);
        QVERIFY(restore->isEnabled()); // step 1 made or chose a backup
        QVERIFY(!restore->isChecked());
        dialog->resize(820, 640);
        shoot(dialog, u"rb-dialog"_s);
        restore->setChecked(true); // the typed-name field, shown; OK waits for the name
        QVERIFY(!dialog->okButton()->isEnabled());
        shoot(dialog, u"rb-dialog-restore"_s);
        restore->setChecked(false);
        dialog->okButton()->click();

        // Not a production profile: it runs at once, on the rollback page.
        QTRY_COMPARE(w->currentId(), int(gui::DeploymentWizard::kRollbackId));
        QTRY_VERIFY_WITH_TIMEOUT(!w->controller()->isBusy(), 600000);
        const core::ChecklistRun& run = w->controller()->run();
        QVERIFY(run.rollback);
        const QString outcome = w->rollbackPage()->outcome();
        QVERIFY2(run.rollback->state == StepState::Passed, qPrintable(outcome));
        QVERIFY2(outcome.startsWith(u"Rolled back"_s), qPrintable(outcome));
        qInfo("The rollback took %lld ms (stages and re-checks 5-9).", run.rollback->durationMs);
        QCOMPARE(read(nginxPath()), m_nginx);
        for (const core::StepRecord& r : run.rollback->recheck)
            QVERIFY2(r.state == StepState::Passed || r.state == StepState::Warned,
                     qPrintable(u"check %1: %2"_s.arg(r.id).arg(r.summary)));
        QCOMPARE(run.rollback->recheck.size(), 5);
        auto* stages = w->rollbackPage()->findChild<QListWidget*>(u"rollbackStages"_s);
        QCOMPARE(stages->count(), 9);
        QCOMPARE(m_stack->request("GET", u"/api/v1/health"_s).status, 200);
        w->resize(1100, 720);
        shoot(w, u"rb-wizard"_s);

        // The page lists it as rolled back, and its report has the rollback.
        QTRY_COMPARE(gui::RunListModel::stateText(page.model()->entryAt(0)->run), u"Rolled back"_s);
        QVERIFY(page.model()->entryAt(0)->run.rollback);
        QTRY_VERIFY(page.reportView()->toPlainText().contains(u"Rollback"_s, Qt::CaseInsensitive));
        w->accept();
        QTRY_VERIFY(!w);
        QVERIFY(!page.findChild<QPushButton*>(u"resumeDeployment"_s)->isEnabled());
    }
};

QTEST_MAIN(TestDeployRollbackStack)
#include "tst_deployrollback_stack.moc"
