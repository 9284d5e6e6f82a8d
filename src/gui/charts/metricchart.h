#pragma once

#include "chartcolumn.h"
#include "plotitem.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QValueAxis;
class QLineSeries;
class QLabel;

namespace artgen::gui {

// One chart of the Charts page: QtCharts' axes, grid, title and legend, dashed threshold lines,
// and the data — lines (or stacked areas) of pre-downsampled columns (min/max per pixel column
// from core, so a redraw costs the same whatever the window), with breaks where a source was
// silent — painted by a PlotItem; the values under the mouse in a line below the plot. It holds
// no history: the page hands it the columns of the visible window.
class MetricChart : public QWidget
{
    Q_OBJECT

public:
    struct Line
    {
        QString id;
        QString label;
        QColor color;
    };

    explicit MetricChart(QWidget* parent = nullptr);
    ~MetricChart() override;

    void setTitle(const QString& title);
    QString title() const;
    // Stacked: each line is drawn as an area on top of the previous ones (by the columns' mean),
    // e.g. connections by state. Otherwise each line shows its min–max envelope.
    void setLines(const QList<Line>& lines, bool stacked = false);
    void setColumns(const QString& id, const ChartColumns& columns);
    // Every line's columns for the window [from, to], drawn once: what the page's tick calls.
    void setData(qint64 fromMs, qint64 toMs, const QHash<QString, ChartColumns>& columns);
    // A dashed horizontal line; an empty label removes it. NaN hides it.
    void setThreshold(const QString& key, const QString& label, double value, const QColor& color);
    void setWindow(qint64 fromMs, qint64 toMs);
    // The unit shown after hover values and on the axis title ("%", "MiB", "ms", "").
    void setUnit(const QString& unit);

    // The chart as the user sees it, for "Export as PNG".
    QImage image() const;
    // The text of the hover line (for tests and screen readers).
    QString hoverText() const;
    // What is drawn, for tests: the number of unbroken runs of `id` (a gap splits a line), and
    // the runs themselves in (ms, value) coordinates — lines, or closed areas when stacked.
    int segmentCount(const QString& id) const;
    QList<QPolygonF> drawn(const QString& id) const;
    // The threshold line `key` as drawn (empty when it is off).
    QPolygonF drawnThreshold(const QString& key) const;

    // Formats a value for the hover line and the axis ("12", "3.5").
    static QString formatValue(double value);

Q_SIGNALS:
    void contextMenuRequested(const QPoint& globalPos);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Track
    {
        Line line;
        ChartColumns columns;
        QLineSeries* legend = nullptr; // no points: the legend's entry only
        QList<QPolygonF> runs;         // what PlotItem draws
    };
    struct Threshold
    {
        QString label;
        QColor color;
        double value = 0;
        QLineSeries* series = nullptr;
    };

    void redraw();
    void redrawEnvelope(Track& track);
    void redrawStacked();
    void updateAxes();
    void updatePlot();
    QPolygonF thresholdLine(double value) const;
    void updateHover(const QPointF& value);
    QString hoverLine(qint64 t) const;

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QDateTimeAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QLabel* m_hover = nullptr;
    PlotItem* m_plot = nullptr;
    QList<Track> m_tracks;
    QHash<QString, Threshold> m_thresholds;
    bool m_stacked = false;
    qint64 m_from = 0;
    qint64 m_to = 0;
    double m_peak = 0;
    double m_axisTop = -1;
    QString m_unit;
};

} // namespace artgen::gui
