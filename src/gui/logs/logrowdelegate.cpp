#include "logrowdelegate.h"

#include "logs/logtimestamp.h"
#include "logsmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QHelpEvent>
#include <QPainter>
#include <QTextLayout>
#include <QToolTip>
#include <cstdio>
#include <limits>

using namespace Qt::StringLiterals;

namespace artgen::gui {

namespace {
constexpr int kPad = 4;
constexpr int kTagWidth = 78;
constexpr int kLevelWidth = 34;
constexpr int kNarrowWidth = 520;
const QString kCollapsed = QStringLiteral("▸ ");
const QString kExpanded = QStringLiteral("▾ ");

} // namespace

QColor LogRowDelegate::levelColor(core::LogLevel level)
{
    switch (level) {
    case core::LogLevel::Critical:
        return QColor(0x8e, 0x1b, 0x5f);
    case core::LogLevel::Error:
        return QColor(0xc6, 0x28, 0x28);
    case core::LogLevel::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case core::LogLevel::Debug:
        return QColor(0x75, 0x75, 0x75);
    default:
        return QColor(0x2e, 0x7d, 0x32);
    }
}

QString LogRowDelegate::levelShort(core::LogLevel level)
{
    switch (level) {
    case core::LogLevel::Critical:
        return QStringLiteral("CRIT");
    case core::LogLevel::Error:
        return QStringLiteral("ERR");
    case core::LogLevel::Warning:
        return QStringLiteral("WARN");
    case core::LogLevel::Debug:
        return QStringLiteral("DBG");
    case core::LogLevel::Info:
        return QStringLiteral("INFO");
    case core::LogLevel::Unknown:
        break;
    }
    return {};
}

namespace {
// "HH:mm:ss.zzz" in local time. QDateTime's toLocalTime() asks the time zone database per call,
// the costliest part of painting a row: the offset is looked up once per quarter hour of
// timestamps (offsets are multiples of 15 minutes, so every change falls on such a boundary).
QString localTime(qint64 ns)
{
    static qint64 cachedQuarter = std::numeric_limits<qint64>::min();
    static qint64 cachedOffsetMs = 0;
    const qint64 ms = ns / 1000000;
    const qint64 quarter = ms / 900000;
    if (quarter != cachedQuarter) {
        cachedQuarter = quarter;
        cachedOffsetMs =
            qint64(QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime).offsetFromUtc()) * 1000;
    }
    const qint64 dayMs = 86400000;
    const qint64 local = ((ms + cachedOffsetMs) % dayMs + dayMs) % dayMs;
    char text[16];
    std::snprintf(text, sizeof text, "%02d:%02d:%02d.%03d", int(local / 3600000),
                  int(local / 60000 % 60), int(local / 1000 % 60), int(local % 1000));
    return QString::fromLatin1(text);
}
} // namespace

LogRowDelegate::LogRowDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QColor LogRowDelegate::sourceColor(int i)
{
    static const QColor colors[] = {{0x1e, 0x88, 0xe5}, {0x8e, 0x24, 0xaa}, {0x00, 0x89, 0x7b},
                                    {0xf4, 0x51, 0x1e}, {0x5d, 0x40, 0x37}, {0x39, 0x49, 0xab},
                                    {0xc0, 0xca, 0x33}, {0xd8, 0x1b, 0x60}};
    return colors[i % int(std::size(colors))];
}

int LogRowDelegate::viewWidth(const QStyleOptionViewItem& option)
{
    // The row's rect is as wide as the longest line while scrolling sideways; the pane's own
    // width decides whether it is narrow.
    const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
    return view ? view->viewport()->width() : option.rect.width();
}

int LogRowDelegate::textLeft(const QStyleOptionViewItem& option, const LogsModel& model)
{
    int x = kPad + 3 + option.fontMetrics.horizontalAdvance(u"00:00:00.000"_s) + kPad * 2;
    if (!model.showsOneSource())
        x += kTagWidth + kPad * 2;
    if (viewWidth(option) >= kNarrowWidth)
        x += kLevelWidth + kPad;
    return x;
}

