#pragma once

#include "loadtest/latencyhistogram.h"

#include <QWidget>

class QAreaSeries;
class QChart;
class QChartView;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;

namespace artgen::gui {

// A run's latency distribution: responses per bin, bins of equal width on a logarithmic
// millisecond axis (core's LatencyHistogram::logBins), drawn as steps.
class LoadHistogramChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kBinsPerDecade = 10;

    explicit LoadHistogramChart(QWidget* parent = nullptr);

    void setHistogram(const core::LatencyHistogram& histogram);
    void clear();
    int binCount() const { return m_bins; }
    void retranslate();

private:
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLineSeries* m_upper = nullptr;
    QLineSeries* m_lower = nullptr;
    QAreaSeries* m_area = nullptr;
    QLogValueAxis* m_ms = nullptr;
    QValueAxis* m_count = nullptr;
    int m_bins = 0;
};

} // namespace artgen::gui
