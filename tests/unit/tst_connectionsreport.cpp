// The verdict of `artgenctl connections` over a PostgreSQL and a Redis sample: levels from the
// profile's thresholds, the exit code, the JSON and the lines.
#include "monitor/connectionsreport.h"

#include <QJsonObject>
#include <QTest>

using namespace artgen::core;

namespace {

ConnectionsReport report(int pgTotal, qint64 redisClients)
{
    ConnectionsReport r;
    PgSnapshot pg;
    pg.total = pgTotal;
    pg.used = pgTotal + 1;
    pg.maxConnections = 200;
    pg.superuserReserved = 3;
    for (const QString& state : PgSnapshot::states())
        pg.byState.insert(state, 0);
    pg.byState[QStringLiteral("idle")] = pgTotal;
    r.postgres = pg;
    RedisSnapshot redis;
    redis.connectedClients = redisClients;
    r.redis = redis;
    return r;
}

} // namespace

class TestConnectionsReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void underTheInstructionsLevelsIsOk()
    {
        const ConnectionsReport r = report(99, 49);
        QCOMPARE(r.postgresLevel(), Threshold::Level::Ok);
        QCOMPARE(r.redisLevel(), Threshold::Level::Ok);
        QCOMPARE(r.exit(), ConnectionsReport::Exit::Ok);
        const QJsonObject json = r.toJson();
        const QJsonObject pg = json.value(u"postgres").toObject();
        QCOMPARE(pg.value(u"total").toInt(), 99);
        QCOMPARE(pg.value(u"warn").toDouble(), 100.0);
        QCOMPARE(pg.value(u"critical").toDouble(), 180.0); // 90 % of max_connections
        QCOMPARE(pg.value(u"by_state").toObject().value(u"idle").toInt(), 99);
        QCOMPARE(json.value(u"redis").toObject().value(u"connected_clients").toInt(), 49);
        QCOMPARE(json.value(u"redis").toObject().value(u"warn").toDouble(), 50.0);
    }

    void theInstructionsLevelIsTheFirstBadValue()
    {
        // "PostgreSQL connections < 100": 100 is over.
        QCOMPARE(report(100, 0).postgresLevel(), Threshold::Level::Warn);
        QCOMPARE(report(100, 0).exit(), ConnectionsReport::Exit::Crossed);
        QCOMPARE(report(0, 50).redisLevel(), Threshold::Level::Warn);
        QCOMPARE(report(180, 0).postgresLevel(), Threshold::Level::Critical);
        QVERIFY(report(180, 0).toLines().front().contains(QStringLiteral("CRITICAL")));
    }

    void aSilentSourceIsExitTwoAndNamed()
    {
        ConnectionsReport r = report(150, 0); // crossed, but one source is silent: 2 wins
        r.redis.reset();
        r.redisFault = {SourceFault::Kind::AuthenticationFailed, QStringLiteral("wrong password")};
        QCOMPARE(r.exit(), ConnectionsReport::Exit::Unreachable);
        const QJsonObject redis = r.toJson().value(u"redis").toObject();
        QCOMPARE(redis.value(u"error").toString(), QStringLiteral("authentication_failed"));
        QCOMPARE(redis.value(u"message").toString(), QStringLiteral("wrong password"));
        QVERIFY(r.toLines().at(1).startsWith(QStringLiteral("Redis")));
        QVERIFY(r.toLines().at(1).contains(QStringLiteral("wrong password")));
    }

    void levelsFollowTheProfilesThresholds()
    {
        ConnectionsReport r = report(20, 5);
        r.thresholds.postgresWarn = 10;
        r.thresholds.redisWarn = 0; // off
        QCOMPARE(r.postgresLevel(), Threshold::Level::Warn);
        QCOMPARE(r.redisLevel(), Threshold::Level::Ok);
        QVERIFY(r.toJson().value(u"redis").toObject().value(u"warn").isNull());
    }
};

QTEST_GUILESS_MAIN(TestConnectionsReport)
#include "tst_connectionsreport.moc"
