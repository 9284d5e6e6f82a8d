// The Charts page against the running demo stack: the cards say what the monitors measured, the
// charts draw the history, the sessions table lists who holds PostgreSQL's connections (never
// the monitor), "Terminate idle connections…" lists before it ends anything, and a chart
// exports as PNG and CSV. Only reads the stack: the terminate dialog is run with a limit no
// session reaches. Skips without the stack (fails under CI=true / ARTGEN_REQUIRE_STACK=1).
#include "../integration/stackfixture.h"
#include "charts/alertsettingsdialog.h"
#include "charts/chartscontroller.h"
#include "charts/chartspage.h"
#include "charts/chartsview.h"
#include "charts/pgsessionsmodel.h"
#include "charts/redisclientsmodel.h"
#include "charts/terminateidledialog.h"
#include "monitor/monitorhub.h"
#include "monitor/monitorseries.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen;
using Card = gui::ChartsView::Card;
using Chart = gui::ChartsView::Chart;

class TestChartsPageStack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StackFixture> m_stack;
    std::unique_ptr<core::SettingsStore> m_settings;
    std::unique_ptr<core::ActiveServices> m_services;
    std::unique_ptr<gui::ChartsPage> m_page;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        m_stack = std::make_unique<StackFixture>();
        if (!m_stack->unavailableReason().isEmpty())
            return;
        m_services = std::make_unique<core::ActiveServices>();
        m_services->activate(m_stack->profile());
        m_settings =
            std::make_unique<core::SettingsStore>(m_dir.filePath(QStringLiteral("charts.conf")));
        m_page = std::make_unique<gui::ChartsPage>(*m_services, m_settings.get());
        m_page->resize(1200, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        // The page was built before monitoring started, as in the panel.
        QCOMPARE(m_page->view()->card(Card::Postgres)->detail(),
                 QStringLiteral("Monitoring is off."));
        m_services->setMonitoring(true);
    }

    void cardsShowWhatTheMonitorsMeasured()
    {
        REQUIRE_STACK(*m_stack);
        core::MonitorHub* hub = m_services->monitors();
        QTRY_VERIFY_WITH_TIMEOUT(hub->postgres() && hub->redis() && hub->api(), 20000);
        gui::StatusCard* pg = m_page->view()->card(Card::Postgres);
        QTRY_COMPARE_WITH_TIMEOUT(pg->value(), QLocale().toString(hub->postgres()->total), 5000);
        QCOMPARE(pg->level(), gui::StatusCard::Level::Ok);
        QVERIFY2(pg->detail().contains(QLocale().toString(hub->postgres()->maxConnections)),
                 qPrintable(pg->detail()));
        gui::StatusCard* redis = m_page->view()->card(Card::Redis);
        QTRY_COMPARE_WITH_TIMEOUT(redis->value(),
                                  QLocale().toString(hub->redis()->connectedClients), 5000);
        QCOMPARE(m_page->view()->card(Card::Api)->level(), gui::StatusCard::Level::Ok);
        QTRY_VERIFY_WITH_TIMEOUT(hub->celery().has_value(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->view()->card(Card::Celery)->value().endsWith(u"12"), 5000);
    }

    void chartsDrawTheHistory()
    {
        REQUIRE_STACK(*m_stack);
        // Two samples at least, then one redraw: the idle connections' area and the Redis line
        // are drawn, each as one unbroken segment.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_services->monitors()->history().read(core::MonitorSeries::redisClients(), 0,
                                                   QDateTime::currentMSecsSinceEpoch(), 10) &&
                m_services->monitors()->redis(),
            10000);
        QTest::qWait(2500);
        m_page->controller()->redraw();
        QCOMPARE(m_page->view()
                     ->chart(Chart::RedisClients)
                     ->segmentCount(core::MonitorSeries::redisClients()),
                 1);
        QVERIFY(m_page->view()
                    ->chart(Chart::PostgresConnections)
                    ->segmentCount(core::MonitorSeries::postgresState(QStringLiteral("idle"))) >=
                1);
    }

    void sessionsTableLeavesTheMonitorOut()
    {
        REQUIRE_STACK(*m_stack);
        QSignalSpy refreshed(m_page.get(), &gui::ChartsPage::sessionsRefreshed);
        m_page->refreshSessions();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 10000);
        const auto& sessions = m_page->sessions()->sessions();
        QVERIFY(!sessions.isEmpty()); // gunicorn's and Celery's pools hold connections
        for (const core::PgSession& s : sessions)
            QVERIFY2(!s.application.startsWith(QStringLiteral("artgen-monitor")),
                     qPrintable(s.application));
        QSignalSpy clients(m_page.get(), &gui::ChartsPage::redisClientsRefreshed);
        m_page->refreshRedisClients();
        QTRY_VERIFY_WITH_TIMEOUT(clients.count() >= 1, 10000);
        QVERIFY(!m_page->redisClients()->clients().isEmpty());
    }

    void terminateIdleListsFirstAndEndsNothingUnasked()
    {
        REQUIRE_STACK(*m_stack);
        m_page->openTerminateIdle();
        auto* dialog = m_page->findChild<gui::TerminateIdleDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->minutes()->value(), 5); // the instructions' default
        dialog->minutes()->setValue(24 * 60);    // no session of the demo is idle for a day
        QSignalSpy listed(dialog, &gui::TerminateIdleDialog::listed);
        dialog->list();
        QTRY_VERIFY_WITH_TIMEOUT(listed.count() >= 1, 10000);
        QCOMPARE(dialog->model()->rowCount(), 0);
        QVERIFY(!dialog->terminateButton()->isEnabled());
        QCOMPARE(dialog->message(), QStringLiteral("No session has been idle that long."));
        // Left open: a profile switch must close it (aSwitchToNoProfileResetsTheCards).
    }

    void exportsPngAndCsv()
    {
        REQUIRE_STACK(*m_stack);
        QSignalSpy exported(m_page->controller(), &gui::ChartsController::exported);
        const QString png = m_dir.filePath(QStringLiteral("redis.png"));
        const QString csv = m_dir.filePath(QStringLiteral("redis.csv"));
        m_page->controller()->exportPng(Chart::RedisClients, png);
        m_page->controller()->exportCsv(Chart::RedisClients, csv);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 10000);
        for (const auto& args : exported)
            QVERIFY2(args.at(1).toString().isEmpty(), qPrintable(args.at(1).toString()));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), m_page->view()->chart(Chart::RedisClients)->image().size());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.front(), QByteArray("time,series,min,max,mean"));
        QVERIFY(lines.size() > 2);
        QVERIFY(lines.at(1).contains(",redis.clients,"));
    }

    void thresholdsSavedForTheProfileTurnTheCard()
    {
        REQUIRE_STACK(*m_stack);
        m_page->openAlertSettings();
        auto* dialog = m_page->findChild<gui::AlertSettingsDialog*>();
        QVERIFY(dialog);
        core::Thresholds t = dialog->thresholds();
        QCOMPARE(t.redisWarn, 50); // the instructions' "Redis connections < 50"
        QCOMPARE(t.postgresWarn, 100);
        t.redisWarn = 1; // below the stack's own clients
        dialog->setThresholds(t);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(core::Thresholds::load(*m_settings, m_stack->profile().name).redisWarn, 1);
        QCOMPARE(m_services->monitors()->thresholds().redisWarn, 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->view()->card(Card::Redis)->level(),
                                  gui::StatusCard::Level::Warning, 5000);
        m_services->monitors()->setThresholds(core::Thresholds());
    }

    void aSwitchToNoProfileResetsTheCards()
    {
        REQUIRE_STACK(*m_stack);
        // A list made for one profile ends nothing on another: the switch closes the dialog.
        QPointer<gui::TerminateIdleDialog> dialog = m_page->findChild<gui::TerminateIdleDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        m_services->activate(std::nullopt);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(m_page->view()->card(Card::Postgres)->level(), gui::StatusCard::Level::Unknown);
        QCOMPARE(m_page->controller()->hub(), m_services->monitors());
        QVERIFY(!m_services->monitors()->isRunning());
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_services.reset();
    }
};

QTEST_MAIN(TestChartsPageStack)
#include "tst_chartspage_stack.moc"
