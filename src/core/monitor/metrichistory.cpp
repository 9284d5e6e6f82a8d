#include "metrichistory.h"

namespace artgen::core {

MetricHistory::MetricHistory(qint64 spanMs) : m_spanMs(spanMs) {}

MetricHistory::Series* MetricHistory::find(const QString& id) const
{
    QReadLocker lock(&m_lock);
    const auto it = m_series.constFind(id);
    // Series are never removed, so the pointer outlives the lock.
    return it == m_series.cend() ? nullptr : it->get();
}

MetricHistory::Series* MetricHistory::findOrCreate(const QString& id, qint64 resolutionMs)
{
    if (Series* s = find(id))
        return s;
    QWriteLocker lock(&m_lock);
    auto& slot = m_series[id];
    if (!slot)
        slot = std::make_shared<Series>(resolutionMs, m_spanMs);
    return slot.get();
}

void MetricHistory::define(const QString& id, qint64 resolutionMs)
{
    findOrCreate(id, resolutionMs);
}

void MetricHistory::append(const QString& id, qint64 t, double value)
{
    Series* s = findOrCreate(id, SeriesRing::kDefaultResolutionMs);
    std::lock_guard lock(s->mutex);
    s->ring.append(t, value);
}

void MetricHistory::appendGap(const QString& id, qint64 t)
{
    Series* s = findOrCreate(id, SeriesRing::kDefaultResolutionMs);
    std::lock_guard lock(s->mutex);
    s->ring.appendGap(t);
}

QStringList MetricHistory::ids() const
{
    QReadLocker lock(&m_lock);
    QStringList out = m_series.keys();
    out.sort();
    return out;
}

bool MetricHistory::contains(const QString& id) const
{
    return find(id) != nullptr;
}

std::optional<Downsampler::Result> MetricHistory::read(const QString& id, qint64 from, qint64 to,
                                                       int columns) const
{
    const Series* s = find(id);
    if (!s)
        return std::nullopt;
    std::lock_guard lock(s->mutex);
    return Downsampler::read(s->ring, from, to, columns);
}

std::optional<std::pair<qint64, double>> MetricHistory::latest(const QString& id) const
{
    const Series* s = find(id);
    if (!s)
        return std::nullopt;
    std::lock_guard lock(s->mutex);
    if (s->ring.isEmpty())
        return std::nullopt;
    return std::make_pair(s->ring.newestTime(), s->ring.newestValue());
}

qsizetype MetricHistory::bytes() const
{
    QReadLocker lock(&m_lock);
    qsizetype n = sizeof(*this);
    for (const auto& s : m_series)
        n += qsizetype(sizeof(Series) - sizeof(SeriesRing)) + s->ring.bytes();
    return n;
}

int MetricHistory::seriesCount() const
{
    QReadLocker lock(&m_lock);
    return int(m_series.size());
}

} // namespace artgen::core
