#include "seriesring.h"

#include <bit>
#include <cmath>
#include <limits>

namespace artgen::core {

namespace {

// Two NaNs told apart by their payload: a slot nobody wrote, and a gap a source reported.
constexpr quint32 kEmptyBits = 0x7fc00001u;
constexpr quint32 kGapBits = 0x7fc00002u;
const float kEmpty = std::bit_cast<float>(kEmptyBits);
const float kGap = std::bit_cast<float>(kGapBits);
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return -floorDiv(-a, b);
}

qsizetype ringIndex(qint64 i, qsizetype size)
{
    const qint64 m = i % qint64(size);
    return qsizetype(m < 0 ? m + size : m);
}

SeriesPoint none(qint64 t)
{
    SeriesPoint p;
    p.t = t;
    p.min = p.max = p.avg = kNaN;
    return p;
}

} // namespace

SeriesRing::SeriesRing(qint64 resolutionMs, qint64 spanMs)
    : m_resolutionMs(qMax<qint64>(1, resolutionMs)),
      m_raw(size_t(qMax<qint64>(1, ceilDiv(spanMs, m_resolutionMs))), kEmpty)
{
    for (const qint64 rollupMs : kRollupMs) {
        // A rollup is only worth it when it is coarser than the raw ring and aligned with it.
        if (rollupMs <= m_resolutionMs || rollupMs % m_resolutionMs != 0)
            continue;
        Level level;
        level.factor = rollupMs / m_resolutionMs;
        // One more bucket than the span needs: the oldest raw slots still have theirs.
        level.buckets.assign(size_t(ceilDiv(qint64(m_raw.size()), level.factor) + 1),
                             emptyBucket());
        m_levels.push_back(std::move(level));
    }
}

qsizetype SeriesRing::bytes() const
{
    qsizetype n = sizeof(*this) + qsizetype(m_raw.capacity() * sizeof(float)) +
                  qsizetype(m_levels.capacity() * sizeof(Level));
    for (const Level& level : m_levels)
        n += qsizetype(level.buckets.capacity() * sizeof(Bucket));
    return n;
}

SeriesRing::Bucket SeriesRing::emptyBucket()
{
    return {kEmpty, kEmpty, 0.f, 0, 0};
}

qint64 SeriesRing::slotOf(qint64 t) const
{
    return floorDiv(t, m_resolutionMs);
}

bool SeriesRing::append(qint64 t, double value)
{
    if (std::isnan(value))
        return appendGap(t);
    return write(t, float(value), false);
}

bool SeriesRing::appendGap(qint64 t)
{
    return write(t, kGap, true);
}

bool SeriesRing::write(qint64 t, float value, bool gap)
{
    const qint64 slot = slotOf(t);
    if (!m_started) {
        m_started = true;
        m_first = m_newest = slot;
        for (Level& level : m_levels)
            level.newest = floorDiv(slot, level.factor);
    } else if (slot < m_newest) {
        return false;
    }
    advanceRaw(slot);
    m_raw[size_t(ringIndex(slot, capacity()))] = value;
    for (Level& level : m_levels) {
        const qint64 b = floorDiv(slot, level.factor);
        advanceLevel(level, b);
        Bucket& bucket = level.buckets[size_t(ringIndex(b, qsizetype(level.buckets.size())))];
        if (gap) {
            bucket.gaps = quint16(qMin(0xffff, bucket.gaps + 1));
            continue;
        }
        bucket.min = bucket.count ? qMin(bucket.min, value) : value;
        bucket.max = bucket.count ? qMax(bucket.max, value) : value;
        bucket.sum += value;
        bucket.count = quint16(qMin(0xffff, bucket.count + 1));
    }
    return true;
}

// Slots skipped since the newest write were not written: mark them empty, at most once round.
void SeriesRing::advanceRaw(qint64 slot)
{
    const qint64 skipped = qMin<qint64>(slot - m_newest, capacity());
    for (qint64 s = slot - skipped + 1; s <= slot && s > m_newest; ++s)
        m_raw[size_t(ringIndex(s, capacity()))] = kEmpty;
    m_newest = qMax(m_newest, slot);
}

void SeriesRing::advanceLevel(Level& level, qint64 bucket)
{
    const qsizetype size = qsizetype(level.buckets.size());
    const qint64 skipped = qMin<qint64>(bucket - level.newest, size);
    for (qint64 b = bucket - skipped + 1; b <= bucket && b > level.newest; ++b)
        level.buckets[size_t(ringIndex(b, size))] = emptyBucket();
    level.newest = qMax(level.newest, bucket);
}

qint64 SeriesRing::newestTime() const
{
    return m_started ? m_newest * m_resolutionMs : -1;
}

double SeriesRing::newestValue() const
{
    if (!m_started)
        return kNaN;
    const float v = m_raw[size_t(ringIndex(m_newest, capacity()))];
    return std::isnan(v) ? kNaN : double(v);
}

qint64 SeriesRing::oldestTime() const
{
    return m_started ? oldestSlot() * m_resolutionMs : -1;
}

