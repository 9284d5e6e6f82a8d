#include "docker/stackverdict.h"

#include <QTest>

using namespace artgen::core;

// The stack's verdict at a glance: the worst state wins, counted over every service.
class TestStackVerdict : public QObject
{
    Q_OBJECT

    static StackStatus stack(const QList<std::pair<QString, QString>>& states)
    {
        StackStatus status;
        for (const auto& [state, health] : states) {
            ServiceStatus s;
            s.state = state;
            s.health = health;
            status.services << s;
        }
        return status;
    }

    const QString running = QStringLiteral("running");
    const QString healthy = QStringLiteral("healthy");

private Q_SLOTS:
    void nothingListedSaysNothing()
    {
        const StackVerdict v = StackVerdict::of({});
        QCOMPARE(v.level(), StackVerdict::Level::Unknown);
        QVERIFY(v.summary().isEmpty());
        QVERIFY(!v.isHealthy());
    }

    void allHealthy()
    {
        // A service without a health check counts as healthy when it runs.
        const StackVerdict v =
            StackVerdict::of(stack({{running, healthy}, {running, QString()}, {running, healthy}}));
        QCOMPARE(v.level(), StackVerdict::Level::Healthy);
        QCOMPARE(v.summary(), QStringLiteral("3 of 3 healthy"));
        QVERIFY(v.isHealthy());
    }

    void downOutranksUnhealthyAndStarting()
    {
        const StackVerdict v = StackVerdict::of(stack({{running, healthy},
                                                       {QStringLiteral("exited"), QString()},
                                                       {QStringLiteral("missing"), QString()},
                                                       {running, QStringLiteral("unhealthy")},
                                                       {running, QStringLiteral("starting")}}));
        QCOMPARE(v.down, 2);
        QCOMPARE(v.unhealthy, 1);
        QCOMPARE(v.starting, 1);
        QCOMPARE(v.level(), StackVerdict::Level::Down);
        QCOMPARE(v.summary(), QStringLiteral("2 of 5 services down"));
    }

    void oneDownIsSingular()
    {
        const StackVerdict v =
            StackVerdict::of(stack({{running, healthy}, {QStringLiteral("exited"), QString()}}));
        QCOMPARE(v.summary(), QStringLiteral("1 of 2 services down"));
    }

    void unhealthyThenStarting()
    {
        StackVerdict v = StackVerdict::of(
            stack({{running, QStringLiteral("unhealthy")}, {running, QStringLiteral("starting")}}));
        QCOMPARE(v.level(), StackVerdict::Level::Unhealthy);
        QCOMPARE(v.summary(), QStringLiteral("1 of 2 services unhealthy"));
        v = StackVerdict::of(
            stack({{running, healthy}, {QStringLiteral("restarting"), QString()}}));
        QCOMPARE(v.level(), StackVerdict::Level::Starting);
        QCOMPARE(v.summary(), QStringLiteral("1 of 2 services starting"));
    }
};

QTEST_GUILESS_MAIN(TestStackVerdict)
#include "tst_stackverdict.moc"
