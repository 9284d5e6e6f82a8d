#include "docker/containerstatscalc.h"
#include "docker/stackinspector.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace artgen::core;

// The figures of `docker stats`, computed as docker/cli's stats_helpers.go does, from frames of
// the stats endpoint: two captured from this machine's daemon (cgroup v1), one cgroup v1 frame
// written from Docker's documented format where inactive_file and total_inactive_file differ,
// and one cgroup v2 frame written from the documented v2 format (this machine has no v2 daemon).
class TestContainerStatsCalc : public QObject
{
    Q_OBJECT

    static QJsonObject frame(const char* name)
    {
        QFile f(QStringLiteral(ARTGEN_TEST_DATA "/") + QString::fromLatin1(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", name);
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private Q_SLOTS:
    void capturedCgroupV1()
    {
        // art_generation_postgres, idle: total_usage 1798378472 − 1768773508 ns over
        // system 35024010000000 − 35022000000000, 2 online CPUs.
        const ContainerFigures f =
            ContainerStatsCalc::compute(frame("stats-cgroup1-captured-postgres.json"));
        QVERIFY(qFuzzyCompare(f.cpuPercent, 29604964.0 / 2010000000.0 * 2 * 100)); // 2.9458 %
        QCOMPARE(f.memoryBytes, 38973440 - 180224); // usage − total_inactive_file
        QCOMPARE(f.memoryLimit, 25276059648LL);
        QVERIFY(qFuzzyCompare(f.memoryPercent, (38973440.0 - 180224) / 25276059648.0 * 100));
        QCOMPARE(f.networkRx, 72013);
        QCOMPARE(f.networkTx, 70779);
        QCOMPARE(f.blockRead, 0); // no block devices under this daemon's storage
        QCOMPARE(f.blockWrite, 0);
        QCOMPARE(f.pids, 14);

        const ContainerFigures b =
            ContainerStatsCalc::compute(frame("stats-cgroup1-captured.json"));
        QVERIFY(qFuzzyCompare(b.cpuPercent, 8328831.0 / 1990000000.0 * 2 * 100)); // 0.8371 %
        QCOMPARE(b.memoryBytes, 359784448);
        QCOMPARE(b.pids, 17);
    }

    void documentedCgroupV1TakesTheHierarchicalInactiveFile()
    {
        const ContainerFigures f =
            ContainerStatsCalc::compute(frame("stats-cgroup1-documented.json"));
        QVERIFY(qFuzzyCompare(f.cpuPercent, 121359.0 / 4000000000.0 * 4 * 100));
        // total_inactive_file (786432), not the cgroup's own inactive_file (262144).
        QCOMPARE(f.memoryBytes, 6537216 - 786432);
        QVERIFY(qFuzzyCompare(f.memoryPercent, 5750784.0 / 67108864.0 * 100));
        QCOMPARE(f.networkRx, 5338 + 4641); // every interface
        QCOMPARE(f.networkTx, 648 + 690);
        // "Read"/"Write" of both devices; Sync, Async, Discard and Total are not counted.
        QCOMPARE(f.blockRead, 1048576 + 524288);
        QCOMPARE(f.blockWrite, 4096 + 8192);
        QCOMPARE(f.pids, 3);
    }

    void documentedCgroupV2()
    {
        const ContainerFigures f =
            ContainerStatsCalc::compute(frame("stats-cgroup2-documented.json"));
        // One second of one CPU out of 8 CPUs' 8 s: 100 % of a core, as docker shows it.
        QVERIFY(qFuzzyCompare(f.cpuPercent, 100.0));
        QCOMPARE(f.memoryBytes, 220200960 - 6291456); // usage − inactive_file
        QCOMPARE(f.memoryLimit, 8589934592LL);
        QCOMPARE(f.networkRx, 1234567);
        QCOMPARE(f.networkTx, 7654321);
        QCOMPARE(f.blockRead, 2097152); // v2 names its ops in lower case
        QCOMPARE(f.blockWrite, 12288);
        QCOMPARE(f.pids, 7);
    }

    void onlineCpusFallBackToPerCpuUsage()
    {
        QJsonObject s = frame("stats-cgroup1-documented.json");
        QJsonObject cpu = s.value(QStringLiteral("cpu_stats")).toObject();
        cpu.remove(QStringLiteral("online_cpus"));
        s.insert(QStringLiteral("cpu_stats"), cpu);
        QVERIFY(
            qFuzzyCompare(ContainerStatsCalc::cpuPercent(s), 121359.0 / 4000000000.0 * 4 * 100));
    }

    void edgeCasesAsDockerTreatsThem()
    {
        // The first frame of a stream has no previous sample: not measured.
        QJsonObject first = frame("stats-cgroup2-documented.json");
        first.insert(QStringLiteral("precpu_stats"), QJsonObject{});
        QCOMPARE(ContainerStatsCalc::cpuPercent(first), -1.0);
        // No CPU used between the frames: 0, not "not measured".
        QJsonObject idle = frame("stats-cgroup2-documented.json");
        idle.insert(QStringLiteral("precpu_stats"), idle.value(QStringLiteral("cpu_stats")));
        QCOMPARE(ContainerStatsCalc::cpuPercent(idle), 0.0);
        // A cache figure above the usage is not subtracted (it would go negative).
        const QJsonObject odd{
            {QStringLiteral("usage"), 1000},
            {QStringLiteral("stats"), QJsonObject{{QStringLiteral("inactive_file"), 5000}}}};
        QCOMPARE(ContainerStatsCalc::memoryUsageNoCache(odd), 1000);
        // A stopped container's frame has no figures at all.
        const ContainerFigures none = ContainerStatsCalc::compute(QJsonObject{});
        QCOMPARE(none.memoryBytes, -1);
        QCOMPARE(none.networkRx, -1);
        QCOMPARE(none.blockRead, -1);
        QCOMPARE(none.cpuPercent, -1.0);
    }

    // The Containers page's figures go through the same arithmetic; a frame without a previous
    // sample keeps the CPU % already shown.
    void stackInspectorUsesIt()
    {
        ServiceStatus s;
        StackInspector::applyStats(frame("stats-cgroup1-documented.json"), &s);
        QCOMPARE(s.figures.memoryBytes, 6537216 - 786432);
        QCOMPARE(s.figures.blockRead, 1048576 + 524288);
        const double cpu = s.figures.cpuPercent;
        QJsonObject first = frame("stats-cgroup2-documented.json");
        first.insert(QStringLiteral("precpu_stats"), QJsonObject{});
        StackInspector::applyStats(first, &s);
        QCOMPARE(s.figures.cpuPercent, cpu);
        QCOMPARE(s.figures.memoryBytes, 220200960 - 6291456);
    }
};

QTEST_GUILESS_MAIN(TestContainerStatsCalc)
#include "tst_containerstatscalc.moc"
