#pragma once

#include "loadtest/loadsample.h"

#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace artgen::gui {

// A running load test second by second: requests per second (left axis) and the second's p50
// and p99 latency in ms (right axis), over the run's elapsed time.
class LoadLiveChart : public QWidget
{
    Q_OBJECT

public:
    explicit LoadLiveChart(QWidget* parent = nullptr);

    void clear();
    void addSample(const core::LoadSample& sample);
    int pointCount() const;
    void retranslate();

private:
    void fitAxes();

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLineSeries* m_rate = nullptr;
    QLineSeries* m_p50 = nullptr;
    QLineSeries* m_p99 = nullptr;
    QValueAxis* m_time = nullptr;
    QValueAxis* m_rateAxis = nullptr;
    QValueAxis* m_msAxis = nullptr;
    double m_maxRate = 0;
    double m_maxMs = 0;
    double m_maxTime = 0;
    double m_offset = 0; // where the current ramp step starts
    double m_lastTime = 0;
};

} // namespace artgen::gui
