// The Redis monitor and the Celery inspector against the running demo stack: clients counted
// exactly (the monitor's own left out), Celery queue lengths through kombu's bindings, a wrong
// password named as such, Redis stopped and started (a gap, then figures within 5 s of PING),
// and the Celery workers' figures over Docker exec.
#include "docker/dockerclient.h"
#include "monitor/celeryinspector.h"
#include "redis/kombuqueues.h"
#include "redis/redisclientinfo.h"
#include "redis/redisconnectioninfo.h"
#include "redis/redismonitor.h"
#include "stackfixture.h"
#include "util/workerhandle.h"
#include "util/workerthread.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTest>
#include <algorithm>
#include <hiredis/hiredis.h>
#include <memory>

using namespace artgen::core;

namespace {
const QString kRedisContainer = QStringLiteral("art_generation_redis");
const QString kCeleryContainer = QStringLiteral("art_generation_celery");

// A plain synchronous hiredis client: what another program of the stack would hold.
class TestClient
{
public:
    explicit TestClient(const RedisConnectionInfo& info)
    {
        const timeval timeout{5, 0};
        m_c = redisConnectWithTimeout(info.host.toUtf8().constData(), info.port, timeout);
        if (m_c && !m_c->err && !info.password.isEmpty())
            m_ok = run({"AUTH", info.password.toUtf8()}) == "OK";
        else
            m_ok = m_c && !m_c->err;
    }
    ~TestClient()
    {
        if (m_c)
            redisFree(m_c);
    }
    TestClient(const TestClient&) = delete;
    TestClient& operator=(const TestClient&) = delete;
    bool ok() const { return m_ok; }

    // The reply as text (status, string, error or integer); "<nil>" otherwise.
    QByteArray run(const QList<QByteArray>& argv)
    {
        if (!m_c || m_c->err)
            return "<closed>";
        std::vector<const char*> args;
        std::vector<size_t> lengths;
        for (const QByteArray& a : argv) {
            args.push_back(a.constData());
            lengths.push_back(static_cast<size_t>(a.size()));
        }
        auto* r = static_cast<redisReply*>(
            redisCommandArgv(m_c, static_cast<int>(args.size()), args.data(), lengths.data()));
        if (!r)
            return "<closed>";
        QByteArray text = r->type == REDIS_REPLY_INTEGER ? QByteArray::number(r->integer)
                          : r->str ? QByteArray(r->str, static_cast<qsizetype>(r->len))
                                   : QByteArray("<nil>");
        freeReplyObject(r);
        return text;
    }

private:
    redisContext* m_c = nullptr;
    bool m_ok = false;
};

bool redisAnswersPing(const RedisConnectionInfo& info)
{
    TestClient c(info);
    return c.ok() && c.run({"PING"}) == "PONG";
}

QString health(const QString& container)
{
    const StackFixture::Output o = StackFixture::docker(
        {QStringLiteral("inspect"), QStringLiteral("-f"),
         QStringLiteral("{{.State.Status}}/{{.State.Health.Status}}"), container});
    return QString::fromUtf8(o.out.trimmed());
}

bool celeryAnswers()
{
    return StackFixture::docker({QStringLiteral("exec"), kCeleryContainer, QStringLiteral("celery"),
                                 QStringLiteral("-A"), QStringLiteral("app.celery_app"),
                                 QStringLiteral("inspect"), QStringLiteral("ping"),
                                 QStringLiteral("--timeout"), QStringLiteral("4")})
               .exitCode == 0;
}
} // namespace

class TestRedisMonitor : public QObject
{
    Q_OBJECT

    std::unique_ptr<StackFixture> m_stack;
    std::unique_ptr<WorkerThread> m_thread;
    RedisConnectionInfo m_info;
    WorkerHandle<RedisMonitor> m_monitor{&RedisMonitor::start, &RedisMonitor::stop};
    QList<RedisSnapshot> m_samples;
    SourceFault m_fault;
    QList<SourceFault> m_faults;
    bool m_disturbed = false; // Redis was paused or stopped

