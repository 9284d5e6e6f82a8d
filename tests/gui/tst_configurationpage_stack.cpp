// The Configuration page against the running demo stack: an nginx timeout changed in the form,
// applied after the confirmation (real nginx -t, the bind-mounted file rewritten, nginx
// reloaded and answering), recorded in the History tab, then rolled back from there to the
// very bytes the test found. The profile's stack folder must be the one the running frontend
// mounts (ARTGEN_DEMO_STACK points at it); the files are put back as found whatever happens.
#include "../integration/stackfixture.h"
#include "checklist/checklistrun.h"
#include "common/verdictlabel.h"
#include "config/configdraft.h"
#include "config/configform.h"
#include "config/confighistorymodel.h"
#include "config/configurationpage.h"
#include "deploy/deploymentcontroller.h"
#include "docker/dockerclient.h"
#include "docker/dockerendpoint.h"
#include "job/jobrunner.h"
#include "session/activeservices.h"
#include "stackconfig/configapplyjob.h"
#include "stackconfig/configkey.h"
#include "util/workerthread.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen;
using namespace Qt::Literals::StringLiterals;

class TestConfigurationPageStack : public QObject
{
    Q_OBJECT

    StackFixture m_stack;
    QTemporaryDir m_data;
    std::unique_ptr<core::ActiveServices> m_services;
    std::unique_ptr<core::JobRunner> m_jobs;
    QHash<QString, QByteArray> m_found;

    QHash<QString, QByteArray> files() const
    {
        QHash<QString, QByteArray> out;
        for (auto f : {core::ConfigKey::File::Nginx, core::ConfigKey::File::Compose,
                       core::ConfigKey::File::Database, core::ConfigKey::File::HttpClient}) {
            QFile file(QDir(m_stack.profile().stackDir).filePath(core::ConfigKey::path(f)));
            out.insert(core::ConfigKey::path(f),
                       file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
        }
        return out;
    }

    // Check 8 (WorkersStep) alone, as the wizard's Run does it; its record once it has ended.
    core::StepRecord runCheck8()
    {
        gui::DeploymentController check(*m_jobs);
        check.setServices(m_services->current());
        check.setRun(core::ChecklistRun::create(m_stack.profile().name, 8, 8));
        if (!check.runStep(8))
            return {};
        if (!QTest::qWaitFor([&] { return !check.isBusy(); }, 120000))
            return {};
        return *check.run().record(8);
    }

    // The worker count the Configuration page shows, applied after its confirmation; the
    // apply's verdict.
    static bool applyWorkers(gui::ConfigurationPage& page, int workers, QString* verdictText)
    {
        auto* spin = qobject_cast<QSpinBox*>(page.form()->editor(u"gunicorn.workers"_s));
        if (!spin)
            return false;
        page.form()->setCurrentIndex(1);
        spin->setValue(workers);
        if (page.draft()->changedFiles() != QStringList{u"Docker_all/docker-compose.yml"_s}) {
            *verdictText = page.draft()->changedFiles().join(u", "_s);
            return false;
        }
        auto* verdict = page.findChild<gui::VerdictLabel*>(u"verdict"_s);
        verdict->hide();
        page.findChild<QPushButton*>(u"applyEdits"_s)->click();
        QMessageBox* box = waitForBox("confirmApply");
        if (!box)
            return false;
        press(box, u"Apply"_s);
        if (!QTest::qWaitFor([&] { return verdict->isVisible(); }, 300000))
            return false;
        *verdictText = verdict->text();
        return verdict->property("verdict").toInt() == int(gui::VerdictLabel::Kind::Success);
    }

    static QMessageBox* waitForBox(const char* name)
    {
        QMessageBox* box = nullptr;
        const auto find = [&] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (w->objectName() == QLatin1String(name) && w->isVisible())
                    box = qobject_cast<QMessageBox*>(w);
            return box != nullptr;
        };
        return QTest::qWaitFor(find, 10000) ? box : nullptr;
    }

