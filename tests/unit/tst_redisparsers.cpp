// The pure parts of the Redis monitor and the Celery inspector: INFO and CLIENT LIST parsers,
// kombu's queue names, fault classification, and `celery inspect --json` output — each read
// from what the demo stack's Redis 7 and Celery 5.2 really printed (tests/unit/data).
#include "docker/dockertypes.h"
#include "monitor/celeryinspector.h"
#include "monitor/celerysnapshot.h"
#include "redis/kombuqueues.h"
#include "redis/redisclientinfo.h"
#include "redis/redisconnectioninfo.h"
#include "redis/redisfault.h"
#include "redis/redisinfo.h"
#include "redis/redissnapshot.h"
#include "stackconfig/envfile.h"

#include <QFile>
#include <QTest>

using namespace artgen::core;
using Kind = SourceFault::Kind;

namespace {
QByteArray data(const QString& name)
{
    QFile f(QStringLiteral(ARTGEN_TEST_SOURCE_DIR "/tests/unit/data/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}
} // namespace

class TestRedisParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void infoFromRedis7()
    {
        const RedisInfo info = RedisInfo::parse(data(QStringLiteral("redis/info-redis7.txt")));
        QCOMPARE(info.integer("connected_clients"), std::optional<qint64>(19));
        QCOMPARE(info.integer("blocked_clients"), std::optional<qint64>(1));
        QCOMPARE(info.integer("maxclients"), std::optional<qint64>(10000));
        QCOMPARE(info.integer("keyspace_hits"), std::optional<qint64>(140));
        QCOMPARE(info.integer("keyspace_misses"), std::optional<qint64>(756));
        QCOMPARE(info.integer("used_memory_peak"), std::optional<qint64>(1913336));
        QCOMPARE(info.integer("maxmemory"), std::optional<qint64>(0));
        QCOMPARE(info.value("used_memory_human"), QByteArray("1.53M")); // no \r kept
        QVERIFY(!info.contains("# Memory"));
        QVERIFY(!info.integer("used_memory_human").has_value());
        QCOMPARE(info.real("mem_fragmentation_ratio").has_value(), true);
    }

    void snapshotFromInfo()
    {
        RedisSnapshot s;
        s.applyInfo(RedisInfo::parse(data(QStringLiteral("redis/info-redis7.txt"))), 1);
        QCOMPARE(s.connectedClients, 18); // the monitor's own connection left out
        QCOMPARE(s.blockedClients, 1);
        QCOMPARE(s.opsPerSec, 3);
        QCOMPARE(s.rejectedConnections, 0);
        QCOMPARE(s.usedMemory, 1606640);
        QCOMPARE(s.maxMemory, 0);
        QVERIFY(s.hitRatio().has_value());
        QCOMPARE(*s.hitRatio(), 140.0 / 896.0);
        QVERIFY(!RedisSnapshot{}.hitRatio().has_value()); // no lookups yet: no ratio, not 0
    }

    void infoOddLines()
    {
        const RedisInfo info = RedisInfo::parse("# Server\r\nredis_version:7.0.15\r\n\r\nnoise\r\n"
                                                ":novalue\r\nkey:with:colons\r\n");
        QCOMPARE(info.size(), 2);
        QCOMPARE(info.value("key"), QByteArray("with:colons"));
        QCOMPARE(info.value("redis_version"), QByteArray("7.0.15"));
    }

    void clientList()
    {
        const QList<RedisClientInfo> clients =
            RedisClientInfo::parseList(data(QStringLiteral("redis/client-list-redis7.txt")));
        QCOMPARE(clients.size(), 6);
        const RedisClientInfo& blocked = clients.first();
        QCOMPARE(blocked.id, 4);
        QCOMPARE(blocked.addr, QStringLiteral("172.18.0.5:40602"));
        QCOMPARE(blocked.flags, QStringLiteral("b"));
        QCOMPARE(blocked.cmd, QStringLiteral("brpop"));
        QCOMPARE(blocked.age, 609);
        QCOMPARE(blocked.name, QString());
        const RedisClientInfo& named = clients.last();
        QCOMPARE(named.name, QStringLiteral("artgen-capture"));
        QCOMPARE(named.cmd, QStringLiteral("client|list"));
        QCOMPARE(named.db, 0);
        QCOMPARE(named.idle, 0);
    }

    void clientListSkipsGarbage()
    {
        const QList<RedisClientInfo> clients = RedisClientInfo::parseList(
            "\nid=7 addr=1.2.3.4:5 name=x age=1 idle=2 db=3 cmd=get flags=N\nnot a client\n"
            "addr=no-id\n");
        QCOMPARE(clients.size(), 1);
        QCOMPARE(clients.first().db, 3);
        QCOMPARE(clients.first().name, QStringLiteral("x"));
    }

    void kombuQueues()
    {
        QVERIFY(KombuQueues::isTaskExchange("_kombu.binding.celery"));
        QVERIFY(KombuQueues::isTaskExchange("_kombu.binding.images"));
        QVERIFY(!KombuQueues::isTaskExchange("_kombu.binding.celery.pidbox"));
        QVERIFY(!KombuQueues::isTaskExchange("_kombu.binding.reply.celery.pidbox"));
        QVERIFY(!KombuQueues::isTaskExchange("_kombu.binding.celeryev"));
        QVERIFY(!KombuQueues::isTaskExchange("unacked"));
        // The member the demo's broker holds: routing key, empty pattern, queue.
        QCOMPARE(KombuQueues::queueOfBinding("celery\x06\x16\x06\x16"
                                             "celery"),
                 QByteArray("celery"));
        QCOMPARE(KombuQueues::queueOfBinding("rk\x06\x16*\x06\x16images"), QByteArray("images"));
        QCOMPARE(KombuQueues::queueOfBinding("garbage"), QByteArray());
        const QList<QByteArray> keys{"celery",
                                     "celery\x06\x16"
                                     "3",
                                     "celery\x06\x16"
                                     "6",
                                     "celery\x06\x16"
                                     "9"};
        QCOMPARE(KombuQueues::listKeys("celery"), keys);
        QCOMPARE(KombuQueues::displayName(keys.at(3)), QStringLiteral("celery (priority 9)"));
        QCOMPARE(KombuQueues::displayName("celery"), QStringLiteral("celery"));
    }

    void faults_data()
    {
        QTest::addColumn<QByteArray>("serverError");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("redis 6+ wrong password")
            << QByteArray("WRONGPASS invalid username-password pair or user is disabled.")
            << Kind::AuthenticationFailed;
        QTest::newRow("no AUTH sent")
            << QByteArray("NOAUTH Authentication required.") << Kind::AuthenticationFailed;
        QTest::newRow("redis 5 wrong password")
            << QByteArray("ERR invalid password") << Kind::AuthenticationFailed;
        QTest::newRow("AUTH to a server without one")
            << QByteArray("ERR AUTH <password> called without any password configured for the "
                          "default user. Are you sure your configuration is correct?")
            << Kind::AuthenticationFailed;
        QTest::newRow("maxclients")
            << QByteArray("ERR max number of clients reached") << Kind::LimitReached;
        QTest::newRow("loading") << QByteArray("LOADING Redis is loading the dataset in memory")
                                 << Kind::Unreachable;
        QTest::newRow("anything else") << QByteArray("ERR unknown command 'FOO'") << Kind::Protocol;
    }
    void faults()
    {
        QFETCH(QByteArray, serverError);
        QFETCH(Kind, kind);
        const SourceFault f = RedisFault::fromServerError(serverError, QStringLiteral("h:1"));
        QCOMPARE(f.kind, kind);
        QVERIFY(f.message.contains(QStringLiteral("h:1")));
    }

    void connectionFaults()
    {
        QCOMPARE(RedisFault::fromConnectionError(QStringLiteral("Connection refused"), {}).kind,
                 Kind::Unreachable);
        QCOMPARE(RedisFault::fromConnectionError(QStringLiteral("Server closed the connection"), {})
                     .kind,
                 Kind::Unreachable);
        QCOMPARE(RedisFault::fromConnectionError(QStringLiteral("Connection timed out"), {}).kind,
                 Kind::Timeout);
        const SourceFault t = RedisFault::timeout(QStringLiteral("h:1"), 2000);
        QCOMPARE(t.kind, Kind::Timeout);
        QVERIFY(t.message.contains(QStringLiteral("2000")));
    }

    void connectionInfoFromEnv()
    {
        const EnvFile env = EnvFile::parse("REDIS_PASSWORD=s3cret\nREDIS_PORT=26379\n");
        const Result<RedisConnectionInfo> info = RedisConnectionInfo::fromEnv(env);
        QVERIFY(info);
        QCOMPARE(info->password, QStringLiteral("s3cret"));
        QCOMPARE(info->port, 26379);
        QCOMPARE(info->host, QStringLiteral("127.0.0.1"));
        QVERIFY(!info->address().contains(QStringLiteral("s3cret")));
        const Result<RedisConnectionInfo> fallback =
            RedisConnectionInfo::fromEnv(EnvFile::parse("REDIS_PASSWORD=x\n"));
        QCOMPARE(fallback->port, RedisConnectionInfo::kDefaultPort);
        QVERIFY(!RedisConnectionInfo::fromEnv(EnvFile::parse("REDIS_PORT=99999\n")));
    }

    void celeryIdle()
    {
        const Result<CelerySnapshot> s = CelerySnapshot::parse(
            data(QStringLiteral("celery/stats.json")), data(QStringLiteral("celery/active.json")),
            data(QStringLiteral("celery/reserved.json")));
        QVERIFY(s);
        QCOMPARE(s->workers.size(), 1);
        QCOMPARE(s->workers.first().name, QStringLiteral("celery@828d6f27a93e"));
        QCOMPARE(s->concurrency(), 12);
        QCOMPARE(s->active(), 0);
        QCOMPARE(s->reserved(), 0);
    }

    void celeryBusy()
    {
        // Output after a warning line, as celery prints when run as root.
        const QByteArray stats =
            "warning: running as root\n" + data(QStringLiteral("celery/stats.json"));
        const Result<CelerySnapshot> s =
            CelerySnapshot::parse(stats, data(QStringLiteral("celery/active-busy.json")),
                                  data(QStringLiteral("celery/active-busy.json")).left(0) + "{}");
        QVERIFY(s);
        QCOMPARE(s->active(), 2);
        QCOMPARE(s->reserved(), 0);
        QCOMPARE(s->workers.first().active, 2);
    }

    void celeryGarbage()
    {
        const Result<CelerySnapshot> s = CelerySnapshot::parse("Error: not json", "{}", "{}");
        QVERIFY(!s);
        QCOMPARE(s.error().code(), Error::Code::Protocol);
    }

    void celeryFaults()
    {
        const QString c = QStringLiteral("art_generation_celery");
        ExecResult noNodes;
        noNodes.exitCode = 69;
        noNodes.err = "Error: No nodes replied within time constraint\n";
        QCOMPARE(CeleryInspector::faultFor(noNodes, c).kind, Kind::Unreachable);
        ExecResult ok;
        ok.exitCode = 0;
        QVERIFY(!CeleryInspector::faultFor(ok, c).isFault());
        const Result<ExecResult> down =
            artgen::core::fail(Error(Error::Code::Unreachable, QStringLiteral("not running")));
        QCOMPARE(CeleryInspector::faultFor(down, c).kind, Kind::Unreachable);
        const Result<ExecResult> slow =
            artgen::core::fail(Error(Error::Code::Timeout, QStringLiteral("slow")));
        QCOMPARE(CeleryInspector::faultFor(slow, c).kind, Kind::Timeout);
        ExecResult other;
        other.exitCode = 2;
        other.err = "Usage: celery inspect [OPTIONS]\nError: No such option: --json\n";
        const SourceFault f = CeleryInspector::faultFor(other, c);
        QCOMPARE(f.kind, Kind::Other);
        QVERIFY(f.message.contains(QStringLiteral("No such option")));
        // Killed with nothing said (137): the message says so instead of ending on a colon.
        ExecResult killed;
        killed.exitCode = 137;
        const SourceFault k = CeleryInspector::faultFor(killed, c);
        QCOMPARE(k.kind, Kind::Other);
        QVERIFY2(k.message.contains(QStringLiteral("137 and printed nothing")),
                 qPrintable(k.message));
        QVERIFY(!k.message.contains(QStringLiteral(": ")));
    }

    void celeryCommand()
    {
        const QStringList argv = CeleryInspector::command(QStringLiteral("stats"));
        QCOMPARE(argv.mid(0, 6),
                 (QStringList{QStringLiteral("celery"), QStringLiteral("-A"),
                              QStringLiteral("app.celery_app"), QStringLiteral("inspect"),
                              QStringLiteral("stats"), QStringLiteral("--json")}));
    }
};

QTEST_GUILESS_MAIN(TestRedisParsers)
#include "tst_redisparsers.moc"
