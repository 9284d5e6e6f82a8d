#include "connectionbanner.h"

namespace artgen::gui {

ConnectionBanner::ConnectionBanner(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setWordWrap(true);
    setStyleSheet(
        QStringLiteral("background: #fbe9e7; color: #8a2a1c; padding: 6px; border-radius: 3px;"));
    hide();
}

void ConnectionBanner::showProblem(const QString& text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace artgen::gui
