#include "latencyhistogram.h"

#include <QJsonArray>
#include <algorithm>
#include <bit>
#include <cmath>

namespace artgen::core {

namespace {

// 3 significant digits need 2 × 10^3 distinct values per bucket: 2048, a power of two.
constexpr int kSubBucketCount = 2048;
constexpr int kSubBucketHalfCountMagnitude = 10;
constexpr int kSubBucketHalfCount = kSubBucketCount / 2;
constexpr quint64 kSubBucketMask = kSubBucketCount - 1;

constexpr int bucketsNeeded()
{
    qint64 smallestUntrackable = qint64(kSubBucketCount);
    int buckets = 1;
    while (smallestUntrackable <= LatencyHistogram::kHighest) {
        smallestUntrackable <<= 1;
        ++buckets;
    }
    return buckets;
}

constexpr int kBucketCount = bucketsNeeded();

} // namespace

LatencyHistogram::LatencyHistogram() : m_counts(std::size_t(countsLength()), 0) {}

int LatencyHistogram::countsLength()
{
    return (kBucketCount + 1) * kSubBucketHalfCount;
}

int LatencyHistogram::countsIndex(qint64 value)
{
    const int pow2Ceiling = 64 - std::countl_zero(quint64(value) | kSubBucketMask);
    const int bucket = pow2Ceiling - (kSubBucketHalfCountMagnitude + 1);
    const int subBucket = int(value >> bucket);
    return ((bucket + 1) << kSubBucketHalfCountMagnitude) + (subBucket - kSubBucketHalfCount);
}

qint64 LatencyHistogram::valueFromIndex(int index)
{
    int bucket = (index >> kSubBucketHalfCountMagnitude) - 1;
    int subBucket = (index & (kSubBucketHalfCount - 1)) + kSubBucketHalfCount;
    if (bucket < 0) {
        subBucket -= kSubBucketHalfCount;
        bucket = 0;
    }
    return qint64(subBucket) << bucket;
}

qint64 LatencyHistogram::highestEquivalentValue(qint64 value)
{
    const int index = countsIndex(value);
    const int bucket = std::max(0, (index >> kSubBucketHalfCountMagnitude) - 1);
    return valueFromIndex(index) + (qint64(1) << bucket) - 1;
}

void LatencyHistogram::record(qint64 micros)
{
    const qint64 v = std::clamp<qint64>(micros, 0, kHighest);
    ++m_counts[std::size_t(countsIndex(v))];
    if (m_total == 0 || v < m_min)
        m_min = v;
    if (m_total == 0 || v > m_max)
        m_max = v;
    ++m_total;
    m_sum += double(v);
    m_sumSquares += double(v) * double(v);
}

void LatencyHistogram::add(const LatencyHistogram& other)
{
    if (other.m_total == 0)
        return;
    const auto [first, last] = other.usedRange();
    for (std::size_t i = first; i <= last; ++i)
        m_counts[i] += other.m_counts[i];
    m_min = m_total == 0 ? other.m_min : std::min(m_min, other.m_min);
    m_max = m_total == 0 ? other.m_max : std::max(m_max, other.m_max);
    m_total += other.m_total;
    m_sum += other.m_sum;
    m_sumSquares += other.m_sumSquares;
}

void LatencyHistogram::reset()
{
    if (m_total > 0) {
        const auto [first, last] = usedRange();
        std::fill(m_counts.begin() + qsizetype(first), m_counts.begin() + qsizetype(last) + 1, 0);
    }
    m_total = 0;
    m_min = m_max = 0;
    m_sum = m_sumSquares = 0;
}

std::pair<std::size_t, std::size_t> LatencyHistogram::usedRange() const
{
    return {std::size_t(countsIndex(m_min)), std::size_t(countsIndex(m_max))};
}

double LatencyHistogram::mean() const
{
    return m_total > 0 ? m_sum / double(m_total) : 0.0;
}

double LatencyHistogram::stdev() const
{
    if (m_total == 0)
        return 0.0;
    const double m = mean();
    return std::sqrt(std::max(0.0, m_sumSquares / double(m_total) - m * m));
}

qint64 LatencyHistogram::valueAtPercentile(double percentile) const
{
    if (m_total == 0)
        return 0;
    const double p = std::clamp(percentile, 0.0, 100.0);
    const qint64 wanted =
        std::max<qint64>(1, qint64(std::ceil(p / 100.0 * double(m_total) - 1e-9)));
    qint64 seen = 0;
    const auto [first, last] = usedRange();
    for (std::size_t i = first; i <= last; ++i) {
        seen += m_counts[i];
        if (seen >= wanted)
            return std::min(m_max, highestEquivalentValue(valueFromIndex(int(i))));
    }
    return m_max;
}

QList<LatencyHistogram::Bin> LatencyHistogram::logBins(int perDecade) const
{
    QList<Bin> bins;
    if (m_total == 0 || perDecade < 1)
        return bins;
    const auto binOf = [perDecade](qint64 v) {
        return int(std::floor(std::log10(double(std::max<qint64>(1, v))) * perDecade + 1e-9));
    };
    const int first = binOf(m_min);
    const int last = binOf(m_max);
    for (int k = first; k <= last; ++k)
        bins << Bin{std::pow(10.0, double(k) / perDecade),
                    std::pow(10.0, double(k + 1) / perDecade), 0};
    for (std::size_t i = 0; i < m_counts.size(); ++i)
        if (m_counts[i] > 0) {
            // The bucket's lowest value, kept within the recorded range.
            const qint64 v = std::clamp(valueFromIndex(int(i)), m_min, m_max);
            bins[std::clamp(binOf(v), first, last) - first].count += m_counts[i];
        }
    return bins;
}

QJsonObject LatencyHistogram::toJson() const
{
    QJsonArray buckets;
    for (std::size_t i = 0; i < m_counts.size(); ++i)
        if (m_counts[i] > 0)
            buckets.append(QJsonArray{qint64(i), m_counts[i]});
    return {{QStringLiteral("buckets"), buckets}, {QStringLiteral("total"), m_total},
            {QStringLiteral("min"), m_min},       {QStringLiteral("max"), m_max},
            {QStringLiteral("sum"), m_sum},       {QStringLiteral("sum_squares"), m_sumSquares}};
}

std::optional<LatencyHistogram> LatencyHistogram::fromJson(const QJsonObject& json)
{
    LatencyHistogram h;
    qint64 counted = 0;
    for (const QJsonValue& bucket : json.value(QStringLiteral("buckets")).toArray()) {
        const QJsonArray pair = bucket.toArray();
        const qint64 index = pair.at(0).toInteger(-1);
        const qint64 count = pair.at(1).toInteger(-1);
        if (pair.size() != 2 || index < 0 || index >= qint64(h.m_counts.size()) || count <= 0)
            return std::nullopt;
        h.m_counts[std::size_t(index)] += count;
        counted += count;
    }
    h.m_total = json.value(QStringLiteral("total")).toInteger(-1);
    h.m_min = json.value(QStringLiteral("min")).toInteger(-1);
    h.m_max = json.value(QStringLiteral("max")).toInteger(-1);
    h.m_sum = json.value(QStringLiteral("sum")).toDouble(-1);
    h.m_sumSquares = json.value(QStringLiteral("sum_squares")).toDouble(-1);
    if (counted != h.m_total || h.m_min < 0 || h.m_max < h.m_min || h.m_max > kHighest ||
        h.m_sum < 0 || h.m_sumSquares < 0)
        return std::nullopt;
    // Every counter must lie between min's and max's: add(), reset() and the percentiles read
    // only that range.
    if (h.m_total > 0) {
        const auto [first, last] = h.usedRange();
        for (std::size_t i = 0; i < h.m_counts.size(); ++i)
            if (h.m_counts[i] > 0 && (i < first || i > last))
                return std::nullopt;
    }
    return h;
}

} // namespace artgen::core
