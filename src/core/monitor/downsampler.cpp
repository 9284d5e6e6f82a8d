#include "downsampler.h"

namespace artgen::core {

namespace {

qint64 ceilDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) == (b < 0)) ? q + 1 : q;
}

} // namespace

int Downsampler::levelFor(const SeriesRing& ring, qint64 columnWidthMs)
{
    int level = 0;
    for (int l = 1; l < ring.levelCount(); ++l)
        if (ring.levelSpanMs(l) <= columnWidthMs)
            level = l;
    return level;
}

Downsampler::Result Downsampler::read(const SeriesRing& ring, qint64 from, qint64 to, int columns)
{
    Result r;
    const qint64 res = ring.resolutionMs();
    const qint64 firstSlot = ceilDiv(from, res);
    const qint64 endSlot = ceilDiv(to, res);
    if (columns <= 0 || endSlot <= firstSlot)
        return r;
    const qint64 n = qMin<qint64>(columns, endSlot - firstSlot);
    r.level = levelFor(ring, (to - from) / n);
    r.columns.reserve(qsizetype(n));
    // Column boundaries on slot numbers, so every slot falls in exactly one column.
    const qint64 slots = endSlot - firstSlot;
    for (qint64 c = 0; c < n; ++c) {
        const qint64 a = firstSlot + slots * c / n;
        const qint64 b = firstSlot + slots * (c + 1) / n;
        SeriesPoint p = ring.aggregate(a, b, r.level, &r.pointsRead);
        p.t = a * res;
        r.columns << p;
    }
    return r;
}

} // namespace artgen::core
