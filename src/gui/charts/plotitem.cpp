#include "plotitem.h"

#include <QChart>
#include <QPainter>

namespace artgen::gui {

PlotItem::PlotItem(QChart* chart) : QGraphicsObject(chart), m_chart(chart)
{
    setZValue(10); // above the grid, below the legend
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        prepareGeometryChange();
        update();
    });
}

void PlotItem::setShapes(const QList<Shape>& shapes)
{
    m_shapes = shapes;
    update();
}

void PlotItem::setRange(qint64 from, qint64 to, double min, double max)
{
    m_from = from;
    m_to = std::max(to, from + 1);
    m_min = min;
    m_max = max > min ? max : min + 1;
    update();
}

QRectF PlotItem::boundingRect() const
{
    return mapFromParent(m_chart->plotArea()).boundingRect();
}

QPointF PlotItem::map(const QPointF& p, const QRectF& plot) const
{
    return {plot.left() + (p.x() - double(m_from)) / double(m_to - m_from) * plot.width(),
            plot.bottom() - (p.y() - m_min) / (m_max - m_min) * plot.height()};
}

void PlotItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const QRectF plot = boundingRect();
    painter->save();
    painter->setClipRect(plot);
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const Shape& shape : std::as_const(m_shapes)) {
        QColor fill = shape.color;
        fill.setAlpha(170);
        painter->setPen(QPen(shape.color, 1));
        painter->setBrush(fill);
        for (const QPolygonF& area : shape.areas) {
            QPolygonF mapped;
            mapped.reserve(area.size());
            for (const QPointF& p : area)
                mapped.append(map(p, plot));
            painter->drawPolygon(mapped);
        }
        painter->setBrush(Qt::NoBrush);
        if (shape.dashed)
            painter->setPen(QPen(shape.color, 1, Qt::DashLine));
        for (const QPolygonF& line : shape.lines) {
            QPolygonF mapped;
            mapped.reserve(line.size());
            for (const QPointF& p : line)
                mapped.append(map(p, plot));
            painter->drawPolyline(mapped);
        }
    }
    painter->restore();
}

} // namespace artgen::gui
