// The Troubleshooting page without a stack: the five runbooks and their fixes, Diagnose when
// Docker does not answer, FLUSHDB refused by the core for a wrongly typed number, restarts that
// ask first, and the 504 runbook's way to the Configuration page. The profile's Docker answers
// nowhere, so nothing here can touch the shared demo stack.
#include "common/typedconfirmdialog.h"
#include "common/verdictlabel.h"
#include "i18n/languagemanager.h"
#include "job/jobrunner.h"
#include "logging/auditlog.h"
#include "mainwindow.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"
#include "troubleshoot/flushdbdialog.h"
#include "troubleshoot/runbooks.h"
#include "troubleshoot/troubleshootcontroller.h"
#include "troubleshoot/troubleshootingpage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen;
using core::Problem;
using Kind = gui::VerdictLabel::Kind;

class TestTroubleshootingPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::SettingsStore> m_settings;
    std::unique_ptr<core::ActiveServices> m_services;
    std::unique_ptr<core::JobRunner> m_jobs;

    static QStringList visibleFixes(gui::TroubleshootingPage& page)
    {
        QStringList names;
        for (const char* n :
             {"restartBackend", "openTimeouts", "terminateIdle", "flushDb", "restartCelery"})
            if (page.fixButton(QLatin1String(n))->isVisibleTo(&page))
                names << QLatin1String(n);
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        const QString stack = m_dir.filePath(QStringLiteral("stack"));
        QVERIFY(QDir().mkpath(stack + QStringLiteral("/Docker_all")));
        core::AuditLog::setPath(m_dir.filePath(QStringLiteral("audit.jsonl")));
        m_settings =
            std::make_unique<core::SettingsStore>(m_dir.filePath(QStringLiteral("ts.conf")));
        core::Profile p = core::Profile::fromStackDir(stack, QStringLiteral("Troubleshooting"));
        p.dockerHost = QStringLiteral("tcp://127.0.0.1:9");
        p.projectName = QStringLiteral("artgen_troubleshoot_test");
        p.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        m_settings->setProfiles({p});
        m_settings->setActiveProfileName(p.name);
        m_services = std::make_unique<core::ActiveServices>();
        m_services->activate(p);
        m_jobs = std::make_unique<core::JobRunner>();
    }

    void cleanupTestCase()
    {
        m_jobs.reset();
        m_services.reset();
    }

    void listsTheFiveRunbooksWithTheirFixes()
    {
        gui::TroubleshootingPage page(*m_services, *m_jobs, m_settings.get());
        page.show();
        QCOMPARE(page.runbookList()->count(), 5);
        QCOMPARE(page.runbookList()->item(0)->text(), core::Runbooks::title(Problem::BadGateway));
        QCOMPARE(visibleFixes(page), QStringList{QStringLiteral("restartBackend")});
        page.selectProblem(Problem::GatewayTimeout);
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("runbookTitle"))->text(),
                 core::Runbooks::title(Problem::GatewayTimeout));
        QCOMPARE(visibleFixes(page), QStringList{QStringLiteral("openTimeouts")});
        page.selectProblem(Problem::TooManyConnections);
        QCOMPARE(visibleFixes(page), QStringList{QStringLiteral("terminateIdle")});
        page.selectProblem(Problem::RedisTimeout);
        QCOMPARE(visibleFixes(page),
                 (QStringList{QStringLiteral("flushDb"), QStringLiteral("restartCelery")}));
        page.selectProblem(Problem::CeleryDown);
        QCOMPARE(visibleFixes(page), QStringList{QStringLiteral("restartCelery")});
        QVERIFY(page.diagnosisLabel()->text().contains(u"Not diagnosed"));
    }

    void diagnoseWithoutDockerSaysWhy()
    {
        gui::TroubleshootingPage page(*m_services, *m_jobs, m_settings.get());
        page.show();
        page.selectProblem(Problem::CeleryDown);
        page.diagnoseButton()->click();
        QVERIFY(!page.diagnoseButton()->isEnabled()); // one job at a time
        QTRY_VERIFY_WITH_TIMEOUT(!page.controller()->isBusy(), 30000);
        QTRY_VERIFY(page.verdict()->isVisible());
        QCOMPARE(page.verdict()->property("verdict").toInt(), int(Kind::Failure));
        QVERIFY2(page.verdict()->text().contains(u"could not be read"),
                 qPrintable(page.verdict()->text()));
        QVERIFY(page.diagnoseButton()->isEnabled());
        QVERIFY(!page.controller()->hasDiagnosed());
    }

    void restartAsksFirst()
    {
        gui::TroubleshootingPage page(*m_services, *m_jobs, m_settings.get());
        page.show();
        page.fixButton(QStringLiteral("restartBackend"))->click();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = page.findChild<QMessageBox*>(QStringLiteral("confirmRestart"))));
        QVERIFY(box->isVisible());
        QVERIFY(!page.controller()->isBusy()); // nothing runs before the answer
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!page.findChild<QMessageBox*>(QStringLiteral("confirmRestart")));
        QVERIFY(!page.controller()->isBusy());
    }

    void flushDbRefusesAWronglyTypedNumber()
    {
        gui::TroubleshootingPage page(*m_services, *m_jobs, m_settings.get());
        page.show();
        page.selectProblem(Problem::RedisTimeout);
        page.fixButton(QStringLiteral("flushDb"))->click();
        gui::FlushDbDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<gui::FlushDbDialog*>()));
        QVERIFY(dialog->isVisible());
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing typed yet
        dialog->database()->setValue(0);
        QTest::keyClicks(dialog->typed(), QStringLiteral("1"));
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.controller()->isBusy(), 10000);
        QTRY_VERIFY(page.verdict()->isVisible());
        QCOMPARE(page.verdict()->property("verdict").toInt(), int(Kind::Failure));
        QVERIFY2(page.verdict()->text().contains(u"FLUSHDB was refused"),
                 qPrintable(page.verdict()->text()));
        // The refusal is audited.
        QFile audit(m_dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QVERIFY(audit.readAll().contains("redis-flushdb"));
    }

    // On a production profile FLUSHDB asks for the profile's name as well, after the database
    // number; nothing runs on Cancel, and the typed name lets it go on to the core.
    void flushDbOnProductionNeedsTheProfileName()
    {
        core::Profile p = m_services->current()->profile();
        p.production = true;
        m_services->activate(p);
        const auto back = qScopeGuard([&] {
            p.production = false;
            m_services->activate(p);
        });
        gui::TroubleshootingPage page(*m_services, *m_jobs, m_settings.get());
        page.show();
        page.selectProblem(Problem::RedisTimeout);
        const auto flush = [&] {
            page.fixButton(QStringLiteral("flushDb"))->click();
            gui::FlushDbDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = page.findChild<gui::FlushDbDialog*>()));
            dialog->database()->setValue(0);
            QTest::keyClicks(dialog->typed(), QStringLiteral("0"));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        };
        const auto visibleTyped = [&]() -> gui::TypedConfirmDialog* {
            for (auto* d : page.findChildren<gui::TypedConfirmDialog*>())
                if (d->isVisible())
                    return d;
            return nullptr;
        };
        flush();
        gui::TypedConfirmDialog* typed = nullptr;
        QTRY_VERIFY((typed = visibleTyped()));
        QVERIFY(!typed->confirmButton()->isEnabled());
        QVERIFY(!page.controller()->isBusy()); // nothing started before the name
        typed->reject();
        QTRY_VERIFY(!visibleTyped());
        QVERIFY(!page.controller()->isBusy());
        QVERIFY(!page.verdict()->isVisible());

        flush();
        QTRY_VERIFY((typed = visibleTyped()));
        QTest::keyClicks(typed->nameField(), p.name);
        QVERIFY(typed->confirmButton()->isEnabled());
        typed->confirmButton()->click();
        // The core job runs (and fails here: no Docker on this profile): past the gate.
        QTRY_VERIFY_WITH_TIMEOUT(page.verdict()->isVisible(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!page.controller()->isBusy(), 10000);
        QCOMPARE(page.verdict()->property("verdict").toInt(), int(Kind::Failure));
    }

    void timeoutsFixOpensTheConfigurationPage()
    {
        core::LanguageManager language;
        language.apply(QStringLiteral("en"));
        gui::MainWindow w(*m_settings, language, *m_services, *m_jobs, QString());
        w.show();
        w.selectPage(gui::MainWindow::Page::Troubleshooting);
        auto* page =
            qobject_cast<gui::TroubleshootingPage*>(w.page(gui::MainWindow::Page::Troubleshooting));
        QVERIFY(page);
        QSignalSpy asked(page, &gui::TroubleshootingPage::configurationRequested);
        page->selectProblem(Problem::GatewayTimeout);
        page->fixButton(QStringLiteral("openTimeouts"))->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("nginx.proxy_read_timeout"));
        QCOMPARE(w.currentPage(), gui::MainWindow::Page::Configuration);
    }
};

QTEST_MAIN(TestTroubleshootingPage)
#include "tst_troubleshootingpage.moc"
