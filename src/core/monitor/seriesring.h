#pragma once

#include <QList>
#include <QtGlobal>
#include <array>
#include <cstdint>
#include <limits>
#include <vector>

namespace artgen::core {

// One point a reader gets back: a raw sample, a rollup bucket or a downsampled column. A point
// with `count == 0` has no value (min/max/avg are NaN); `gap` says the source was down somewhere
// inside it, so a chart breaks its line there — a gap is never drawn as a zero.
struct SeriesPoint
{
    qint64 t = 0; // start of the point's span, ms since the epoch
    double min = 0;
    double max = 0;
    double avg = 0;
    int count = 0;
    bool gap = false;

    bool hasValue() const { return count > 0; }
};

// The history of one series: a fixed ring of slots, one per `resolutionMs` (24 h at 1 s by
// default), plus rollup rings of 10 s and 60 s buckets (min, max, sum, count, gaps) so a long
// window is read from a few thousand buckets instead of 86 400 samples.
//
// Storage is sized once at construction and never grows: no allocation per sample, and bytes()
// is exact. Slots are addressed by time (slot = t / resolution), so a slot's time is implied and
// only its value is stored, as a float (7 significant digits: plenty for counts, percentages and
// byte figures on a chart; the live value that thresholds judge never goes through the ring).
// A slot nobody wrote (a late poll) is "empty" and skipped by readers; a slot written with
// appendGap() (or a NaN) is a gap and breaks the line. Samples older than the newest slot are
// dropped; a second sample in the newest slot replaces it in the raw ring and is counted in the
// rollups, which aggregate every sample received.
class SeriesRing
{
public:
    static constexpr qint64 kDefaultResolutionMs = 1000;
    static constexpr qint64 kDefaultSpanMs = 24 * 3600 * 1000;
    static constexpr std::array<qint64, 2> kRollupMs{10 * 1000, 60 * 1000};

    explicit SeriesRing(qint64 resolutionMs = kDefaultResolutionMs, qint64 spanMs = kDefaultSpanMs);

    qint64 resolutionMs() const { return m_resolutionMs; }
    qint64 spanMs() const { return m_resolutionMs * qint64(m_raw.size()); }
    qsizetype capacity() const { return qsizetype(m_raw.size()); }
    // Memory held by this ring, exactly: the object and its fixed buffers.
    qsizetype bytes() const;

    // False when the sample is older than the newest slot (dropped).
    bool append(qint64 t, double value);
    bool appendGap(qint64 t);

    bool isEmpty() const { return !m_started; }
    // The newest slot's start and value (NaN for a gap); t = -1 when nothing was written.
    qint64 newestTime() const;
    double newestValue() const;
    // The time span still held: [oldestTime(), newestTime() + resolution).
    qint64 oldestTime() const;

    // Levels: 0 is the raw ring, 1.. the rollups, coarser with each level.
    int levelCount() const { return 1 + int(m_levels.size()); }
    qint64 levelSpanMs(int level) const;
    // The point of level `level` whose span starts at index `i` (in units of that level's span).
    SeriesPoint point(int level, qint64 i) const;
    // Every point of `level` in [from, to), oldest first, empty ones included.
    QList<SeriesPoint> points(int level, qint64 from, qint64 to) const;

    // The aggregate over raw slots [a, b) (absolute slot numbers, clamped to what is held),
    // using the coarsest buckets that fit entirely inside and finer levels at the edges, so it
    // is exact and costs O(buckets + edge slots), not O(slots). `reads`, when given, counts the
    // slots and buckets it looked at.
    SeriesPoint aggregate(qint64 a, qint64 b, int topLevel, qint64* reads = nullptr) const;
    qint64 slotOf(qint64 t) const;

private:
    struct Bucket
    {
        float min;
        float max;
        float sum;
        quint16 count;
        quint16 gaps;
    };
    struct Level
    {
        qint64 factor = 0; // raw slots per bucket
        qint64 newest = -1;
        std::vector<Bucket> buckets;
    };

    // Running min/max/sum/count of an aggregate: the hot loop of a redraw, kept to plain floats.
    struct Accumulator
    {
        float min = std::numeric_limits<float>::infinity();
        float max = -std::numeric_limits<float>::infinity();
        double sum = 0;
        qint64 count = 0;
        bool gap = false;
    };

    bool write(qint64 t, float value, bool gap);
    void collect(Accumulator& acc, qint64 a, qint64 b, int level, qint64* reads) const;
    void collectRaw(Accumulator& acc, qint64 a, qint64 b) const;
    static void collectBuckets(Accumulator& acc, const Level& level, qint64 first, qint64 end);
    void advanceRaw(qint64 slot);
    static void advanceLevel(Level& level, qint64 bucket);
    static Bucket emptyBucket();
    SeriesPoint rawPoint(qint64 slot) const;
    SeriesPoint bucketPoint(const Level& level, qint64 bucket) const;
    qint64 oldestSlot() const { return qMax(m_first, m_newest - capacity() + 1); }

    qint64 m_resolutionMs;
    bool m_started = false;
    qint64 m_newest = 0; // absolute slot number of the newest write
    qint64 m_first = 0;  // the first slot ever written
    std::vector<float> m_raw;
    std::vector<Level> m_levels;
};

} // namespace artgen::core
