#include "loadlivechart.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>

namespace artgen::gui {

namespace {
QLineSeries* line(QChart* chart, const QColor& color, qreal width = 2)
{
    auto* s = new QLineSeries(chart);
    s->setPen(QPen(color, width));
    chart->addSeries(s);
    return s;
}

// The top of an axis: a little above the highest value, never zero.
double axisTop(double max)
{
    return max > 0 ? max * 1.15 : 1.0;
}
} // namespace

LoadLiveChart::LoadLiveChart(QWidget* parent) : QWidget(parent), m_chart(new QChart)
{
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_rate = line(m_chart, QColor(0x2a, 0x6f, 0xb5));
    m_p50 = line(m_chart, QColor(0x1f, 0x8a, 0x4c));
    m_p99 = line(m_chart, QColor(0xb5, 0x40, 0x2f));
    m_time = new QValueAxis(m_chart);
    m_rateAxis = new QValueAxis(m_chart);
    m_msAxis = new QValueAxis(m_chart);
    for (QValueAxis* axis : {m_time, m_rateAxis, m_msAxis})
        axis->setLabelFormat(QStringLiteral("%g"));
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_rateAxis, Qt::AlignLeft);
    m_chart->addAxis(m_msAxis, Qt::AlignRight);
    m_rate->attachAxis(m_time);
    m_rate->attachAxis(m_rateAxis);
    for (QLineSeries* s : {m_p50, m_p99}) {
        s->attachAxis(m_time);
        s->attachAxis(m_msAxis);
    }
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    clear();
    retranslate();
}

void LoadLiveChart::clear()
{
    for (QLineSeries* s : {m_rate, m_p50, m_p99})
        s->clear();
    m_maxRate = m_maxMs = m_maxTime = 0;
    m_offset = m_lastTime = 0;
    fitAxes();
}

void LoadLiveChart::addSample(const core::LoadSample& sample)
{
    // A ramp's steps each count their time from zero: they follow one another on the chart.
    if (sample.elapsedSeconds + m_offset < m_lastTime)
        m_offset = m_lastTime;
    const double t = sample.elapsedSeconds + m_offset;
    m_lastTime = t;
    m_rate->append(t, sample.requestsPerSecond);
    m_p50->append(t, sample.p50Ms);
    m_p99->append(t, sample.p99Ms);
    m_maxRate = std::max(m_maxRate, sample.requestsPerSecond);
    m_maxMs = std::max(m_maxMs, sample.p99Ms);
    m_maxTime = std::max(m_maxTime, t);
    fitAxes();
}

int LoadLiveChart::pointCount() const
{
    return int(m_rate->count());
}

void LoadLiveChart::fitAxes()
{
    m_time->setRange(0, std::max(10.0, std::ceil(m_maxTime)));
    m_rateAxis->setRange(0, axisTop(m_maxRate));
    m_msAxis->setRange(0, axisTop(m_maxMs));
    // Round steps (0, 2, 4 … rather than 0, 3, 5, 8), and no label repeated.
    for (QValueAxis* axis : {m_time, m_rateAxis, m_msAxis})
        axis->applyNiceNumbers();
}

void LoadLiveChart::retranslate()
{
    m_rate->setName(tr("Requests/s"));
    m_p50->setName(tr("p50, ms"));
    m_p99->setName(tr("p99, ms"));
    m_time->setTitleText(tr("Seconds"));
    m_rateAxis->setTitleText(tr("Requests/s"));
    m_msAxis->setTitleText(tr("Latency, ms"));
    m_view->setAccessibleName(tr("Requests per second and latency while the test runs"));
}

} // namespace artgen::gui