QStringList LogRowDelegate::wrap(const QString& text, const QFont& font, int width)
{
    QTextLayout layout(text, font);
    QTextOption wrapping;
    wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrapping);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(qMax(1, width));
        lines << text.mid(line.textStart(), line.textLength());
    }
    layout.endLayout();
    return lines.isEmpty() ? QStringList{QString()} : lines;
}

QStringList LogRowDelegate::textLines(const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    const auto* model = qobject_cast<const LogsModel*>(index.model());
    const core::LogStore::Row row = model->row(index.row());
    const QString text = QString::fromUtf8(row.text);
    QStringList lines = text.split(u'\n');
    if (lines.size() > 1) {
        // A grouped traceback: collapsed, its first line and its exception (the last line, what
        // the reader looks for); expanded, every line. The marker opens and closes it.
        if (model->isExpanded(index.row()))
            lines.first().prepend(kExpanded);
        else
            lines = {kCollapsed + lines.first() + u"  ⏎ "_s + lines.last() + u"  "_s +
                     LogsModel::tr("(%Ln line(s))", "", int(lines.size()))};
    }
    if (!(option.features & QStyleOptionViewItem::WrapText))
        return lines;
    // The width paint() gives a line: up to kPad before the row's last pixel.
    const int width = viewWidth(option) - textLeft(option, *model) - kPad - 1;
    QStringList wrapped;
    for (const QString& line : std::as_const(lines))
        wrapped << wrap(line, option.font, width);
    return wrapped;
}

QSize LogRowDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics& fm = option.fontMetrics;
    const int single = fm.height() + 6;
    const auto* model = qobject_cast<const LogsModel*>(index.model());
    if (!model)
        return {200, single};
    const QStringList lines = textLines(option, index);
    int widest = 0;
    if (!(option.features & QStyleOptionViewItem::WrapText))
        for (const QString& line : lines)
            widest = qMax(widest, fm.horizontalAdvance(line));
    return {textLeft(option, *model) + widest + kPad * 2,
            single + int(lines.size() - 1) * fm.lineSpacing()};
}

QRect LogRowDelegate::markerRect(const QStyleOptionViewItem& option, const QModelIndex& index)
{
    const auto* model = qobject_cast<const LogsModel*>(index.model());
    if (!model || !model->isGroup(index.row()))
        return {};
    const int x = option.rect.left() + textLeft(option, *model);
    return {x, option.rect.top(), option.fontMetrics.horizontalAdvance(kCollapsed),
            option.fontMetrics.height() + 6};
}

void LogRowDelegate::paintMarkers(QPainter* p, const QStyleOptionViewItem& option,
                                  const LogsModel& model, const core::LogStore::Row& row) const
{
    const QRect r(option.rect.topLeft(),
                  QSize(option.rect.width(), option.fontMetrics.height() + 6));
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text =
        selected ? option.palette.highlightedText().color() : option.palette.text().color();
    const QFontMetrics& fm = option.fontMetrics;
    int x = r.left() + kPad + 3;

    // Time, local, to the millisecond (the nanoseconds are in the export).
    p->setPen(selected ? text : option.palette.placeholderText().color());
    const int timeWidth = fm.horizontalAdvance(QStringLiteral("00:00:00.000"));
    p->drawText(QRect(x, r.top(), timeWidth, r.height()), Qt::AlignVCenter,
                localTime(row.timestampNs));
    x += timeWidth + kPad * 2;

    // The container's tag; a pane of one container has its name in its title instead.
    if (!model.showsOneSource()) {
        const QString source = model.store().sources().value(row.source);
        const QRect tag(x, r.top() + 2, kTagWidth, r.height() - 4);
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(sourceColor(row.source));
        p->drawRoundedRect(tag, 4, 4);
        p->setPen(Qt::white);
        p->drawText(tag.adjusted(4, 0, -4, 0), Qt::AlignCenter,
                    fm.elidedText(source, Qt::ElideRight, tag.width() - 8));
        x += kTagWidth + kPad * 2;
    }

    // Level: a word, or in a narrow pane a bar of its colour (the text keeps the room).
    if (viewWidth(option) < kNarrowWidth) {
        if (row.level != core::LogLevel::Unknown)
            p->fillRect(QRect(x - kPad, r.top() + 3, 3, r.height() - 6), levelColor(row.level));
    } else {
        p->setPen(selected ? text : levelColor(row.level));
        QFont bold = option.font;
        bold.setBold(true);
        p->setFont(bold);
        p->drawText(QRect(x, r.top(), kLevelWidth, r.height()), Qt::AlignVCenter,
                    levelShort(row.level));
        p->setFont(option.font);
    }
}

