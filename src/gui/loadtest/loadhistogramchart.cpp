#include "loadhistogramchart.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>

namespace artgen::gui {

LoadHistogramChart::LoadHistogramChart(QWidget* parent) : QWidget(parent), m_chart(new QChart)
{
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->hide();
    m_upper = new QLineSeries(m_chart);
    m_lower = new QLineSeries(m_chart);
    m_area = new QAreaSeries(m_upper, m_lower);
    m_area->setPen(QPen(QColor(0x2a, 0x6f, 0xb5), 1.5));
    m_area->setBrush(QColor(0x2a, 0x6f, 0xb5, 90));
    m_chart->addSeries(m_area);
    m_ms = new QLogValueAxis(m_chart);
    m_ms->setBase(10);
    m_ms->setLabelFormat(QStringLiteral("%g"));
    m_ms->setMinorTickCount(8);
    m_count = new QValueAxis(m_chart);
    m_count->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_ms, Qt::AlignBottom);
    m_chart->addAxis(m_count, Qt::AlignLeft);
    m_area->attachAxis(m_ms);
    m_area->attachAxis(m_count);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    clear();
    retranslate();
}

void LoadHistogramChart::clear()
{
    m_upper->clear();
    m_lower->clear();
    m_bins = 0;
    m_ms->setRange(0.01, 10);
    m_count->setRange(0, 1);
}

void LoadHistogramChart::setHistogram(const core::LatencyHistogram& histogram)
{
    clear();
    const auto bins = histogram.logBins(kBinsPerDecade);
    if (bins.isEmpty())
        return;
    QList<QPointF> upper;
    QList<QPointF> lower;
    qint64 top = 0;
    for (const auto& b : bins) {
        const double from = b.fromMicros / 1000.0;
        const double to = b.toMicros / 1000.0;
        upper << QPointF(from, double(b.count)) << QPointF(to, double(b.count));
        lower << QPointF(from, 0) << QPointF(to, 0);
        top = std::max(top, b.count);
    }
    m_upper->replace(upper);
    m_lower->replace(lower);
    m_bins = int(bins.size());
    m_ms->setRange(bins.first().fromMicros / 1000.0, bins.last().toMicros / 1000.0);
    m_count->setRange(0, double(top) * 1.1);
    m_count->applyNiceNumbers();
}

void LoadHistogramChart::retranslate()
{
    m_ms->setTitleText(tr("Latency, ms (logarithmic)"));
    m_count->setTitleText(tr("Responses"));
    m_view->setAccessibleName(tr("Latency distribution"));
}

} // namespace artgen::gui
