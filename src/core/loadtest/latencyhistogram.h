#pragma once

#include <QJsonObject>
#include <QList>
#include <QtGlobal>
#include <optional>
#include <utility>
#include <vector>

namespace artgen::core {

// Latencies in microseconds, 1 µs to 1 h at 3 significant digits, in HdrHistogram's layout:
// 2048 sub-buckets, each bucket twice as wide as the one before, so recording is an index
// computation and a counter increment (no allocation, no search) and two histograms merge by
// adding counters. A value is reported as the highest value of its bucket (HdrHistogram's
// convention), so values below 2048 µs are exact and larger ones within 0.05 %. Min, max, mean
// and standard deviation are kept exactly beside the counters.
class LatencyHistogram
{
public:
    static constexpr qint64 kLowest = 1;
    static constexpr qint64 kHighest = 3600LL * 1000 * 1000; // 1 h in µs

    LatencyHistogram();

    // Values above kHighest count as kHighest, below 0 as 0.
    void record(qint64 micros);
    void add(const LatencyHistogram& other);
    void reset();

    qint64 count() const { return m_total; }
    qint64 min() const { return m_total > 0 ? m_min : 0; }
    qint64 max() const { return m_total > 0 ? m_max : 0; }
    double mean() const;
    double stdev() const; // population standard deviation
    // The value at `percentile` in [0, 100]: the smallest recorded value (as its bucket's
    // highest equivalent) that at least `percentile` % of the values do not exceed.
    qint64 valueAtPercentile(double percentile) const;

    // The distribution for a chart: counts in bins of equal width on a log scale, `perDecade` to
    // a power of ten, from the bin holding min() to the one holding max(), empty bins included.
    // Bin k covers [10^(k/perDecade), 10^((k+1)/perDecade)) µs; 0 µs counts in the 1 µs bin.
    struct Bin
    {
        double fromMicros = 0;
        double toMicros = 0;
        qint64 count = 0;
    };
    QList<Bin> logBins(int perDecade) const;

    // Lossless, for keeping a run: the non-zero counters as [[index, count], …] beside the exact
    // min, max, total and sums, so every figure read back equals the one written.
    QJsonObject toJson() const;
    // Empty when `json` is not what toJson() writes (an index out of range, counts that do not
    // add up to the total).
    static std::optional<LatencyHistogram> fromJson(const QJsonObject& json);

    // The layout, for tests and for anyone who reads the raw counts.
    static int countsIndex(qint64 value);
    static qint64 highestEquivalentValue(qint64 value);
    static int countsLength();

private:
    static qint64 valueFromIndex(int index);
    // The counters that can be non-zero (min and max are exact, so theirs bound the rest): a
    // live display's merge and reset every 100 ms touch a few cache lines instead of 180 KiB.
    std::pair<std::size_t, std::size_t> usedRange() const;

    std::vector<qint64> m_counts;
    qint64 m_total = 0;
    qint64 m_min = 0;
    qint64 m_max = 0;
    double m_sum = 0;
    double m_sumSquares = 0;
};

} // namespace artgen::core
