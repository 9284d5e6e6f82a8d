#include "badgedicon.h"

#include <QPainter>
#include <QPixmap>

namespace artgen::gui {

QIcon BadgedIcon::make(const QIcon& base, const QSize& size, const QColor& colour)
{
    if (!colour.isValid())
        return base;
    QPixmap pixmap = base.pixmap(size);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal d = pixmap.width() / pixmap.devicePixelRatio() * 0.5;
    const QRectF dot(pixmap.width() / pixmap.devicePixelRatio() - d,
                     pixmap.height() / pixmap.devicePixelRatio() - d, d, d);
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(colour);
    painter.drawEllipse(dot.adjusted(0.75, 0.75, -0.75, -0.75));
    painter.end();
    return QIcon(pixmap);
}

QIcon BadgedIcon::forVerdict(const QIcon& base, const QSize& size,
                             const core::StackVerdict& verdict)
{
    using L = core::StackVerdict::Level;
    switch (verdict.level()) {
    case L::Down:
    case L::Unhealthy:
        return make(base, size, QColor(0xb5, 0x40, 0x2f));
    case L::Starting:
        return make(base, size, QColor(0xd0, 0x90, 0x00));
    case L::Healthy:
    case L::Unknown:
        break;
    }
    return base;
}

} // namespace artgen::gui
