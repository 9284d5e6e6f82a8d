// The Profiles dialog, the production safeguards (banner, typed confirmation, the Containers
// page's compose down) and the audit log viewer, offscreen and without a stack.
#include "charts/alertnotifier.h"
#include "charts/alertsettingsdialog.h"
#include "common/productionbanner.h"
#include "common/typedconfirmdialog.h"
#include "containers/containerspage.h"
#include "i18n/languagemanager.h"
#include "job/jobrunner.h"
#include "logging/auditlog.h"
#include "mainwindow.h"
#include "monitor/monitorhub.h"
#include "monitor/monitorseries.h"
#include "session/activeservices.h"
#include "settings/auditlogdialog.h"
#include "settings/profileeditor.h"
#include "settings/profilesdialog.h"
#include "settings/settingspage.h"
#include "settings/settingsstore.h"
#include "stackconfig/stacklocator.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen;

class TestProfilesDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::SettingsStore> m_settings;
    std::unique_ptr<core::LanguageManager> m_language;
    std::unique_ptr<core::ActiveServices> m_services;
    std::unique_ptr<core::JobRunner> m_jobs;

    void markProduction(bool on)
    {
        auto profiles = m_settings->profiles();
        profiles[0].production = on;
        // A Docker host that is not there: nothing in this test reaches a real stack.
        profiles[0].dockerHost =
            QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("no-docker.sock"));
        m_settings->setProfiles(profiles);
        m_services->activate(m_settings->activeProfile());
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("gui.conf")));
        m_settings =
            std::make_unique<core::SettingsStore>(m_dir.filePath(QStringLiteral("gui.conf")));
        m_settings->ensureDemoProfile(core::StackLocator::demoStackDir(),
                                      QStringLiteral("Demo stack"));
        m_language = std::make_unique<core::LanguageManager>();
        m_language->apply(QStringLiteral("en"));
        m_services = std::make_unique<core::ActiveServices>();
        markProduction(false);
        m_jobs = std::make_unique<core::JobRunner>();
    }

    void cleanup()
    {
        m_jobs.reset();
        m_services.reset();
        m_language.reset();
        m_settings.reset();
    }

    void addDuplicateMarkProductionRemove()
    {
        gui::SettingsPage page(*m_settings, *m_language, QString());
        QSignalSpy changed(&page, &gui::SettingsPage::profilesChanged);
        gui::ProfilesDialog* dialog = page.openProfiles();
        QVERIFY(dialog->isVisible());
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("dialogProfileList"));
        QCOMPARE(list->count(), 1);
        dialog->findChild<QPushButton*>(QStringLiteral("duplicateProfile"))->click();
        QCOMPARE(m_settings->profiles().size(), 2);
        QCOMPARE(m_settings->profiles()[1].name, QStringLiteral("Demo stack (copy)"));
        QCOMPARE(m_settings->profiles()[1].stackDir, m_settings->profiles()[0].stackDir);
        QCOMPARE(list->currentRow(), 1);
        QCOMPARE(changed.count(), 1);
        // The Settings page's own list follows.
        QCOMPARE(page.findChild<QListWidget*>(QStringLiteral("profileList"))->count(), 2);

        // Mark the copy production and save: stored, and said in both lists.
        gui::ProfileEditor* editor = dialog->editor();
        auto* production = editor->findChild<QCheckBox*>(QStringLiteral("productionMark"));
        auto* save = editor->findChild<QPushButton*>(QStringLiteral("saveProfile"));
        production->click();
        QTRY_VERIFY(!editor->isChecking());
        QVERIFY(save->isEnabled());
        save->click();
        QTRY_VERIFY(m_settings->profiles()[1].production);
        QCOMPARE(list->item(1)->text(), QStringLiteral("Demo stack (copy) — production"));

        // TLS files with a unix socket are refused with the reason, before any save.
        auto* ca = editor->findChild<QLineEdit*>(QStringLiteral("tlsCa"));
        QTest::keyClicks(ca, QStringLiteral("/etc/ssl/ca.pem"));
        QTRY_VERIFY(!editor->isChecking());
        QVERIFY(!save->isEnabled());
        QCOMPARE(editor->problem(),
                 QStringLiteral("TLS certificates are only used with a tcp:// Docker host."));

        dialog->findChild<QPushButton*>(QStringLiteral("removeProfile"))->click();
        QCOMPARE(m_settings->profiles().size(), 1);
        QCOMPARE(list->count(), 1);
        QVERIFY(!m_settings->profiles()[0].production);
    }

    void savedThresholdsReachTheRunningMonitorsAtOnce()
    {
        gui::AlertNotifier notifier(*m_services, *m_settings);
        core::MonitorHub* hub = m_services->monitors();
        hub->start({}); // running, with no source: the samples below are fed by hand
        QVERIFY(hub->isRunning());
        QSignalSpy alerts(hub, &core::MonitorHub::alertRaised);
        const QString clients = core::MonitorSeries::redisClients();
        qint64 t = 1'000'000;
        hub->alerts().feed(clients, t, 30);
        hub->alerts().feed(clients, t += 1000, 30);
        QCOMPARE(alerts.count(), 0); // under the default 50 clients

        gui::SettingsPage page(*m_settings, *m_language, QString());
        gui::ProfilesDialog* dialog = page.openProfiles();
        dialog->findChild<QPushButton*>(QStringLiteral("alertThresholds"))->click();
        auto* editor = dialog->findChild<gui::AlertSettingsDialog*>();
        QVERIFY(editor && editor->isVisible());
        editor->findChild<QSpinBox*>(QStringLiteral("redisWarn"))->setValue(20);
        editor->findChild<QSpinBox*>(QStringLiteral("holdSecs"))->setValue(0);
        editor->findChild<QDialogButtonBox*>(QStringLiteral("buttons"))
            ->button(QDialogButtonBox::Save)
            ->click();

        // The same running hub, no restart, no switch: it judges by the saved levels.
        QVERIFY(hub == m_services->monitors() && hub->isRunning());
        QTRY_COMPARE(hub->thresholds().redisWarn, 20);
        hub->alerts().feed(clients, t += 1000, 30);
        QCOMPARE(alerts.count(), 1);
        QCOMPARE(alerts.first().first().value<core::Alert>().level, core::Alert::Level::Warn);
        hub->stop();
    }

    void bannerShowsOnlyForProduction()
    {
        gui::MainWindow w(*m_settings, *m_language, *m_services, *m_jobs, QString());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* banner = w.findChild<gui::ProductionBanner*>(QStringLiteral("productionBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        markProduction(true);
        gui::MainWindow prod(*m_settings, *m_language, *m_services, *m_jobs, QString());
        prod.show();
        QVERIFY(QTest::qWaitForWindowExposed(&prod));
        banner = prod.findChild<gui::ProductionBanner*>(QStringLiteral("productionBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("PRODUCTION — “Demo stack”")));
        // On every page: it sits above the page stack.
        for (auto page : gui::MainWindow::pages()) {
            prod.selectPage(page);
            QVERIFY(banner->isVisible());
        }
    }

    void guardAsksOnlyOnProduction()
    {
        QWidget parent;
        core::Profile staging;
        staging.name = QStringLiteral("Staging");
        int ran = 0;
        QVERIFY(!gui::TypedConfirmDialog::guard(&parent, staging, QStringLiteral("t"),
                                                QStringLiteral("x"), QStringLiteral("Go"),
                                                [&ran] { ++ran; }));
        QCOMPARE(ran, 1);

        core::Profile prod = staging;
        prod.name = QStringLiteral("Prod EU");
        prod.production = true;
        auto* dialog =
            gui::TypedConfirmDialog::guard(&parent, prod, QStringLiteral("t"), QStringLiteral("x"),
                                           QStringLiteral("Go"), [&ran] { ++ran; });
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(ran, 1);
        QVERIFY(!dialog->confirmButton()->isEnabled());
        QTest::keyClicks(dialog->nameField(), QStringLiteral("prod eu"));
        QVERIFY(!dialog->confirmButton()->isEnabled());
        QTest::keyClick(dialog->nameField(), Qt::Key_Return); // Enter is Cancel's, never Go's
        QCOMPARE(ran, 1);

        dialog =
            gui::TypedConfirmDialog::guard(&parent, prod, QStringLiteral("t"), QStringLiteral("x"),
                                           QStringLiteral("Go"), [&ran] { ++ran; });
        QTest::keyClicks(dialog->nameField(), QStringLiteral("Prod EU"));
        QVERIFY(dialog->confirmButton()->isEnabled());
        dialog->confirmButton()->click();
        QCOMPARE(ran, 2);
    }

    void composeDownOnProductionWantsTheName()
    {
        markProduction(true);
        gui::ContainersPage page(*m_services, *m_jobs);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* down = page.findChild<QPushButton*>(QStringLiteral("composeDown"));
        QTRY_VERIFY(down->isEnabled());
        down->click();
        auto* dialog = page.findChild<gui::TypedConfirmDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("typedConfirmText"))
                    ->text()
                    .contains(QStringLiteral("every container of “Demo stack”")));
        QVERIFY(!dialog->confirmButton()->isEnabled());
        dialog->reject();
        QCOMPARE(m_jobs->runningCount(), 0);
    }

    void auditViewerFilters()
    {
        const QString path = m_dir.filePath(QStringLiteral("audit.jsonl"));
        QFile::remove(path);
        core::AuditLog::setPath(path);
        core::AuditLog::record(QStringLiteral("Prod"), QStringLiteral("down"),
                               QStringLiteral("art_generation"), QStringLiteral("succeeded"));
        core::AuditLog::record(QStringLiteral("Staging"), QStringLiteral("restore"),
                               QStringLiteral("art_generation"), QStringLiteral("failed"));
        core::AuditLog::record(QStringLiteral("Prod"), QStringLiteral("backup"),
                               QStringLiteral("art_generation"), QStringLiteral("succeeded"));
        gui::AuditLogDialog dialog(nullptr, path);
        QSignalSpy loaded(&dialog, &gui::AuditLogDialog::loaded);
        dialog.open();
        // Read on the dialog's own thread, even while the shared pool is busy with the pages
        // of the tests before (their Docker host does not exist).
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
        QCOMPARE(dialog.shownRows(), 3);
        dialog.setFilter(QStringLiteral("auditProfile"), QStringLiteral("Prod"));
        QCOMPARE(dialog.shownRows(), 2);
        dialog.setFilter(QStringLiteral("auditOutcome"), QStringLiteral("failed"));
        QCOMPARE(dialog.shownRows(), 0);
        dialog.setFilter(QStringLiteral("auditProfile"), QString());
        QCOMPARE(dialog.shownRows(), 1);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("auditStatus"))
                    ->text()
                    .contains(QStringLiteral("1 entr")));
    }
};

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
