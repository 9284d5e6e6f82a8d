#pragma once

#include "logs/logmatcher.h"

#include <QStyledItemDelegate>

namespace artgen::gui {

// Paints one log row in a single uniform-height line: time, a coloured tag per container, the
// level, a red bar for stderr, the text's first line (a grouped traceback says how many lines
// follow) and the search matches highlighted. Reads the model's store rows directly: no
// QVariant per cell for the hundreds of rows a repaint touches.
class LogRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LogRowDelegate(QObject* parent = nullptr);

    void setMatcher(core::LogMatcher matcher) { m_matcher = std::move(matcher); }
    static QColor sourceColor(int sourceIndex);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    core::LogMatcher m_matcher;
};

} // namespace artgen::gui