    static void press(QMessageBox* box, const QString& text)
    {
        for (QAbstractButton* b : box->buttons())
            if (b->text() == text) {
                b->click();
                return;
            }
        QFAIL(qPrintable(u"no button “%1”"_s.arg(text)));
    }

    // Whatever happened, the files as found, written the way the job writes them (the nginx
    // file in place: the frontend mounts that inode) and nginx reloaded.
    void putBackAsFound()
    {
        const QHash<QString, QByteArray> now = files();
        if (now == m_found)
            return;
        core::WorkerThread thread(u"docker"_s);
        auto* docker = new core::DockerClient(core::DockerEndpoint::fromEnvironment());
        thread.adopt(docker);
        core::ConfigApplyJob::Options options;
        options.profile = m_stack.profile();
        options.plan = core::ConfigApplyPlan::fromFiles(now, m_found);
        options.kind = u"rollback"_s;
        options.validate = false; // they are the files the stack ran with
        auto job = std::make_shared<core::ConfigApplyJob>(docker, options);
        QSignalSpy done(job.get(), &core::Job::finished);
        m_jobs->start(job);
        QVERIFY(job->isFinished() || done.wait(300000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_STACK(m_stack);
        // The history and the previous versions go to a folder of the test's.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
        if (const QString why = m_stack.mountedElsewhere(); !why.isEmpty()) {
            if (StackFixture::stackRequired())
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        m_found = files();
        m_services = std::make_unique<core::ActiveServices>();
        m_services->activate(m_stack.profile());
        m_jobs = std::make_unique<core::JobRunner>();
    }

    void cleanupTestCase()
    {
        if (m_found.isEmpty())
            return;
        putBackAsFound();
        QCOMPARE(files(), m_found);
    }

    void applyThenRollBackFromTheHistory()
    {
        gui::ConfigurationPage page(*m_services, *m_jobs);
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded() && page.draft()->hasDocuments(), 20000);
        auto* timeout = qobject_cast<QSpinBox*>(page.form()->editor(u"nginx.proxy_read_timeout"_s));
        const int before = timeout->value();
        const int next = before == 170 ? 175 : 170;
        page.form()->setCurrentIndex(0);
        timeout->setFocus();
        timeout->selectAll();
        QTest::keyClicks(timeout, QString::number(next));
        QCOMPARE(page.draft()->changedFiles(), QStringList{u"nginx-docker.conf"_s});

        page.findChild<QPushButton*>(u"applyEdits"_s)->click();
        QMessageBox* box = waitForBox("confirmApply");
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(u"nginx -s reload"_s));
        press(box, u"Apply"_s);
        auto* verdict = page.findChild<gui::VerdictLabel*>(u"verdict"_s);
        QTRY_VERIFY_WITH_TIMEOUT(verdict->isVisible(), 300000);
        QVERIFY2(verdict->property("verdict").toInt() == int(gui::VerdictLabel::Kind::Success),
                 qPrintable(verdict->text()));
        QVERIFY2(verdict->text().contains(u"nginx reloaded"_s), qPrintable(verdict->text()));
        QVERIFY(verdict->text().contains(u"nginx answers"_s));
        const QByteArray written = files().value(u"nginx-docker.conf"_s);
        QVERIFY(written.contains(QByteArray("proxy_read_timeout " + QByteArray::number(next))));
        // The validation ran for real and its output is in the Output tab.
        QVERIFY(!page.hasUnsavedEdits());
        QTRY_COMPARE(timeout->value(), next); // the page read the new file
        auto* history = page.historyModel();
        QTRY_VERIFY_WITH_TIMEOUT(history->rowCount() >= 1, 10000);
        QCOMPARE(history->index(0, gui::ConfigHistoryModel::Kind).data().toString(), u"edit"_s);
        QVERIFY(history->index(0, gui::ConfigHistoryModel::Summary)
                    .data()
                    .toString()
                    .contains(u"nginx.proxy_read_timeout"_s));

        // Back from the History tab to the very bytes found.
        page.form()->setCurrentIndex(4);
        page.findChild<QTableView*>(u"historyTable"_s)->selectRow(0);
        auto* rollBack = page.findChild<QPushButton*>(u"rollBack"_s);
        QTRY_VERIFY(rollBack->isEnabled());
        verdict->hide();
        rollBack->click();
        box = waitForBox("confirmRollback");
        QVERIFY(box);
        press(box, u"Roll back"_s);
        QTRY_VERIFY_WITH_TIMEOUT(verdict->isVisible(), 300000);
        QVERIFY2(verdict->property("verdict").toInt() == int(gui::VerdictLabel::Kind::Success),
                 qPrintable(verdict->text()));
        QCOMPARE(files(), m_found);
        QTRY_VERIFY_WITH_TIMEOUT(history->rowCount() >= 2, 10000);
        QCOMPARE(history->index(0, gui::ConfigHistoryModel::Kind).data().toString(), u"rollback"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_stack.request("GET", u"/api/v1/health"_s).status == 200, 60000);
    }

    // Issue #18: a worker count set through the configuration editor is what check 8 expects,
    // and after the rollback through the history, check 8 expects the count found again.
    void workerCountFromTheEditorIsWhatCheck8Expects()
    {
        gui::ConfigurationPage page(*m_services, *m_jobs);
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded() && page.draft()->hasDocuments(), 20000);
        auto* spin = qobject_cast<QSpinBox*>(page.form()->editor(u"gunicorn.workers"_s));
        QVERIFY(spin);
        const int original = spin->value();
        QVERIFY2(original != 6, "the stack already runs 6 workers: nothing would change");

        QString verdict;
        QVERIFY2(applyWorkers(page, 6, &verdict), qPrintable(verdict));
        QVERIFY(files().value(u"Docker_all/docker-compose.yml"_s).contains("--workers 6"));
        core::StepRecord check = runCheck8();
        QCOMPARE(check.id, 8);
        const QString evidence = check.evidence.join(u'\n');
        QVERIFY2(check.state == core::StepState::Passed,
                 qPrintable(check.summary + u'\n' + evidence));
        QVERIFY2(check.summary.contains(u"gunicorn 1 + 6 workers"_s), qPrintable(check.summary));
        QVERIFY2(evidence.contains(u"gunicorn: 1 master + 6 workers; the files set 6"_s),
                 qPrintable(evidence));

        // Back through the History tab: check 8 expects the original count again.
        QTRY_VERIFY_WITH_TIMEOUT(page.historyModel()->rowCount() >= 1, 10000);
        QTRY_COMPARE(spin->value(), 6); // the page read the applied file
        page.form()->setCurrentIndex(4);
        page.findChild<QTableView*>(u"historyTable"_s)->selectRow(0);
        auto* rollBack = page.findChild<QPushButton*>(u"rollBack"_s);
        QTRY_VERIFY(rollBack->isEnabled());
        auto* label = page.findChild<gui::VerdictLabel*>(u"verdict"_s);
        label->hide();
        rollBack->click();
        QMessageBox* box = waitForBox("confirmRollback");
        QVERIFY(box);
        press(box, u"Roll back"_s);
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 300000);
        QVERIFY2(label->property("verdict").toInt() == int(gui::VerdictLabel::Kind::Success),
                 qPrintable(label->text()));
        QCOMPARE(files(), m_found);
        check = runCheck8();
        QVERIFY2(check.state == core::StepState::Passed,
                 qPrintable(check.summary + u'\n' + check.evidence.join(u'\n')));
        QVERIFY2(check.evidence.join(u'\n').contains(
                     u"gunicorn: 1 master + %1 workers; the files set %1"_s.arg(original)),
                 qPrintable(check.evidence.join(u'\n')));
    }
};

QTEST_MAIN(TestConfigurationPageStack)
#include "tst_configurationpage_stack.moc"
