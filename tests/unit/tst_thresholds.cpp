#include "monitor/thresholds.h"
#include "monitor/thresholdtracker.h"
#include "settings/settingsstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;
using Change = ThresholdTracker::Change;
using Level = Threshold::Level;

// When a threshold alert is raised, escalated and cleared: one of each per episode, after the
// hold time, whatever the value does in between; gaps neither raise nor clear. And the per-profile
// settings the thresholds come from.
class TestThresholds : public QObject
{
    Q_OBJECT

    static Threshold connections(qint64 holdMs = 10000)
    {
        Threshold t;
        t.warn = 100;
        t.critical = 180;
        t.holdMs = holdMs;
        t.clearHoldMs = holdMs;
        return t;
    }

    // Feeds one sample a second from second `from`, for `n` seconds; returns every change with
    // the second it happened at.
    static QList<std::pair<int, Change>> run(ThresholdTracker& tr, int from, int n, double value)
    {
        QList<std::pair<int, Change>> changes;
        for (int s = from; s < from + n; ++s) {
            const Change c = tr.feed(s * 1000LL, value);
            if (c != Change::None)
                changes.append({s, c});
        }
        return changes;
    }

private Q_SLOTS:
    void levels()
    {
        const Threshold t = connections();
        QCOMPARE(t.levelOf(99), Level::Ok);
        QCOMPARE(t.levelOf(100), Level::Warn); // the instructions' "< 100": 100 is too many
        QCOMPARE(t.levelOf(180), Level::Critical);
        QCOMPARE(t.levelOf(std::nan("")), Level::Ok);
        Threshold below = t;
        below.direction = Threshold::Direction::Below;
        below.warn = 10;
        below.critical = 2;
        QCOMPARE(below.levelOf(11), Level::Ok);
        QCOMPARE(below.levelOf(10), Level::Warn);
        QCOMPARE(below.levelOf(1), Level::Critical);
        QVERIFY(Threshold().isOff());
        QCOMPARE(Threshold().levelOf(1e9), Level::Ok);
    }

    void exactlyOneAlertAfterTheHoldAndOneClear()
    {
        ThresholdTracker tr(connections());
        QVERIFY(run(tr, 0, 30, 50).isEmpty());
        const auto up = run(tr, 30, 60, 120); // held for a minute
        QCOMPARE(up.size(), 1);
        QCOMPARE(up[0], std::make_pair(40, Change::Raised)); // after exactly the hold time
        QCOMPARE(tr.level(), Level::Warn);
        const auto down = run(tr, 90, 60, 50);
        QCOMPARE(down.size(), 1);
        QCOMPARE(down[0], std::make_pair(100, Change::Cleared));
        QCOMPARE(tr.level(), Level::Ok);
    }

    void aBlipShorterThanTheHoldIsNoAlert()
    {
        ThresholdTracker tr(connections());
        run(tr, 0, 10, 50);
        QVERIFY(run(tr, 10, 9, 500).isEmpty()); // 9 s over, critical even
        QVERIFY(run(tr, 19, 60, 50).isEmpty());
        QCOMPARE(tr.level(), Level::Ok);
    }

    void escalatesOnceAndEasesQuietly()
    {
        ThresholdTracker tr(connections());
        auto c = run(tr, 0, 20, 120);
        QCOMPARE(c, (QList<std::pair<int, Change>>{{10, Change::Raised}}));
        c = run(tr, 20, 30, 190);
        QCOMPARE(c, (QList<std::pair<int, Change>>{{30, Change::Escalated}}));
        c = run(tr, 50, 30, 150);
        QCOMPARE(c, (QList<std::pair<int, Change>>{{60, Change::Eased}}));
        c = run(tr, 80, 30, 10);
        QCOMPARE(c, (QList<std::pair<int, Change>>{{90, Change::Cleared}}));
    }

    void straightToCriticalIsOneRaise()
    {
        ThresholdTracker tr(connections());
        const auto c = run(tr, 0, 30, 500);
        QCOMPARE(c, (QList<std::pair<int, Change>>{{10, Change::Raised}}));
        QCOMPARE(tr.level(), Level::Critical);
    }

    void flappingAroundTheLevelIsOneEpisode()
    {
        ThresholdTracker tr(connections());
        run(tr, 0, 15, 120); // raised at 10
        QList<std::pair<int, Change>> changes;
        for (int s = 15; s < 300; ++s) // over and under every few seconds: never 10 s clear
            if (const Change c = tr.feed(s * 1000LL, (s / 3) % 2 ? 120 : 80); c != Change::None)
                changes.append({s, c});
        QVERIFY(changes.isEmpty());
        QCOMPARE(tr.level(), Level::Warn);
    }