void LogRowDelegate::paint(QPainter* p, const QStyleOptionViewItem& option,
                           const QModelIndex& index) const
{
    const auto* model = qobject_cast<const LogsModel*>(index.model());
    if (!model)
        return QStyledItemDelegate::paint(p, option, index);
    const core::LogStore::Row row = model->row(index.row());
    p->save();
    const QRect r = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        p->fillRect(r, option.palette.highlight());
    else if (row.stream == core::LogStream::Note)
        p->fillRect(r, QColor(0xff, 0xf3, 0xc4));
    else if (model->stableRow(index.row()) % 2)
        p->fillRect(r, option.palette.alternateBase());
    if (row.stream == core::LogStream::Stderr) // stderr: a red bar at the left edge
        p->fillRect(QRect(r.left(), r.top(), 3, r.height()), stderrColor());
    paintMarkers(p, option, *model, row);

    // Text: one line, or a wrapped or expanded row's lines, search matches highlighted behind.
    const QFontMetrics& fm = option.fontMetrics;
    const int x = r.left() + textLeft(option, *model);
    const QStringList lines = textLines(option, index);
    QFont font = option.font;
    font.setItalic(row.stream == core::LogStream::Note);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRect line(x, r.top() + 3 + int(i) * fm.lineSpacing(), r.right() - x - kPad,
                         fm.height());
        paintMatches(p, fm, line, lines[i]);
        p->setFont(font);
        p->setPen(selected ? option.palette.highlightedText().color()
                           : option.palette.text().color());
        p->drawText(line, Qt::AlignVCenter | Qt::TextSingleLine,
                    fm.elidedText(lines[i], Qt::ElideRight, line.width()));
    }
    // The keyboard's place: visible focus on the current line.
    if (option.state & QStyle::State_HasFocus) {
        p->setPen(QPen(option.palette.highlight().color(), 1, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRect(r.adjusted(0, 0, -1, -1));
    }
    p->restore();
}

void LogRowDelegate::paintMatches(QPainter* p, const QFontMetrics& fm, const QRect& rect,
                                  const QString& line) const
{
    if (m_matcher.isEmpty())
        return;
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0xff, 0xeb, 0x3b, 200));
    for (const auto& [start, length] : m_matcher.matchesIn(line)) {
        const int from = fm.horizontalAdvance(line.left(start));
        if (from > rect.width())
            break;
        const int width = fm.horizontalAdvance(line.mid(start, length));
        p->drawRect(QRect(rect.left() + from, rect.top() - 2, width, rect.height() + 4));
    }
}

bool LogRowDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                               const QStyleOptionViewItem& option, const QModelIndex& index)
{
    const auto* model = qobject_cast<const LogsModel*>(index.model());
    if (!model || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const core::LogStore::Row row = model->row(index.row());
    const int x = event->pos().x() - option.rect.left();
    const int timeEnd = kPad + 3 + option.fontMetrics.horizontalAdvance(u"00:00:00.000"_s) + kPad;
    QString tip;
    if (x < kPad + 3 && row.stream == core::LogStream::Stderr)
        tip = LogsModel::tr("Red bar: the container wrote this line to its error stream "
                            "(stderr). Many programs log there; it does not mean an error.");
    const int markersEnd = timeEnd + (model->showsOneSource() ? 0 : kTagWidth + kPad * 2) +
                           (option.rect.width() < kNarrowWidth ? 0 : kLevelWidth + kPad);
    if (tip.isEmpty() && x >= timeEnd - kPad * 2 && x < markersEnd)
        tip = LogsModel::accessibleDescription(row);
    if (tip.isEmpty())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), tip, view);
    return true;
}

} // namespace artgen::gui
