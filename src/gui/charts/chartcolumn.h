#pragma once

#include <QList>
#include <cmath>
#include <limits>

namespace artgen::gui {

// One pixel column of a series as the chart draws it: the smallest, largest and mean sample in
// the column's time span. A column with no sample (the source was silent) is a gap: NaN values,
// drawn as a break in the line, never as zero.
struct ChartColumn
{
    qint64 t = 0; // ms since the epoch, the column's start
    double min = std::numeric_limits<double>::quiet_NaN();
    double max = std::numeric_limits<double>::quiet_NaN();
    double avg = std::numeric_limits<double>::quiet_NaN();

    bool isGap() const { return std::isnan(avg); }
};

using ChartColumns = QList<ChartColumn>;

} // namespace artgen::gui
