#pragma once

#include "downsampler.h"
#include "seriesring.h"

#include <QHash>
#include <QReadWriteLock>
#include <QStringList>
#include <memory>
#include <mutex>
#include <optional>

namespace artgen::core {

// The history of every series of a profile, by id ("postgres.total", "redis.clients",
// "container.backend.cpu", …): what the Charts page and `artgenctl watch` read, written by the
// monitors.
//
// Thread safety — one writer, many readers: the id → series map is guarded by a read-write
// lock (taken for writing only when a series is created), and each series by its own mutex,
// held for one append by the writer and for one bounded read by a reader. A read never holds
// a lock longer than a downsample, whose cost depends on the column count and not on the window
// (a few thousand slots/buckets, tens of microseconds), so the writer waits at most that once a
// second. A lock-free scheme (seqlock over the rings) would make every reader retry on a
// concurrent write and every slot an atomic, for no gain at one write per series per second.
class MetricHistory
{
public:
    explicit MetricHistory(qint64 spanMs = SeriesRing::kDefaultSpanMs);

    // Creates the series with its own resolution (a source polled every 10 s keeps 10 s slots);
    // a series written before it is defined gets the 1 s default. No-op when it exists.
    void define(const QString& id, qint64 resolutionMs);

    void append(const QString& id, qint64 t, double value);
    // The source of `id` is down at `t`: a break in the line, never a zero.
    void appendGap(const QString& id, qint64 t);

    QStringList ids() const;
    bool contains(const QString& id) const;
    // Nothing when the series does not exist.
    std::optional<Downsampler::Result> read(const QString& id, qint64 from, qint64 to,
                                            int columns) const;
    // The newest slot's time and value (NaN for a gap); nothing for an unknown or empty series.
    std::optional<std::pair<qint64, double>> latest(const QString& id) const;

    // Memory held by the series: their rings exactly (sized when a series is created) and the
    // series objects; the id map's own few dozen bytes per series are left out.
    qsizetype bytes() const;
    int seriesCount() const;

private:
    struct Series
    {
        explicit Series(qint64 resolutionMs, qint64 spanMs) : ring(resolutionMs, spanMs) {}
        mutable std::mutex mutex;
        SeriesRing ring;
    };
    Series* find(const QString& id) const;
    Series* findOrCreate(const QString& id, qint64 resolutionMs);

    qint64 m_spanMs;
    mutable QReadWriteLock m_lock;
    QHash<QString, std::shared_ptr<Series>> m_series;
};

} // namespace artgen::core