    void aGapNeitherRaisesNorClears()
    {
        ThresholdTracker tr(connections());
        run(tr, 0, 8, 120);
        QCOMPARE(tr.feedGap(8000), Change::None);
        // 8 s before the outage and 8 s after it were not 10 s held through it.
        QVERIFY(run(tr, 20, 8, 120).isEmpty());
        QCOMPARE(run(tr, 28, 5, 120), (QList<std::pair<int, Change>>{{30, Change::Raised}}));
        // Down for an hour while raised: still raised, no clear.
        for (int s = 33; s < 3633; ++s)
            QCOMPARE(tr.feed(s * 1000LL, std::nan("")), Change::None);
        QCOMPARE(tr.level(), Level::Warn);
        QCOMPARE(run(tr, 3633, 15, 10), (QList<std::pair<int, Change>>{{3643, Change::Cleared}}));
    }

    void belowDirection()
    {
        Threshold t;
        t.direction = Threshold::Direction::Below;
        t.warn = 1; // e.g. fewer than 2 Celery workers
        t.holdMs = t.clearHoldMs = 5000;
        ThresholdTracker tr(t);
        QCOMPARE(run(tr, 0, 10, 0), (QList<std::pair<int, Change>>{{5, Change::Raised}}));
        QCOMPARE(run(tr, 10, 10, 2), (QList<std::pair<int, Change>>{{15, Change::Cleared}}));
    }

    void defaultsFromTheInstructions()
    {
        const Thresholds t;
        const Threshold pg = t.postgres(200);
        QCOMPARE(pg.warn, 100.0);
        QCOMPARE(pg.critical, 180.0); // 90 % of max_connections
        QCOMPARE(t.postgres(101).critical, 91.0);
        QVERIFY(std::isnan(t.postgres(0).critical)); // max_connections not known yet
        const Threshold redis = t.redis();
        QCOMPARE(redis.warn, 50.0);
        QVERIFY(std::isnan(redis.critical));
        QCOMPARE(redis.holdMs, 15000LL);
    }

    void keptPerProfileInTheSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("artgen.conf"));
        {
            SettingsStore store(path);
            QCOMPARE(Thresholds::load(store, QStringLiteral("prod")), Thresholds());
            Thresholds t;
            t.postgresWarn = 150;
            t.redisWarn = 80;
            t.holdSecs = 30;
            t.containerAlertsMuted = true;
            t.save(store, QStringLiteral("prod"));
            QVERIFY(store.sync());
        }
        SettingsStore store(path);
        const Thresholds prod = Thresholds::load(store, QStringLiteral("prod"));
        QCOMPARE(prod.postgresWarn, 150);
        QCOMPARE(prod.redisWarn, 80);
        QCOMPARE(prod.holdSecs, 30);
        QVERIFY(prod.containerAlertsMuted);
        QVERIFY(!prod.apiAlertsMuted);
        QCOMPARE(Thresholds::load(store, QStringLiteral("staging")), Thresholds());
        // A hand-edited value outside what the panel accepts is clamped.
        Thresholds wild;
        wild.postgresCriticalPercent = 250;
        wild.apiFailures = 0;
        wild.save(store, QStringLiteral("wild"));
        const Thresholds clamped = Thresholds::load(store, QStringLiteral("wild"));
        QCOMPARE(clamped.postgresCriticalPercent, 100);
        QCOMPARE(clamped.apiFailures, 1);
    }

    void aSaveIsSeenAsTheProfilesOwn()
    {
        QTemporaryDir dir;
        SettingsStore store(dir.filePath(QStringLiteral("artgen.conf")));
        QStringList changed;
        connect(&store, &SettingsStore::changed, &store,
                [&changed](const QString& name) { changed << name; });
        Thresholds t;
        t.redisWarn = 20;
        t.holdSecs = 0;
        t.save(store, QStringLiteral("prod"));
        QVERIFY(!changed.isEmpty());
        for (const QString& name : std::as_const(changed)) {
            QVERIFY(Thresholds::isSettingOf(name, QStringLiteral("prod")));
            QVERIFY(!Thresholds::isSettingOf(name, QStringLiteral("staging")));
        }
        QVERIFY(!Thresholds::isSettingOf(QStringLiteral("logs/lineLimit"), QStringLiteral("prod")));
    }
};

QTEST_GUILESS_MAIN(TestThresholds)
#include "tst_thresholds.moc"
