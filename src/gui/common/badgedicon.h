#pragma once

#include "docker/stackverdict.h"

#include <QIcon>

namespace artgen::gui {

// An icon with a coloured dot in its lower right corner: the state of what an entry leads to,
// seen without opening it (the Containers entry: red when services are down or unhealthy,
// amber while they start).
class BadgedIcon
{
public:
    // `base` itself when `colour` is invalid.
    static QIcon make(const QIcon& base, const QSize& size, const QColor& colour);
    static QIcon forVerdict(const QIcon& base, const QSize& size,
                            const core::StackVerdict& verdict);
};

} // namespace artgen::gui
