#pragma once

#include "logs/logmatcher.h"
#include "logs/logstore.h"

#include <QStyledItemDelegate>

namespace artgen::gui {

class LogsModel;

// Paints one log row: time, a coloured tag per container, the level, a red bar for stderr, and
// the text — one line (a grouped traceback adds its exception line, the last, and how many lines
// it holds, behind a ▸ marker), every line of an expanded traceback, or the text wrapped when
// the view asks for WrapText. sizeHint() gives the row's height and the width of its longest
// line (for scrolling sideways) and the search matches highlighted. Reads the model's store rows
// directly: no QVariant per cell for the hundreds of rows a repaint touches.
class LogRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LogRowDelegate(QObject* parent = nullptr);

    void setMatcher(core::LogMatcher matcher) { m_matcher = std::move(matcher); }
    static QColor sourceColor(int sourceIndex);
    static QColor levelColor(core::LogLevel level);
    static QColor stderrColor() { return {0xd3, 0x2f, 0x2f}; }
    // The level word painted in a row ("ERR").
    static QString levelShort(core::LogLevel level);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // The traceback marker of a grouped row ("▸"): a click on it opens or closes the row.
    static QRect markerRect(const QStyleOptionViewItem& option, const QModelIndex& index);
    // `text` broken into lines of at most `width` pixels (wrapping); nothing is dropped.
    static QStringList wrap(const QString& text, const QFont& font, int width);
    // The markers explained where the pointer rests: the stderr bar, the level, the tag.
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

private:
    static int viewWidth(const QStyleOptionViewItem& option);
    // Where a row's text starts, from the row's left edge.
    static int textLeft(const QStyleOptionViewItem& option, const LogsModel& model);
    // What the row's text shows, line by line (wrapped when the option says WrapText).
    QStringList textLines(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintMarkers(QPainter* p, const QStyleOptionViewItem& option, const LogsModel& model,
                      const core::LogStore::Row& row) const;
    void paintMatches(QPainter* p, const QFontMetrics& fm, const QRect& rect,
                      const QString& line) const;

    core::LogMatcher m_matcher;
};

} // namespace artgen::gui