qint64 SeriesRing::levelSpanMs(int level) const
{
    return level == 0 ? m_resolutionMs : m_levels[size_t(level - 1)].factor * m_resolutionMs;
}

SeriesPoint SeriesRing::rawPoint(qint64 slot) const
{
    SeriesPoint p = none(slot * m_resolutionMs);
    if (!m_started || slot < oldestSlot() || slot > m_newest)
        return p;
    const float v = m_raw[size_t(ringIndex(slot, capacity()))];
    if (std::bit_cast<quint32>(v) == kGapBits) {
        p.gap = true;
    } else if (!std::isnan(v)) {
        p.min = p.max = p.avg = double(v);
        p.count = 1;
    }
    return p;
}

SeriesPoint SeriesRing::bucketPoint(const Level& level, qint64 bucket) const
{
    SeriesPoint p = none(bucket * level.factor * m_resolutionMs);
    const qint64 size = qint64(level.buckets.size());
    if (!m_started || bucket > level.newest || bucket <= level.newest - size)
        return p;
    const Bucket& b = level.buckets[size_t(ringIndex(bucket, qsizetype(size)))];
    p.gap = b.gaps > 0;
    if (b.count > 0) {
        p.min = double(b.min);
        p.max = double(b.max);
        p.avg = double(b.sum) / b.count;
        p.count = b.count;
    }
    return p;
}

SeriesPoint SeriesRing::point(int level, qint64 i) const
{
    return level == 0 ? rawPoint(i) : bucketPoint(m_levels[size_t(level - 1)], i);
}

QList<SeriesPoint> SeriesRing::points(int level, qint64 from, qint64 to) const
{
    QList<SeriesPoint> out;
    const qint64 span = levelSpanMs(level);
    const qint64 first = floorDiv(qMax(from, oldestTime()), span);
    const qint64 last = floorDiv(qMin(to, newestTime() + m_resolutionMs) - 1, span);
    if (!m_started || last < first)
        return out;
    out.reserve(qsizetype(last - first + 1));
    for (qint64 i = first; i <= last; ++i)
        out << point(level, i);
    return out;
}

SeriesPoint SeriesRing::aggregate(qint64 a, qint64 b, int topLevel, qint64* reads) const
{
    SeriesPoint out = none(a * m_resolutionMs);
    if (!m_started)
        return out;
    a = qMax(a, oldestSlot());
    b = qMin(b, m_newest + 1);
    if (a >= b)
        return out;
    Accumulator acc;
    collect(acc, a, b, topLevel, reads);
    out.gap = acc.gap;
    if (acc.count > 0) {
        out.min = double(acc.min);
        out.max = double(acc.max);
        out.avg = acc.sum / double(acc.count);
        out.count = int(qMin<qint64>(acc.count, std::numeric_limits<int>::max()));
    }
    return out;
}

// [a, b) lies inside what the ring holds, so every bucket fully inside it is still in its
// level's ring (each level keeps one bucket more than the span needs): no per-read checks.
void SeriesRing::collect(Accumulator& acc, qint64 a, qint64 b, int level, qint64* reads) const
{
    if (a >= b)
        return;
    if (level <= 0) {
        collectRaw(acc, a, b);
        if (reads)
            *reads += b - a;
        return;
    }
    const Level& l = m_levels[size_t(level - 1)];
    const qint64 firstFull = ceilDiv(a, l.factor);
    const qint64 endFull = floorDiv(b, l.factor);
    if (firstFull >= endFull)
        return collect(acc, a, b, level - 1, reads);
    collect(acc, a, firstFull * l.factor, level - 1, reads);
    collectBuckets(acc, l, firstFull, endFull);
    if (reads)
        *reads += endFull - firstFull;
    collect(acc, endFull * l.factor, b, level - 1, reads);
}

void SeriesRing::collectRaw(Accumulator& acc, qint64 a, qint64 b) const
{
    const qsizetype size = capacity();
    qsizetype i = ringIndex(a, size);
    for (qint64 s = a; s < b; ++s) {
        const float v = m_raw[size_t(i)];
        if (++i == size)
            i = 0;
        if (!std::isnan(v)) {
            acc.min = qMin(acc.min, v);
            acc.max = qMax(acc.max, v);
            acc.sum += v;
            ++acc.count;
        } else if (std::bit_cast<quint32>(v) == kGapBits) {
            acc.gap = true;
        }
    }
}

void SeriesRing::collectBuckets(Accumulator& acc, const Level& level, qint64 first, qint64 end)
{
    const qsizetype size = qsizetype(level.buckets.size());
    qsizetype i = ringIndex(first, size);
    for (qint64 n = first; n < end; ++n) {
        const Bucket& bucket = level.buckets[size_t(i)];
        if (++i == size)
            i = 0;
        acc.gap = acc.gap || bucket.gaps > 0;
        if (bucket.count == 0)
            continue;
        acc.min = qMin(acc.min, bucket.min);
        acc.max = qMax(acc.max, bucket.max);
        acc.sum += bucket.sum;
        acc.count += bucket.count;
    }
}

} // namespace artgen::core
