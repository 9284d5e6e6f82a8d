#include "monitor/downsampler.h"
#include "monitor/metrichistory.h"
#include "monitor/seriesring.h"

#include <QTest>
#include <QThread>
#include <atomic>
#include <cmath>
#include <vector>

using namespace artgen::core;

// The history the Charts page and artgenctl read: the ring of one series (wrap-around, gaps,
// rollups), the downsample to a chart's width (true min/max per column, bounded cost) and the
// registry of series shared by one writer and many readers.
class TestMetricHistory : public QObject
{
    Q_OBJECT

    static constexpr qint64 t0 = 1'800'000'000'000; // a whole minute, ms since the epoch
    static constexpr qint64 kDay = 24 * 3600;

    // A deterministic, spiky signal: what a connection count looks like, with rare bursts.
    static std::vector<float> spiky(qint64 n)
    {
        std::vector<float> v(static_cast<size_t>(n));
        quint32 x = 12345;
        for (qint64 i = 0; i < n; ++i) {
            x = x * 1664525u + 1013904223u;
            float value = float(40 + (x >> 24) % 20);
            if ((x >> 8) % 997 == 0)
                value += float((x >> 16) % 400); // a one-second spike
            v[size_t(i)] = value;
        }
        return v;
    }

private Q_SLOTS:
    void wrapsAroundKeepingTheNewestSpan()
    {
        SeriesRing ring(1000, 10 * 1000);
        QCOMPARE(ring.capacity(), 10);
        for (int i = 0; i < 25; ++i)
            QVERIFY(ring.append(t0 + i * 1000, i));
        QCOMPARE(ring.newestTime(), t0 + 24 * 1000);
        QCOMPARE(ring.oldestTime(), t0 + 15 * 1000);
        const QList<SeriesPoint> pts = ring.points(0, t0, t0 + 30 * 1000);
        QCOMPARE(pts.size(), 10);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(pts[i].t, t0 + (15 + i) * 1000);
            QCOMPARE(pts[i].min, double(15 + i));
        }
    }

    void aGapIsABreakNeverAZero()
    {
        SeriesRing ring;
        ring.append(t0, 5);
        ring.appendGap(t0 + 1000);
        ring.append(t0 + 2000, std::nan("")); // a NaN is a gap too
        ring.append(t0 + 3000, 7);
        const QList<SeriesPoint> pts = ring.points(0, t0, t0 + 4000);
        QCOMPARE(pts.size(), 4);
        QVERIFY(pts[0].hasValue() && !pts[0].gap);
        for (int i : {1, 2}) {
            QVERIFY(pts[i].gap);
            QVERIFY(!pts[i].hasValue());
            QVERIFY(std::isnan(pts[i].min));
        }
        QCOMPARE(pts[3].max, 7.0);
        QVERIFY(std::isnan(ring.points(0, t0 + 1000, t0 + 2000).first().max));
        // The 10 s bucket saw both values and the outage.
        const SeriesPoint bucket = ring.points(1, t0, t0 + 10000).first();
        QVERIFY(bucket.gap);
        QCOMPARE(bucket.count, 2);
        QCOMPARE(bucket.min, 5.0);
        QCOMPARE(bucket.max, 7.0);
        QCOMPARE(bucket.avg, 6.0);
    }

    void aLatePollLeavesAnEmptySlotNotAGap()
    {
        SeriesRing ring;
        ring.append(t0, 1);
        ring.append(t0 + 2000, 3); // the poll for t0+1 s came late
        const SeriesPoint skipped = ring.points(0, t0 + 1000, t0 + 2000).first();
        QVERIFY(!skipped.hasValue());
        QVERIFY(!skipped.gap);
        const SeriesPoint all = ring.aggregate(ring.slotOf(t0), ring.slotOf(t0) + 3, 0);
        QCOMPARE(all.count, 2);
        QVERIFY(!all.gap);
    }

    void dropsSamplesOlderThanTheNewest()
    {
        SeriesRing ring;
        QVERIFY(ring.append(t0 + 5000, 1));
        QVERIFY(!ring.append(t0 + 1000, 99));
        QVERIFY(ring.append(t0 + 5500, 2)); // same slot: replaces the raw value
        QCOMPARE(ring.newestValue(), 2.0);
        QCOMPARE(ring.points(1, t0, t0 + 10000).first().count, 2); // rollups keep both
    }

    void rollupsHoldMinMaxAvgCount()
    {
        SeriesRing ring;
        for (int i = 0; i < 120; ++i)
            ring.append(t0 + i * 1000, i % 60);
        const QList<SeriesPoint> tens = ring.points(1, t0, t0 + 120 * 1000);
        QCOMPARE(tens.size(), 12);
        QCOMPARE(tens[1].min, 10.0);
        QCOMPARE(tens[1].max, 19.0);
        QCOMPARE(tens[1].avg, 14.5);
        QCOMPARE(tens[1].count, 10);
        const QList<SeriesPoint> minutes = ring.points(2, t0, t0 + 120 * 1000);
        QCOMPARE(minutes.size(), 2);
        QCOMPARE(minutes[1].min, 0.0);
        QCOMPARE(minutes[1].max, 59.0);
        QCOMPARE(minutes[1].count, 60);
        QCOMPARE(ring.levelSpanMs(2), 60000LL);
    }

    void rollupsForgetWhatTheRingForgot()
    {
        SeriesRing ring(1000, 60 * 1000);
        ring.append(t0, 1000); // out of the span once a minute has passed
        for (int i = 1; i <= 90; ++i)
            ring.append(t0 + i * 1000, 1);
        const SeriesPoint all = ring.aggregate(0, ring.slotOf(t0) + 1000, 2);
        QCOMPARE(all.max, 1.0);
        QCOMPARE(all.count, 60);
    }

    void memoryIsExactAndFixed()
    {
        SeriesRing ring;
        const qsizetype before = ring.bytes();
        const qsizetype raw = 86400 * qsizetype(sizeof(float));
        const qsizetype buckets = (8640 + 1 + 1440 + 1) * 16;
        QVERIFY2(before >= raw + buckets && before < raw + buckets + 1024,
                 qPrintable(QString::number(before)));
        for (int i = 0; i < 200000; ++i)
            ring.append(t0 + i * 1000, i);
        QCOMPARE(ring.bytes(), before);
        // A 10 s series keeps 8 640 slots and one 60 s rollup.
        SeriesRing slow(10000);
        QCOMPARE(slow.capacity(), 8640);
        QCOMPARE(slow.levelCount(), 2);
    }

    void downsampleKeepsTheTrueMinAndMaxOfEveryColumn()
    {
        SeriesRing ring;
        const std::vector<float> v = spiky(kDay);
        for (qint64 i = 0; i < kDay; ++i)
            ring.append(t0 + i * 1000, v[size_t(i)]);
        const int columns = 1000;
        const Downsampler::Result r = Downsampler::read(ring, t0, t0 + kDay * 1000, columns);
        QCOMPARE(r.columns.size(), columns);
        QCOMPARE(r.level, 2); // 86.4 s columns read from 60 s buckets
        for (int c = 0; c < columns; ++c) {
            const qint64 a = kDay * c / columns;
            const qint64 b = kDay * (c + 1) / columns;
            const auto [lo, hi] = std::minmax_element(v.begin() + a, v.begin() + b);
            QCOMPARE(r.columns[c].t, t0 + a * 1000);
            QCOMPARE(r.columns[c].min, double(*lo));
            QCOMPARE(r.columns[c].max, double(*hi));
            QCOMPARE(r.columns[c].count, int(b - a));
        }
    }

    // The work per redraw: bounded per column whatever the window (timings: tests/bench).
    void downsampleCostDoesNotGrowWithTheWindow()
    {
        SeriesRing ring;
        const std::vector<float> v = spiky(kDay);
        for (qint64 i = 0; i < kDay; ++i)
            ring.append(t0 + i * 1000, v[size_t(i)]);
        const qint64 end = t0 + kDay * 1000;
        QList<qint64> reads;
        for (const qint64 window : {300LL, 3600LL, 6 * 3600LL, kDay}) {
            const Downsampler::Result r = Downsampler::read(ring, end - window * 1000, end, 1000);
            QVERIFY2(r.pointsRead <= 40 * 1000,
                     qPrintable(QStringLiteral("%1 s: %2 reads").arg(window).arg(r.pointsRead)));
            reads << r.pointsRead;
        }
        QVERIFY2(reads.last() < kDay / 2, "a 24 h window does not read every sample");
        // Five minutes hold fewer slots than columns: one column per slot.
        QCOMPARE(Downsampler::read(ring, end - 300 * 1000, end, 1000).columns.size(), 300);
    }

    void downsampleShowsAnOutageAsABreak()
    {
        SeriesRing ring;
        for (qint64 i = 0; i < kDay; ++i) {
            if (i >= 40000 && i < 41000)
                ring.appendGap(t0 + i * 1000); // the source was down for 1 000 s
            else
                ring.append(t0 + i * 1000, 10);
        }
        const Downsampler::Result r = Downsampler::read(ring, t0, t0 + kDay * 1000, 1000);
        int breaks = 0;
        for (const SeriesPoint& p : r.columns) {
            if (p.gap)
                ++breaks;
            if (p.gap && !p.hasValue())
                QVERIFY(std::isnan(p.min)); // never drawn as zero
            else
                QCOMPARE(p.min, 10.0);
        }
        // Slots 40 000–40 999 over 86.4 s columns: columns 462 to 474 touch the outage.
        QCOMPARE(breaks, 13);
        QCOMPARE(r.columns[470].gap, true);
        QCOMPARE(r.columns[470].hasValue(), false);
        QCOMPARE(r.columns[100].gap, false);
    }

    void historyRegistry()
    {
        MetricHistory h;
        QVERIFY(!h.read(QStringLiteral("nope"), 0, 1, 10));
        h.define(QStringLiteral("celery.active"), 10000);
        h.append(QStringLiteral("postgres.total"), t0, 12);
        h.appendGap(QStringLiteral("redis.clients"), t0);
        QCOMPARE(h.ids(),
                 (QStringList{QStringLiteral("celery.active"), QStringLiteral("postgres.total"),
                              QStringLiteral("redis.clients")}));
        QCOMPARE(h.latest(QStringLiteral("postgres.total"))->second, 12.0);
        QVERIFY(std::isnan(h.latest(QStringLiteral("redis.clients"))->second));
        QVERIFY(!h.latest(QStringLiteral("celery.active")));
        const SeriesRing oneSecond;
        const SeriesRing tenSeconds(10000);
        QVERIFY(h.bytes() >= 2 * oneSecond.bytes() + tenSeconds.bytes());
        QVERIFY(h.bytes() < 2 * oneSecond.bytes() + tenSeconds.bytes() + 4096);
    }

    // One writer and several readers at once: every read sees a consistent series.
    void oneWriterManyReaders()
    {
        MetricHistory h;
        const QString id = QStringLiteral("postgres.total");
        h.append(id, t0, 0);
        std::atomic<bool> done = false;
        std::atomic<int> reads = 0;
        std::atomic<int> bad = 0;
        std::vector<std::unique_ptr<QThread>> readers;
        for (int r = 0; r < 3; ++r) {
            readers.emplace_back(QThread::create([&] {
                while (!done) {
                    const auto res = h.read(id, t0, t0 + 3600 * 1000, 500);
                    for (const SeriesPoint& p : res->columns)
                        if (p.hasValue() && (p.min > p.max || p.min < 0))
                            ++bad;
                    ++reads;
                }
            }));
            readers.back()->start();
        }
        for (int i = 1; i < 3600; ++i)
            h.append(id, t0 + i * 1000, i % 100);
        QTRY_VERIFY_WITH_TIMEOUT(reads >= 30, 60000); // and go on reading after it
        done = true;
        for (auto& t : readers)
            QVERIFY(t->wait(60000));
        QCOMPARE(bad.load(), 0);
        QCOMPARE(h.read(id, t0, t0 + 3600 * 1000, 3600)->columns.size(), 3600);
    }
};

QTEST_GUILESS_MAIN(TestMetricHistory)
#include "tst_metrichistory.moc"
