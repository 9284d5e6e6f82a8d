#include "metricchart.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace artgen::gui {

namespace {

// Runs of consecutive non-gap columns, as [begin, end) index pairs.
QList<QPair<int, int>> runsOf(const QList<bool>& gap)
{
    QList<QPair<int, int>> runs;
    int begin = -1;
    for (int i = 0; i <= gap.size(); ++i) {
        const bool isGap = i == gap.size() || gap[i];
        if (!isGap && begin < 0)
            begin = i;
        else if (isGap && begin >= 0) {
            runs.append({begin, i});
            begin = -1;
        }
    }
    return runs;
}

} // namespace

MetricChart::MetricChart(QWidget* parent) : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_axisX = new QDateTimeAxis(m_chart);
    m_axisX->setTickCount(5);
    m_axisY = new QValueAxis(m_chart);
    m_axisY->setLabelFormat(QStringLiteral("%g"));
    m_axisY->setMin(0);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing, false); // cheaper, and crisp at 1 px lines
    m_view->setMinimumHeight(180);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);

    m_hover = new QLabel(this);
    m_hover->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hover->setMinimumHeight(m_hover->fontMetrics().height());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hover);
}

MetricChart::~MetricChart() = default;

void MetricChart::setTitle(const QString& title)
{
    m_chart->setTitle(title);
    setAccessibleName(title);
}

QString MetricChart::title() const
{
    return m_chart->title();
}

void MetricChart::setLines(const QList<Line>& lines, bool stacked)
{
    for (Track& track : m_tracks) {
        for (QAbstractSeries* series : track.segments) {
            m_chart->removeSeries(series);
            delete series;
        }
    }
    m_tracks.clear();
    m_stacked = stacked;
    for (const Line& line : lines)
        m_tracks.append(Track{line, {}, {}});
    redraw();
}

void MetricChart::setColumns(const QString& id, const ChartColumns& columns)
{
    for (Track& track : m_tracks) {
        if (track.line.id == id) {
            track.columns = columns;
            break;
        }
    }
    redraw();
}

void MetricChart::setThreshold(const QString& key, const QString& label, double value,
                               const QColor& color)
{
    auto it = m_thresholds.find(key);
    if (label.isEmpty()) {
        if (it != m_thresholds.end()) {
            m_chart->removeSeries(it->series);
            delete it->series;
            m_thresholds.erase(it);
        }
        updateAxes();
        return;
    }
    if (it == m_thresholds.end()) {
        auto* series = new QLineSeries;
        QPen pen(color);
        pen.setStyle(Qt::DashLine);
        pen.setWidth(1);
        series->setPen(pen);
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
        it = m_thresholds.insert(key, Threshold{label, color, value, series});
    }
    it->label = label;
    it->value = value;
    it->series->setName(label);
    it->series->setVisible(!std::isnan(value));
    updateAxes();
}

void MetricChart::setWindow(qint64 fromMs, qint64 toMs)
{
    m_from = fromMs;
    m_to = toMs;
    // Minutes are precise enough for an axis (the hover line gives seconds) and fit five labels
    // under a chart half the page wide.
    m_axisX->setFormat(QStringLiteral("HH:mm"));
    updateAxes();
}

void MetricChart::setUnit(const QString& unit)
{
    m_unit = unit;
    m_axisY->setTitleText(unit);
}

QImage MetricChart::image() const
{
    return m_view->grab().toImage();
}

QString MetricChart::hoverText() const
{
    return m_hover->text();
}

int MetricChart::segmentCount(const QString& id) const
{
    for (const Track& track : m_tracks) {
        if (track.line.id == id)
            return int(std::count_if(track.segments.begin(), track.segments.end(),
                                     [](QAbstractSeries* s) { return s->isVisible(); }));
    }
    return 0;
}

QString MetricChart::formatValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 100 || value == std::floor(value) ? 0
                         : magnitude >= 10                              ? 1
                                                                        : 2;
    return QLocale().toString(value, 'f', decimals);
}

