// The Deployment and Troubleshooting pages against the running demo stack: a health check
// (steps 6–10) from the Deployment page ends with its report, and "What is wrong?" on the
// healthy stack says nothing is wrong. Only reads the stack (the basic test posts one generate
// request and runs the instructions' load test). Skips without the stack (fails under CI=true /
// ARTGEN_REQUIRE_STACK=1).
#include "../integration/stackfixture.h"
#include "checklist/checklist.h"
#include "checklist/checkliststep.h"
#include "common/verdictlabel.h"
#include "deploy/deploymentcontroller.h"
#include "deploy/deploymentpage.h"
#include "deploy/runlistmodel.h"
#include "job/jobrunner.h"
#include "logging/auditlog.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"
#include "troubleshoot/troubleshootcontroller.h"
#include "troubleshoot/troubleshootingpage.h"

#include <QFileInfo>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace artgen;
using Kind = gui::VerdictLabel::Kind;

class TestDeployTroubleshootStack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StackFixture> m_stack;
    std::unique_ptr<core::SettingsStore> m_settings;
    std::unique_ptr<core::ActiveServices> m_services;
    std::unique_ptr<core::JobRunner> m_jobs;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        core::AuditLog::setPath(m_dir.filePath(QStringLiteral("audit.jsonl")));
        m_stack = std::make_unique<StackFixture>();
        if (!m_stack->unavailableReason().isEmpty())
            return;
        m_settings =
            std::make_unique<core::SettingsStore>(m_dir.filePath(QStringLiteral("stack.conf")));
        m_settings->setProfiles({m_stack->profile()});
        m_settings->setActiveProfileName(m_stack->profile().name);
        m_services = std::make_unique<core::ActiveServices>();
        m_services->activate(m_stack->profile());
        m_jobs = std::make_unique<core::JobRunner>();
    }

    void cleanupTestCase()
    {
        m_jobs.reset();
        m_services.reset();
    }

    void healthCheckFromThePageEndsWithAReport()
    {
        REQUIRE_STACK(*m_stack);
        gui::DeploymentPage page(*m_services, *m_jobs, m_settings.get());
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY(page.isListed());
        auto* health = page.findChild<QPushButton*>(QStringLiteral("healthCheck"));
        QVERIFY(health->isEnabled());
        health->click();
        QVERIFY(page.healthCheck()->isBusy());
        QVERIFY(!health->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page.healthCheck()->isBusy(), 240000);
        const core::ChecklistRun& run = page.healthCheck()->run();
        QCOMPARE(run.first, core::Checklist::kHealthFirst);
        QCOMPARE(run.last, core::Checklist::kHealthLast);
        for (const core::StepRecord& r : run.steps)
            QVERIFY2(r.isFinished(), qPrintable(QString::number(r.id)));
        const QStringList reports = page.healthCheck()->reportFiles();
        QCOMPARE(reports.size(), 2);
        for (const QString& f : reports)
            QVERIFY2(QFileInfo(f).size() > 0, qPrintable(f));
        auto* verdict = page.findChild<gui::VerdictLabel*>(QStringLiteral("verdict"));
        QVERIFY(verdict->isVisible());
        QVERIFY2(verdict->text().contains(u"Report:"), qPrintable(verdict->text()));
        // Listed, selected, and its report shown.
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->entryAt(0)->run.id, run.id);
        QCOMPARE(page.model()->entryAt(0)->html, reports.constLast());
        QTRY_VERIFY(page.reportView()->toPlainText().contains(core::Checklist::step(7)->title()));
        QVERIFY(health->isEnabled());
    }

    void whatIsWrongOnTheHealthyStackSaysNothing()
    {
        REQUIRE_STACK(*m_stack);
        gui::TroubleshootingPage page(*m_services, *m_jobs, m_settings.get());
        page.resize(1200, 800);
        page.show();
        page.whatIsWrongButton()->click();
        QVERIFY(page.controller()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!page.controller()->isBusy(), 60000);
        QVERIFY(page.controller()->hasDiagnosed());
        QVERIFY(!page.controller()->picked());
        QVERIFY(page.verdict()->isVisible());
        QCOMPARE(page.verdict()->property("verdict").toInt(), int(Kind::Success));
        QVERIFY2(page.verdict()->text().contains(u"Nothing is wrong"),
                 qPrintable(page.verdict()->text()));
        // Every runbook was read: each says it is not its problem, with evidence.
        for (int row = 0; row < page.runbookList()->count(); ++row) {
            page.runbookList()->setCurrentRow(row);
            QVERIFY2(page.diagnosisLabel()->text().startsWith(u"Not this problem"),
                     qPrintable(page.diagnosisLabel()->text()));
            QVERIFY(!page.evidenceView()->toPlainText().isEmpty());
        }
    }
};

QTEST_MAIN(TestDeployTroubleshootStack)
#include "tst_deploytroubleshoot_stack.moc"
