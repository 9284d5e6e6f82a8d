// One profile's monitors put together as the panel and `artgenctl connections|watch` run them:
// the history and the snapshots agree, a threshold below the current value raises exactly one
// alert after its hold time and one "cleared" when it is raised again, and the CLI exits as
// documented. Against the running demo stack; only reads it.
#include "monitor/monitorhub.h"
#include "monitor/monitorseries.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"
#include "stackfixture.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;
using Source = MonitorHub::Source;

class TestMonitorHub : public QObject
{
    Q_OBJECT

    std::unique_ptr<StackFixture> m_stack;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        m_stack = std::make_unique<StackFixture>();
    }

    void hubFillsHistoryFromEverySource()
    {
        REQUIRE_STACK(*m_stack);
        ActiveServices services;
        services.activate(m_stack->profile());
        MonitorHub* hub = services.monitors();
        QVERIFY(hub);
        QVERIFY(!hub->isRunning()); // built, not started: nothing opened for a test or a command
        services.setMonitoring(true);
        QVERIFY(hub->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(hub->postgres() && hub->redis() && hub->api() && hub->stack(),
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(hub->celery().has_value(), 30000);
        QCOMPARE(hub->celery()->concurrency(), 12);

        // The history's newest value is the snapshot the hub holds (both written in one step).
        QTRY_VERIFY_WITH_TIMEOUT(hub->history().latest(MonitorSeries::postgresTotal()).has_value(),
                                 5000);
        const auto total = hub->history().latest(MonitorSeries::postgresTotal());
        QCOMPARE(total->second, double(hub->postgres()->total));
        const auto clients = hub->history().latest(MonitorSeries::redisClients());
        QVERIFY(clients);
        QCOMPARE(clients->second, double(hub->redis()->connectedClients));
        // Every running container has a CPU series once its stats stream has two frames.
        QTRY_VERIFY_WITH_TIMEOUT(
            hub->history().latest(MonitorSeries::containerCpu(QStringLiteral("postgres"))) &&
                !std::isnan(hub->history()
                                .latest(MonitorSeries::containerCpu(QStringLiteral("postgres")))
                                ->second),
            20000);
        QVERIFY(hub->history().bytes() > 0);
        for (auto source : MonitorHub::allSources())
            QVERIFY2(!hub->fault(source).isFault(), qPrintable(hub->fault(source).message));

        // A switch to no profile stops this hub and builds an idle one.
        services.activate(std::nullopt);
        QVERIFY(services.monitors() != nullptr);
        QVERIFY(!services.monitors()->isRunning());
    }

    // The Containers page and the monitors share one containers source: a hold runs it with
    // monitoring off, monitoring on does not start a second one, and it stops only when
    // neither wants it.
    void containersSourceIsSharedByHoldAndMonitoring()
    {
        REQUIRE_STACK(*m_stack);
        ActiveServices services;
        services.activate(m_stack->profile());
        MonitorHub* hub = services.monitors();
        QVERIFY(!hub->containersRunning());
        QSignalSpy stacks(hub, &MonitorHub::stackChanged);
        hub->holdContainers();
        QVERIFY(hub->containersRunning());
        QVERIFY(!hub->isRunning()); // only that source: no database connection for the page
        QTRY_VERIFY_WITH_TIMEOUT(stacks.count() > 0, 20000);
        QVERIFY(hub->stack().has_value());
        QVERIFY(!hub->stack()->services.isEmpty());

        services.setMonitoring(true);
        QVERIFY(hub->containersRunning());
        services.setMonitoring(false); // the hold keeps it
        QVERIFY(hub->containersRunning());
        const int before = stacks.count();
        hub->refreshContainers();
        QTRY_VERIFY_WITH_TIMEOUT(stacks.count() > before, 20000);
        hub->releaseContainers();
        QVERIFY(!hub->containersRunning());

        services.setMonitoring(true);
        hub->holdContainers();
        hub->releaseContainers(); // monitoring still wants it
        QVERIFY(hub->containersRunning());
        services.setMonitoring(false);
        QVERIFY(!hub->containersRunning());
    }

    void thresholdBelowTheValueRaisesOneAlertThenOneClear()
    {
        REQUIRE_STACK(*m_stack);
        ActiveServices services;
        services.activate(m_stack->profile());
        MonitorHub* hub = services.monitors();
        QSignalSpy alerts(hub, &MonitorHub::alertRaised);
        Thresholds low;
        low.redisWarn = 1; // the stack's own clients (gunicorn, Celery) are always more
        low.holdSecs = 2;
        low.clearHoldSecs = 2;
        low.apiAlertsMuted = true; // this test is about the threshold
        low.containerAlertsMuted = true;
        hub->setThresholds(low);
        hub->start({Source::Postgres, Source::Redis});
        QTRY_VERIFY_WITH_TIMEOUT(hub->redis().has_value(), 10000);
        QVERIFY(hub->redis()->connectedClients >= 1);
        const auto redisAlerts = [&](Alert::Level level) {
            int n = 0;
            for (const QList<QVariant>& args : alerts) {
                const auto alert = args.at(0).value<Alert>();
                n += alert.series == MonitorSeries::redisClients() && alert.level == level;
            }
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(redisAlerts(Alert::Level::Warn), 1, 10000);
        // Held for several more samples: still one alert for the episode, not one per sample.
        QTest::qWait(3000);
        QCOMPARE(redisAlerts(Alert::Level::Warn), 1);
        QCOMPARE(redisAlerts(Alert::Level::Cleared), 0);

        Thresholds normal = low;
        normal.redisWarn = 100000;
        hub->setThresholds(normal);
        QTRY_COMPARE_WITH_TIMEOUT(redisAlerts(Alert::Level::Cleared), 1, 10000);
        QCOMPARE(redisAlerts(Alert::Level::Warn), 1);
    }

    void connectionsCommandExitsByThreshold()
    {
        REQUIRE_STACK(*m_stack);
        const QString config = m_dir.filePath(QStringLiteral("connections.conf"));
        auto out =
            m_stack->artgenctl({QStringLiteral("connections"), QStringLiteral("--json")}, config);
        QCOMPARE(out.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(out.out).object();
        const QJsonObject pg = json.value(QStringLiteral("postgres")).toObject();
        QVERIFY(pg.contains(QStringLiteral("total")));
        QCOMPARE(pg.value(QStringLiteral("warn")).toInt(), 100);
        QCOMPARE(pg.value(QStringLiteral("level")).toString(), QStringLiteral("ok"));
        QVERIFY(json.value(QStringLiteral("redis"))
                    .toObject()
                    .contains(QStringLiteral("connected_clients")));
        QVERIFY(!out.out.contains(m_stack->env(QStringLiteral("POSTGRES_PASSWORD")).toUtf8()));

        // The profile's Redis warning level set below the current value: exit 3. The profile
        // is the one artgenctl resolves --stack-dir to: a saved profile naming the folder (the
        // settings seed the demo's), else the folder's own.
        {
            SettingsStore store(config);
            QString name = m_stack->profile().name;
            for (const Profile& p : store.profiles())
                if (QDir::cleanPath(p.stackDir) == QDir::cleanPath(m_stack->profile().stackDir))
                    name = p.name;
            Thresholds t;
            t.redisWarn = 1;
            t.save(store, name);
            store.sync();
        }
        out = m_stack->artgenctl({QStringLiteral("connections")}, config);
        QCOMPARE(out.exitCode, 3);
        QVERIFY2(out.out.contains("Redis") && out.out.contains("WARNING"), out.out.constData());
    }

    void connectionsCommandNamesTheSilentSource()
    {
        REQUIRE_STACK(*m_stack);
        // A copy of the demo stack folder whose .env has a wrong Redis password.
        QTemporaryDir stack;
        const QString compose = stack.filePath(QStringLiteral("Docker_all"));
        QVERIFY(QDir().mkpath(compose));
        QFile env(m_stack->profile().envFile());
        QVERIFY(env.open(QIODevice::ReadOnly));
        QByteArray text = env.readAll();
        const QByteArray right =
            "REDIS_PASSWORD=" + m_stack->env(QStringLiteral("REDIS_PASSWORD")).toUtf8();
        QVERIFY(text.contains(right));
        text.replace(right, QByteArray("REDIS_PASSWORD=wrong-password"));
        QFile copy(compose + QStringLiteral("/.env"));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(text);
        copy.close();
        QVERIFY(QFile::copy(m_stack->profile().composeFile(),
                            compose + QStringLiteral("/docker-compose.yml")));
        QProcess p;
        p.setProgram(QStringLiteral(ARTGEN_TEST_BINARY_DIR "/src/cli/artgenctl"));
        p.setArguments({QStringLiteral("--stack-dir"), stack.path(), QStringLiteral("connections"),
                        QStringLiteral("--json")});
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("ARTGEN_CONFIG"), m_dir.filePath(QStringLiteral("silent.conf")));
        p.setProcessEnvironment(e);
        p.start();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        const QJsonObject redis =
            QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(u"redis").toObject();
        QCOMPARE(redis.value(QStringLiteral("error")).toString(),
                 QStringLiteral("authentication_failed"));
    }
};

QTEST_GUILESS_MAIN(TestMonitorHub)
#include "tst_monitorhub.moc"
