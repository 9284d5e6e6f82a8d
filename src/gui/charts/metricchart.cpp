#include "metricchart.h"

#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLabel>
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
    // Minutes are precise enough for an axis (the hover line gives seconds) and fit five labels
    // under a chart half the page wide.
    m_axisX->setFormat(QStringLiteral("HH:mm"));
    m_axisY = new QValueAxis(m_chart);
    m_axisY->setLabelFormat(QStringLiteral("%g"));
    m_axisY->setMin(0);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_plot = new PlotItem(m_chart);

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
        m_chart->removeSeries(track.legend);
        delete track.legend;
    }
    m_tracks.clear();
    m_stacked = stacked;
    for (const Line& line : lines) {
        auto* legend = new QLineSeries;
        legend->setName(line.label);
        legend->setPen(QPen(line.color, stacked ? 6 : 2));
        m_chart->addSeries(legend);
        legend->attachAxis(m_axisX);
        legend->attachAxis(m_axisY);
        m_tracks.append(Track{line, {}, legend, {}});
    }
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

void MetricChart::setData(qint64 fromMs, qint64 toMs, const QHash<QString, ChartColumns>& columns)
{
    m_from = fromMs;
    m_to = toMs;
    for (Track& track : m_tracks)
        track.columns = columns.value(track.line.id);
    redraw();
}

void MetricChart::setThreshold(const QString& key, const QString& label, double value,
                               const QColor& color)
{
    auto it = m_thresholds.find(key);
    const bool same = it != m_thresholds.end() && it->label == label &&
                      (it->value == value || (std::isnan(it->value) && std::isnan(value)));
    if (same)
        return; // the page sets them every tick: nothing to lay out again
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
    return int(drawn(id).size());
}

QList<QPolygonF> MetricChart::drawn(const QString& id) const
{
    for (const Track& track : m_tracks) {
        if (track.line.id == id)
            return track.runs;
    }
    return {};
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
    track.runs.clear();
    for (const auto& [begin, end] : runsOf(gaps)) {
        QPolygonF points;
        points.reserve((end - begin) * 2);
        for (int i = begin; i < end; ++i) {
            const ChartColumn& c = track.columns[i];
            // Both ends of the column's range at its time: a one-sample spike stays visible
            // however many samples share the pixel.
            points.append(QPointF(c.t, c.min));
            if (c.max != c.min)
                points.append(QPointF(c.t, c.max));
            m_peak = std::max(m_peak, c.max);
        }
        track.runs.append(points);
    }
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
        track.runs.clear();
        for (const auto& [begin, end] : runs) {
            // The area between the tracks below and this one: along the top, back along the
            // bottom.
            QPolygonF area;
            area.reserve((end - begin) * 2);
            for (int i = begin; i < end; ++i)
                area.append(QPointF(track.columns[i].t, below[i] + track.columns[i].avg));
            for (int i = end - 1; i >= begin; --i)
                area.append(QPointF(track.columns[i].t, below[i]));
            track.runs.append(area);
        }
        for (int i = 0; i < columns; ++i) {
            if (!gaps[i]) {
                below[i] += track.columns[i].avg;
                m_peak = std::max(m_peak, below[i]);
            }
        }
    }
}

void MetricChart::updateAxes()
{
    if (m_to > m_from)
        m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(m_from),
                          QDateTime::fromMSecsSinceEpoch(m_to));
    double top = m_peak;
    for (const Threshold& threshold : std::as_const(m_thresholds)) {
        if (!std::isnan(threshold.value))
            top = std::max(top, threshold.value);
    }
    // Laying the value axis out again costs more than drawing the data: only when it changes.
    const double wanted = top > 0 ? top * 1.1 : 1;
    if (wanted != m_axisTop) {
        m_axisTop = wanted;
        m_axisY->setRange(0, wanted);
        m_axisY->applyNiceNumbers();
    }
    m_plot->setRange(m_from, m_to, m_axisY->min(), m_axisY->max());
    updatePlot();
}

void MetricChart::updatePlot()
{
    QList<PlotItem::Shape> shapes;
    for (const Track& track : std::as_const(m_tracks)) {
        PlotItem::Shape shape;
        shape.color = track.line.color;
        (m_stacked ? shape.areas : shape.lines) = track.runs;
        shapes.append(shape);
    }
    // Thresholds are drawn here too (their series only carry the legend): a two-point series
    // moved every second relaid the whole chart out.
    for (const Threshold& threshold : std::as_const(m_thresholds)) {
        if (std::isnan(threshold.value))
            continue;
        PlotItem::Shape shape;
        shape.color = threshold.color;
        shape.dashed = true;
        shape.lines = {thresholdLine(threshold.value)};
        shapes.append(shape);
    }
    m_plot->setShapes(shapes);
}

QPolygonF MetricChart::thresholdLine(double value) const
{
    return QPolygonF({QPointF(m_from, value), QPointF(m_to, value)});
}

QPolygonF MetricChart::drawnThreshold(const QString& key) const
{
    const auto it = m_thresholds.constFind(key);
    return it == m_thresholds.cend() || std::isnan(it->value) ? QPolygonF()
                                                              : thresholdLine(it->value);
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
