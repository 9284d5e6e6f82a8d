#pragma once

#include <QColor>
#include <QGraphicsObject>
#include <QList>
#include <QPolygonF>

class QChart;

namespace artgen::gui {

// The data of one MetricChart, painted straight onto the chart's plot area. QtCharts' line and
// area series rebuild a stroked outline of every line (for hit-testing) on each update — with
// hundreds of points a chart, that alone cost hundreds of milliseconds a second on the Charts
// page. This item keeps QtCharts' axes, grid, legend and title, and draws the polylines and
// areas itself, mapped to the plot area at paint time.
class PlotItem : public QGraphicsObject
{
    Q_OBJECT

public:
    struct Shape
    {
        QColor color;
        bool dashed = false;
        QList<QPolygonF> lines; // in (ms, value) coordinates; one per unbroken run
        QList<QPolygonF> areas; // closed polygons (stacked areas), same coordinates
    };

    explicit PlotItem(QChart* chart);

    void setShapes(const QList<Shape>& shapes);
    // The value range the axes show; the item maps through it.
    void setRange(qint64 from, qint64 to, double min, double max);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QPointF map(const QPointF& p, const QRectF& plot) const;

    QChart* m_chart;
    QList<Shape> m_shapes;
    qint64 m_from = 0;
    qint64 m_to = 1;
    double m_min = 0;
    double m_max = 1;
};

} // namespace artgen::gui