bool MetricChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            const auto* mouse = static_cast<QMouseEvent*>(event);
            updateHover(m_chart->mapToValue(m_view->mapToScene(mouse->position().toPoint())));
        } else if (event->type() == QEvent::ContextMenu) {
            Q_EMIT contextMenuRequested(static_cast<QContextMenuEvent*>(event)->globalPos());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MetricChart::redraw()
{
    m_peak = 0;
    if (m_stacked)
        redrawStacked();
    else {
        for (Track& track : m_tracks)
            redrawEnvelope(track);
    }
    updateAxes();
}

void MetricChart::redrawEnvelope(Track& track)
{
    QList<bool> gaps;
    gaps.reserve(track.columns.size());
    for (const ChartColumn& column : track.columns)
        gaps.append(column.isGap());
    const auto runs = runsOf(gaps);
    for (int r = 0; r < runs.size(); ++r) {
        QList<QPointF> points;
        points.reserve((runs[r].second - runs[r].first) * 2);
        for (int i = runs[r].first; i < runs[r].second; ++i) {
            const ChartColumn& c = track.columns[i];
            // Both ends of the column's range at its time: a one-sample spike stays visible
            // however many samples share the pixel.
            points.append(QPointF(c.t, c.min));
            if (c.max != c.min)
                points.append(QPointF(c.t, c.max));
            m_peak = std::max(m_peak, c.max);
        }
        lineSegment(track, r)->replace(points);
    }
    hideFrom(track, int(runs.size()));
}

void MetricChart::redrawStacked()
{
    // Stacking sums the columns' means: min and max of different states in one pixel column do
    // not happen at the same instant, so their sums would describe no moment at all.
    int columns = 0;
    for (const Track& track : m_tracks)
        columns = std::max(columns, int(track.columns.size()));
    QList<bool> gaps(columns, false);
    for (const Track& track : m_tracks) {
        for (int i = 0; i < columns; ++i)
            gaps[i] = gaps[i] || i >= track.columns.size() || track.columns[i].isGap();
    }
    const auto runs = runsOf(gaps);
    QList<double> below(columns, 0.0);
    for (Track& track : m_tracks) {
        for (int r = 0; r < runs.size(); ++r) {
            QList<QPointF> upper;
            QList<QPointF> lower;
            for (int i = runs[r].first; i < runs[r].second; ++i) {
                const ChartColumn& c = track.columns[i];
                lower.append(QPointF(c.t, below[i]));
                upper.append(QPointF(c.t, below[i] + c.avg));
            }
            QAreaSeries* area = areaSegment(track, r);
            area->upperSeries()->replace(upper);
            area->lowerSeries()->replace(lower);
        }
        hideFrom(track, int(runs.size()));
        for (int i = 0; i < columns; ++i) {
            if (!gaps[i]) {
                below[i] += track.columns[i].avg;
                m_peak = std::max(m_peak, below[i]);
            }
        }
    }
}

QLineSeries* MetricChart::lineSegment(Track& track, int index)
{
    if (index < int(track.segments.size())) {
        track.segments[index]->setVisible(true);
        return static_cast<QLineSeries*>(track.segments[index]);
    }
    auto* series = new QLineSeries;
    track.segments.push_back(series);
    attach(series, track.line.color, index == 0, track.line.label);
    return series;
}

QAreaSeries* MetricChart::areaSegment(Track& track, int index)
{
    if (index < int(track.segments.size())) {
        track.segments[index]->setVisible(true);
        return static_cast<QAreaSeries*>(track.segments[index]);
    }
    auto* area = new QAreaSeries;
    auto* upper = new QLineSeries(area);
    auto* lower = new QLineSeries(area);
    area->setUpperSeries(upper);
    area->setLowerSeries(lower);
    QColor fill = track.line.color;
    fill.setAlpha(170);
    area->setBrush(fill);
    area->setPen(QPen(track.line.color, 1));
    track.segments.push_back(area);
    attach(area, track.line.color, index == 0, track.line.label);
    return area;
}

void MetricChart::hideFrom(Track& track, int index)
{
    for (int i = index; i < int(track.segments.size()); ++i)
        track.segments[i]->setVisible(false);
    // The first segment carries the legend entry: keep it in the legend even while hidden.
    if (!track.segments.empty()) {
        const auto markers = m_chart->legend()->markers(track.segments.front());
        for (QLegendMarker* marker : markers)
            marker->setVisible(true);
    }
}

void MetricChart::attach(QAbstractSeries* series, const QColor& color, bool firstOfTrack,
                         const QString& label)
{
    series->setName(label);
    if (auto* line = qobject_cast<QLineSeries*>(series))
        line->setPen(QPen(color, 1));
    m_chart->addSeries(series);
    series->attachAxis(m_axisX);
    series->attachAxis(m_axisY);
    if (!firstOfTrack) {
        for (QLegendMarker* marker : m_chart->legend()->markers(series))
            marker->setVisible(false);
    }
}

void MetricChart::updateAxes()
{
    if (m_to > m_from)
        m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(m_from),
                          QDateTime::fromMSecsSinceEpoch(m_to));
    double top = m_peak;
    for (const Threshold& threshold : std::as_const(m_thresholds)) {
        if (!std::isnan(threshold.value)) {
            top = std::max(top, threshold.value);
            threshold.series->replace(
                {QPointF(m_from, threshold.value), QPointF(m_to, threshold.value)});
        }
    }
    m_axisY->setRange(0, top > 0 ? top * 1.1 : 1);
    m_axisY->applyNiceNumbers();
}

void MetricChart::updateHover(const QPointF& value)
{
    const auto t = qint64(value.x());
    m_hover->setText(t >= m_from && t <= m_to ? hoverLine(t) : QString());
}

QString MetricChart::hoverLine(qint64 t) const
{
    QStringList parts;
    parts << QLocale().toString(QDateTime::fromMSecsSinceEpoch(t).time(),
                                QStringLiteral("HH:mm:ss"));
    for (const Track& track : m_tracks) {
        const auto& columns = track.columns;
        auto it = std::lower_bound(columns.begin(), columns.end(), t,
                                   [](const ChartColumn& c, qint64 v) { return c.t < v; });
        if (it != columns.begin() && (it == columns.end() || it->t - t > t - std::prev(it)->t))
            --it;
        if (it == columns.end())
            continue;
        QString text = formatValue(it->avg);
        if (!it->isGap() && it->max != it->min)
            text = QStringLiteral("%1–%2").arg(formatValue(it->min), formatValue(it->max));
        parts << QStringLiteral("%1 %2%3").arg(
            track.line.label, text,
            m_unit.isEmpty() || it->isGap() ? QString() : QStringLiteral(" ") + m_unit);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace artgen::gui
