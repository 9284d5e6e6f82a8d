#pragma once

#include "seriesring.h"

namespace artgen::core {

// A window of a series cut to a chart's width: one point per pixel column holding the true
// minimum and maximum of the samples in that column (a chart draws the band, so a one-second
// spike survives a 24 h window), their mean, and whether the source was down in it (the line
// breaks there). Each column is aggregated from the coarsest rollup buckets that fit inside it,
// with finer levels only at its two edges, so the work per column is bounded by the rollup
// factors and a redraw costs the same for 5 minutes as for 24 hours.
class Downsampler
{
public:
    struct Result
    {
        QList<SeriesPoint> columns;
        int level = 0;         // the coarsest level used inside the columns
        qint64 pointsRead = 0; // slots and buckets looked at: the cost, independent of the window
    };

    // [from, to) in ms since the epoch. Fewer columns than asked when the window holds fewer
    // slots than that (one column per slot then).
    static Result read(const SeriesRing& ring, qint64 from, qint64 to, int columns);
    // The coarsest level whose points are no wider than one column.
    static int levelFor(const SeriesRing& ring, qint64 columnWidthMs);
};

} // namespace artgen::core
