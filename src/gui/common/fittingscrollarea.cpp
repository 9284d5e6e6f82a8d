#include "fittingscrollarea.h"

#include <QEvent>
#include <QScrollBar>

namespace artgen::gui {

FittingScrollArea::FittingScrollArea(QWidget* parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QSize FittingScrollArea::sizeHint() const
{
    const QSize base = QScrollArea::sizeHint();
    return widget() ? QSize(widthFor(widget()->sizeHint().width()), base.height()) : base;
}

QSize FittingScrollArea::minimumSizeHint() const
{
    const QSize base = QScrollArea::minimumSizeHint();
    return widget() ? QSize(widthFor(widget()->minimumSizeHint().width()), base.height()) : base;
}

bool FittingScrollArea::eventFilter(QObject* watched, QEvent* event)
{
    // The widget's layout changed: its hints did, and so do ours. Nothing else tells the layout
    // around us, since the widget sits in the viewport, which has no layout to pass it on.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

int FittingScrollArea::widthFor(int widgetWidth) const
{
    // Room for the vertical scroll bar whether it shows or not: showing it never cuts a label.
    return widgetWidth + 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
}

} // namespace artgen::gui
