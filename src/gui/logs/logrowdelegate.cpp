#include "logrowdelegate.h"

#include "logs/logtimestamp.h"
#include "logsmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <cstdio>
#include <limits>

namespace artgen::gui {

namespace {
constexpr int kPad = 4;
constexpr int kTagWidth = 78;
constexpr int kLevelWidth = 34;
constexpr int kNarrowWidth = 520;

QColor levelColor(core::LogLevel level)
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

QString levelShort(core::LogLevel level)
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

QSize LogRowDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return {200, option.fontMetrics.height() + 6};
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
        p->fillRect(QRect(r.left(), r.top(), 3, r.height()), QColor(0xd3, 0x2f, 0x2f));
    const QColor text =
        selected ? option.palette.highlightedText().color() : option.palette.text().color();
    const QFontMetrics& fm = option.fontMetrics;
    int x = r.left() + kPad + 3;

    // Time, local, to the millisecond (the nanoseconds are in the export).
    p->setPen(selected ? text : option.palette.placeholderText().color());
    const QString time = localTime(row.timestampNs);
    const int timeWidth = fm.horizontalAdvance(QStringLiteral("00:00:00.000"));
    p->drawText(QRect(x, r.top(), timeWidth, r.height()), Qt::AlignVCenter, time);
    x += timeWidth + kPad * 2;

    // The container's tag; a pane of one container has its name in its title instead.
    if (!model->showsOneSource()) {
        const QString source = model->store().sources().value(row.source);
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
    if (r.width() < kNarrowWidth) {
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
        x += kLevelWidth + kPad;
    }

    // Text: the first line, with search matches highlighted behind it.
    const qsizetype nl = row.text.indexOf('\n');
    QString line = QString::fromUtf8(nl < 0 ? row.text : row.text.first(nl));
    if (nl >= 0)
        line +=
            QStringLiteral("  ⏎ ") + LogsModel::tr("(+%n line(s))", "", int(row.text.count('\n')));
    const QRect textRect(x, r.top(), r.right() - x - kPad, r.height());
    if (!m_matcher.isEmpty()) {
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0xff, 0xeb, 0x3b, 200));
        for (const auto& [start, length] : m_matcher.matchesIn(line)) {
            const int from = fm.horizontalAdvance(line.left(start));
            if (from > textRect.width())
                break;
            const int width = fm.horizontalAdvance(line.mid(start, length));
            p->drawRect(QRect(textRect.left() + from, r.top() + 1, width, r.height() - 2));
        }
    }
    QFont font = option.font;
    font.setItalic(row.stream == core::LogStream::Note);
    p->setFont(font);
    p->setPen(text);
    p->drawText(textRect, Qt::AlignVCenter | Qt::TextSingleLine,
                fm.elidedText(line, Qt::ElideRight, textRect.width()));
    p->restore();
}

} // namespace artgen::gui