    void startMonitor(const RedisConnectionInfo& info, int intervalMs = 200, int deadlineMs = 2000)
    {
        m_samples.clear();
        m_faults.clear();
        m_fault = {};
        auto* monitor = new RedisMonitor(info);
        monitor->setInterval(intervalMs);
        monitor->setDiscoveryEvery(2);
        monitor->setDeadline(deadlineMs);
        m_monitor.reset(monitor, m_thread->thread());
        m_monitor.connect(&RedisMonitor::sampled, this,
                          [this](const RedisSnapshot& s) { m_samples << s; });
        m_monitor.connect(&RedisMonitor::faultChanged, this, [this](const SourceFault& f) {
            m_fault = f;
            m_faults << f;
        });
        m_monitor.start();
    }

    // The stack's own client count once it holds still over three samples in a row (the
    // healthchecks open short-lived clients now and then).
    qint64 steadyClients()
    {
        qint64 steady = -1;
        const auto stable = [this, &steady] {
            if (m_samples.size() < 3)
                return false;
            const qsizetype n = m_samples.size();
            const qint64 v = m_samples.at(n - 1).connectedClients;
            if (m_samples.at(n - 2).connectedClients != v ||
                m_samples.at(n - 3).connectedClients != v)
                return false;
            steady = v;
            return true;
        };
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(stable(), 30000);
        }();
        return steady;
    }

    qint64 lastClients() const
    {
        return m_samples.isEmpty() ? -1 : m_samples.last().connectedClients;
    }

    int namedMonitorClients(TestClient& probe)
    {
        const QList<RedisClientInfo> clients =
            RedisClientInfo::parseList(probe.run({"CLIENT", "LIST"}));
        return static_cast<int>(std::count_if(clients.begin(), clients.end(), [](const auto& c) {
            return c.name == QString::fromUtf8(RedisMonitor::kClientName);
        }));
    }

    // The shared stack as the other suites expect it: Redis running and healthy, and the
    // Celery worker answering `inspect` again.
    static void restoreStack()
    {
        if (health(kRedisContainer).startsWith(QStringLiteral("paused")))
            StackFixture::docker({QStringLiteral("unpause"), kRedisContainer});
        if (health(kRedisContainer) != QStringLiteral("running/healthy"))
            StackFixture::docker({QStringLiteral("start"), kRedisContainer});
        QTRY_COMPARE_WITH_TIMEOUT(health(kRedisContainer), QStringLiteral("running/healthy"),
                                  120000);
        restoreCelery();
    }

    // Celery 5.2's worker reconnects its task consumer after the broker went away, but not
    // always its remote-control channel (celery/celery#8030 and kin): `inspect` then gets no
    // reply, for good, and the container turns unhealthy. Given half a minute to answer, the
    // worker is restarted otherwise. Each try takes seconds (a Python start, a 4 s wait).
    static void restoreCelery()
    {
        const QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired())
            if (celeryAnswers())
                return;
        qWarning("celery did not answer inspect after the broker came back: restarting it");
        StackFixture::docker({QStringLiteral("restart"), kCeleryContainer});
        QTRY_COMPARE_WITH_TIMEOUT(health(kCeleryContainer), QStringLiteral("running/healthy"),
                                  120000);
        QVERIFY(celeryAnswers());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_stack = std::make_unique<StackFixture>();
        m_thread = std::make_unique<WorkerThread>(QStringLiteral("redis"));
        m_thread->start();
        const Result<RedisConnectionInfo> info =
            RedisConnectionInfo::fromProfile(m_stack->profile());
        QVERIFY2(info, qPrintable(info ? QString() : info.error().message()));
        m_info = *info;
    }

    void cleanup() { m_monitor.stop(); }

    // Whatever a test did, Redis is running and healthy again when the suite ends.
    void cleanupTestCase()
    {
        m_monitor.stop();
        if (m_disturbed)
            restoreStack();
        m_thread.reset();
    }

    void extraClientsMoveTheCountExactly()
    {
        REQUIRE_STACK(*m_stack);
        startMonitor(m_info);
        TestClient probe(m_info);
        QVERIFY(probe.ok());
        // The stack's own clients (the backend's and Celery's pools) may still be opening
        // connections after a cold start: an attempt during which they moved is taken again;
        // one during which they held still must show the count move by exactly kExtra.
        constexpr int kExtra = 7;
        static const QByteArray kExtraName = "artgen-test-extra";
        const auto background = [&probe] {
            const auto list = RedisClientInfo::parseList(probe.run({"CLIENT", "LIST"}));
            return std::count_if(list.begin(), list.end(), [](const RedisClientInfo& c) {
                return c.name != QString::fromUtf8(kExtraName);
            });
        };
        bool exact = false;
        for (int attempt = 1; attempt <= 3 && !exact; ++attempt) {
            const qint64 base = steadyClients();
            QVERIFY(base >= 1); // at least the probe
            QCOMPARE(namedMonitorClients(probe), 1);
            const auto before = background();
            std::vector<std::unique_ptr<TestClient>> extra;
            for (int i = 0; i < kExtra; ++i) {
                extra.push_back(std::make_unique<TestClient>(m_info));
                QVERIFY(extra.back()->ok());
                QCOMPARE(extra.back()->run({"CLIENT", "SETNAME", kExtraName}), QByteArray("OK"));
            }
            const bool up = QTest::qWaitFor([&] { return lastClients() == base + kExtra; }, 15000);
            QCOMPARE(namedMonitorClients(probe), 1); // still its one connection
            extra.clear();
            exact = up && QTest::qWaitFor([&] { return lastClients() == base; }, 15000);
            const auto after = background();
            if (!exact) {
                QVERIFY2(after != before,
                         qPrintable(QStringLiteral("base %1, last %2: the count did not move by "
                                                   "exactly %3 although the stack's own %4 "
                                                   "clients held still")
                                        .arg(base)
                                        .arg(lastClients())
                                        .arg(kExtra)
                                        .arg(before)));
                qWarning("attempt %d: the stack's own clients moved from %lld to %lld; again",
                         attempt, qint64(before), qint64(after));
            }
        }
        QVERIFY(exact);
        // The monitor's figure is the server's count less its own connection: CLIENT LIST
        // holds exactly one more (transient healthcheck clients aside, hence the retry).
        const auto listedMatches = [&] {
            const qsizetype listed =
                RedisClientInfo::parseList(probe.run({"CLIENT", "LIST"})).size();
            return listed == lastClients() + 1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(listedMatches(), 15000);
        QVERIFY(!m_fault.isFault());
    }

    void clientListForTheViewer()
    {
        REQUIRE_STACK(*m_stack);
        startMonitor(m_info);
        QTRY_VERIFY_WITH_TIMEOUT(!m_samples.isEmpty(), 10000);
        QList<RedisClientInfo> clients;
        bool answered = false;
        QObject context;
        connect(m_monitor.get(), &RedisMonitor::clientsListed, &context,
                [&](const QList<RedisClientInfo>& list) {
                    clients = list;
                    answered = true;
                });
        QMetaObject::invokeMethod(m_monitor.get(), &RedisMonitor::listClients,
                                  Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        const auto self = std::find_if(clients.begin(), clients.end(), [](const auto& c) {
            return c.name == QString::fromUtf8(RedisMonitor::kClientName);
        });
        QVERIFY(self != clients.end());
        QCOMPARE(self->cmd, QStringLiteral("client|list"));
        // Through the published port the server sees the panel at its network's gateway (the
        // docker-proxy), whatever subnet Docker gave the network this time; or at loopback.
        const StackFixture::Output gateway = StackFixture::docker(
            {QStringLiteral("inspect"), QStringLiteral("--format"),
             QStringLiteral("{{range .NetworkSettings.Networks}}{{.Gateway}} {{end}}"),
             kRedisContainer});
        QCOMPARE(gateway.exitCode, 0);
        const QStringList gateways = QString::fromUtf8(gateway.out).split(u' ', Qt::SkipEmptyParts);
        const QString host = self->addr.left(self->addr.lastIndexOf(u':'));
        QVERIFY2(gateways.contains(host.trimmed()) || host.startsWith(QStringLiteral("127.")),
                 qPrintable(QStringLiteral("%1 is neither a gateway of %2 (%3) nor loopback")
                                .arg(self->addr, kRedisContainer, gateways.join(u','))));
        // The Celery worker waits in BRPOP on its queues: a blocked client.
        QVERIFY(std::any_of(clients.begin(), clients.end(),
                            [](const auto& c) { return c.flags.contains(u'b'); }));
    }

    // A queue of our own, bound to Celery's exchange the way kombu binds one, so the monitor
    // finds it as it finds the workers' queues; no worker consumes it, and nothing of the
    // stack's own queues is touched. Removed again whatever happens.
    void queueLengthThroughKombuBindings()
    {
        REQUIRE_STACK(*m_stack);
        TestClient probe(m_info);
        QVERIFY(probe.ok());
        const QByteArray queue =
            "artgen-test-" + QByteArray::number(QCoreApplication::applicationPid());
        const QByteArray binding = KombuQueues::kBindingPrefix + "celery";
        const QByteArray member = queue + KombuQueues::kSeparator + KombuQueues::kSeparator + queue;
        const QByteArray high = KombuQueues::listKeys(queue).last(); // priority 9
        auto cleanUp = qScopeGuard([&] {
            probe.run({"SREM", binding, member});
            probe.run({"DEL", queue, high});
        });
        QCOMPARE(probe.run({"SADD", binding, member}), QByteArray("1"));

        startMonitor(m_info);
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_samples.isEmpty() && m_samples.last().queues.contains({high, 0}), 15000);
        const qint64 baseTotal = m_samples.last().queuedTotal();

        constexpr int kPlain = 3;
        constexpr int kHigh = 5;
        for (int i = 0; i < kPlain; ++i)
            probe.run({"LPUSH", queue, "x"});
        for (int i = 0; i < kHigh; ++i)
            probe.run({"LPUSH", high, "x"});
        QTRY_VERIFY_WITH_TIMEOUT(m_samples.last().queueLength(queue) == kPlain &&
                                     m_samples.last().queueLength(high) == kHigh,
                                 10000);
        QCOMPARE(m_samples.last().queuedTotal(), baseTotal + kPlain + kHigh);
        probe.run({"DEL", queue, high});
        QTRY_COMPARE_WITH_TIMEOUT(m_samples.last().queuedTotal(), baseTotal, 10000);
        // The workers' own queue and its priority lists are always sampled.
        for (const QByteArray& key : KombuQueues::listKeys(KombuQueues::kDefaultQueue))
            QVERIFY(std::any_of(m_samples.last().queues.begin(), m_samples.last().queues.end(),
                                [&](const auto& q) { return q.key == key; }));
    }

    void wrongPasswordIsAnAuthenticationFailure()
    {
        REQUIRE_STACK(*m_stack);
        RedisConnectionInfo wrong = m_info;
        wrong.password =
            QStringLiteral("not-the-password-%1").arg(QCoreApplication::applicationPid());
        startMonitor(wrong);
        QTRY_VERIFY_WITH_TIMEOUT(m_fault.isFault(), 10000);
        QCOMPARE(m_fault.kind, SourceFault::Kind::AuthenticationFailed);
        QVERIFY(!m_fault.message.contains(wrong.password));
        QVERIFY(m_samples.isEmpty());
        // It keeps trying, and says the same once (no flood of equal faults).
        QTest::qWait(2500);
        QCOMPARE(m_faults.size(), 1);
        QVERIFY(m_samples.isEmpty());
    }

    void unreachablePortIsUnreachable()
    {
        RedisConnectionInfo nowhere = m_info;
        nowhere.port = 1; // nothing listens on tcpmux here
        startMonitor(nowhere);
        QTRY_VERIFY_WITH_TIMEOUT(m_fault.isFault(), 10000);
        QCOMPARE(m_fault.kind, SourceFault::Kind::Unreachable);
        QVERIFY(m_samples.isEmpty());
    }

    void celeryWorkersOverExec()
    {
        REQUIRE_STACK(*m_stack);
        WorkerThread dockerThread(QStringLiteral("docker"));
        auto* client = new DockerClient(DockerEndpoint::fromEnvironment());
        dockerThread.adopt(client);
        WorkerHandle<CeleryInspector> inspector{&CeleryInspector::start, &CeleryInspector::stop};
        inspector.reset(new CeleryInspector(*client, m_stack->profile()), dockerThread.thread());
        QList<CelerySnapshot> snapshots;
        SourceFault fault;
        inspector.connect(&CeleryInspector::sampled, this,
                          [&](const CelerySnapshot& s) { snapshots << s; });
        inspector.connect(&CeleryInspector::faultChanged, this,
                          [&](const SourceFault& f) { fault = f; });
        inspector.start();
        QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty() || fault.isFault(), 60000);
        QVERIFY2(!fault.isFault(), qPrintable(fault.message));
        const CelerySnapshot& s = snapshots.first();
        QCOMPARE(s.workers.size(), 1);
        QVERIFY(s.workers.first().name.startsWith(QStringLiteral("celery@")));
        QCOMPARE(s.concurrency(), 12); // --concurrency=12 in the demo's compose file
        QCOMPARE(s.active(), 0);
        QVERIFY(s.reserved() >= 0);
        QVERIFY(s.takenAt.isValid());
        inspector.stop();
    }

    // Round trip per sample and the number of connections the monitor holds meanwhile: the
    // figures go to the log for the issue's closing note (no threshold is asserted on time).
    void roundTripAndOneConnection()
    {
        REQUIRE_STACK(*m_stack);
        TestClient probe(m_info);
        QVERIFY(probe.ok());
        startMonitor(m_info, 250);
        int monitorsSeen = 0;
        int listings = 0;
        const auto enough = [&] {
            monitorsSeen = std::max(monitorsSeen, namedMonitorClients(probe));
            ++listings;
            return m_samples.size() >= 60;
        };
        QTRY_VERIFY_WITH_TIMEOUT(enough(), 60000);
        QCOMPARE(monitorsSeen, 1);
        QVector<qint64> rtt;
        for (const RedisSnapshot& s : std::as_const(m_samples))
            rtt << s.roundTripUs;
        std::sort(rtt.begin(), rtt.end());
        qInfo("redis monitor: %lld samples, round trip median %lld us, p90 %lld us, max %lld us; "
              "%d queue lists per sample; connections named artgen-monitor over %d listings: %d",
              static_cast<long long>(rtt.size()), static_cast<long long>(rtt.at(rtt.size() / 2)),
              static_cast<long long>(rtt.at(rtt.size() * 9 / 10)),
              static_cast<long long>(rtt.last()), static_cast<int>(m_samples.last().queues.size()),
              listings, monitorsSeen);
    }

    // A server that holds the connection but does not answer (paused: its sockets still accept,
    // nothing reads them) is a timeout, not "down"; figures come back once it answers.
    void pausedRedisIsATimeout()
    {
        REQUIRE_STACK(*m_stack);
        m_disturbed = true;
        auto restore = qScopeGuard([] { restoreStack(); });
        startMonitor(m_info, 200, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_samples.isEmpty(), 10000);
        QCOMPARE(StackFixture::docker({QStringLiteral("pause"), kRedisContainer}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_fault.isFault(), 10000);
        QCOMPARE(m_fault.kind, SourceFault::Kind::Timeout);
        QVERIFY2(m_fault.message.contains(QStringLiteral("1000")), qPrintable(m_fault.message));
        const qsizetype whilePaused = m_samples.size();
        QCOMPARE(StackFixture::docker({QStringLiteral("unpause"), kRedisContainer}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_samples.size() > whilePaused, 10000);
        QVERIFY(!m_fault.isFault());
    }

    void redisStoppedAndStarted()
    {
        REQUIRE_STACK(*m_stack);
        m_disturbed = true;
        auto restore = qScopeGuard([] { restoreStack(); });
        startMonitor(m_info);
        QTRY_VERIFY_WITH_TIMEOUT(!m_samples.isEmpty(), 10000);

        QCOMPARE(StackFixture::docker({QStringLiteral("stop"), kRedisContainer}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_fault.isFault(), 10000);
        QCOMPARE(m_fault.kind, SourceFault::Kind::Unreachable);
        const qsizetype whileDown = m_samples.size();

        QCOMPARE(StackFixture::docker({QStringLiteral("start"), kRedisContainer}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(redisAnswersPing(m_info), 60000);
        QCOMPARE(m_samples.size(), whileDown); // a gap: nothing sampled while it was down
        QElapsedTimer sincePing;
        sincePing.start();
        // Within 5 s of Redis answering PING the figures come again, and the fault clears.
        QTRY_VERIFY_WITH_TIMEOUT(m_samples.size() > whileDown, 5000);
        QVERIFY(!m_fault.isFault());
        qInfo("redis monitor: figures again %lld ms after PING answered",
              static_cast<long long>(sincePing.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestRedisMonitor)
#include "tst_redismonitor.moc"
