#include "logsmodel.h"

#include "logs/logexporter.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace artgen::gui {

LogsModel::LogsModel(const core::LogStore& store, QObject* parent)
    : QAbstractListModel(parent), m_store(store)
{
    rebuild();
}

int LogsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

core::LogStore::Row LogsModel::row(int viewRow) const
{
    const qint64 pos = storePos(viewRow);
    if (pos < 0 || pos >= m_store.size())
        return {};
    return m_store.at(pos);
}

QVariant LogsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::LogStore::Row r = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString::fromUtf8(r.text);
    case Qt::ToolTipRole:
        // A grouped traceback, or a line too long for a narrow pane, shows whole in the tooltip
        // (cut at 4 KiB: a tooltip is no place for a megabyte).
        return r.text.contains('\n') || r.text.size() > 60
                   ? QVariant(QString::fromUtf8(r.text.first(qMin<qsizetype>(r.text.size(), 4096))))
                   : QVariant();
    case Qt::AccessibleTextRole:
        return accessibleText(r);
    case Qt::AccessibleDescriptionRole:
        return accessibleDescription(r);
    case TimestampRole:
        return r.timestampNs;
    case SourceRole:
        return m_store.sources().value(r.source);
    case StreamRole:
        return int(r.stream);
    case LevelRole:
        return int(r.level);
    default:
        return {};
    }
}

QByteArrayView LogsModel::lastLine(QByteArrayView text)
{
    const qsizetype nl = text.lastIndexOf('\n');
    return nl < 0 ? QByteArrayView() : text.sliced(nl + 1);
}

QString LogsModel::accessibleText(const core::LogStore::Row& r) const
{
    QStringList parts;
    if (r.level != core::LogLevel::Unknown)
        parts << core::LogLevels::displayName(r.level).toLower();
    if (r.stream == core::LogStream::Stderr)
        parts << tr("stderr");
    else if (r.stream == core::LogStream::Note)
        parts << tr("note from the panel");
    parts << m_store.sources().value(r.source);
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(r.timestampNs / 1000000);
    parts << QLocale().toString(time.time(), QStringLiteral("HH:mm:ss"));
    const qsizetype nl = r.text.indexOf('\n');
    QString text = parts.join(QStringLiteral(", ")) + QStringLiteral(": ") +
                   QString::fromUtf8(nl < 0 ? r.text : r.text.first(nl));
    if (nl >= 0)
        text += QStringLiteral(" — ") + QString::fromUtf8(lastLine(r.text));
    return text;
}

QString LogsModel::accessibleDescription(const core::LogStore::Row& r)
{
    QStringList parts;
    if (r.level != core::LogLevel::Unknown)
        parts << tr("Level: %1.").arg(core::LogLevels::displayName(r.level));
    if (r.stream == core::LogStream::Stderr)
        parts << tr("Written to the container's error stream (stderr).");
    if (const qsizetype lines = r.text.count('\n'))
        parts << tr("A traceback grouped into one row, %Ln more line(s).", "", int(lines));
    return parts.join(u' ');
}

QByteArray LogsModel::exportLine(int viewRow) const
{
    return core::LogExporter::line(row(viewRow), m_store.sources());
}

void LogsModel::setFilter(core::LogFilter filter)
{
    m_filter = std::move(filter);
    rebuild();
}

void LogsModel::advanceFrom(qint64 fromNs)
{
    if (fromNs <= m_filter.fromNs)
        return;
    m_filter.fromNs = fromNs;
    // Rows are in time order (the store's), so the ones now too old are at the top.
    size_t gone = 0;
    while (gone < m_rows.size() && row(int(gone)).timestampNs < fromNs)
        ++gone;
    removeTop(gone);
}

void LogsModel::removeTop(size_t count)
{
    if (count == 0)
        return;
    beginRemoveRows({}, 0, int(count) - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + qsizetype(count));
    m_rowsLeftTop += qint64(count);
    endRemoveRows();
}

void LogsModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_rowsLeftTop = 0;
    m_filter.prepare(m_store);
    m_knownSources = m_store.sources().size();
    const qint64 base = m_store.removedFront();
    for (qsizetype i = 0; i < m_store.size(); ++i)
        if (m_filter.accepts(m_store.at(i)))
            m_rows.push_back(base + i);
    endResetModel();
}

void LogsModel::storeAppended(const core::LogStore::Change& change)
{
    const qint64 base = m_store.removedFront();
    // Rows whose lines the cap dropped leave from the top.
    removeTop(firstRowFrom(base));
    if (m_store.sources().size() != m_knownSources) {
        m_filter.prepare(m_store);
        m_knownSources = m_store.sources().size();
    }
    const qint64 firstChangedId = base + change.firstChanged;
    if (!change.merged.empty() && moveMergedRows(change, firstChangedId))
        return;
    // Rows at or after the first changed position were merged with older arrivals: re-add.
    const size_t keep = firstRowFrom(firstChangedId);
    if (keep < m_rows.size()) {
        beginRemoveRows({}, int(keep), int(m_rows.size()) - 1);
        m_rows.erase(m_rows.begin() + qsizetype(keep), m_rows.end());
        endRemoveRows();
    }
    std::vector<qint64> fresh;
    for (qsizetype i = change.firstChanged; i < m_store.size(); ++i)
        if (m_filter.accepts(m_store.at(i)))
            fresh.push_back(base + i);
    if (fresh.empty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + int(fresh.size()) - 1);
    m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
    endInsertRows();
}

bool LogsModel::moveMergedRows(const core::LogStore::Change& change, qint64 firstChangedId)
{
    // Where each stored line of the merged range went (by its order there), and the new lines
    // this view shows, as store ids.
    std::vector<qint64> movedTo;
    std::vector<qint64> fresh;
    for (size_t i = 0; i < change.merged.size(); ++i) {
        const qint64 id = firstChangedId + qint64(i);
        if (!change.merged[i])
            movedTo.push_back(id);
        else if (m_filter.accepts(m_store.at(change.firstChanged + qsizetype(i))))
            fresh.push_back(id);
    }
    const size_t keep = firstRowFrom(firstChangedId);
    for (size_t i = keep; i < m_rows.size(); ++i)
        if (m_rows[i] - firstChangedId >= qint64(movedTo.size()))
            return false; // not the store this view mirrors: read the range again
    // The same lines at new store positions: the rows stay, only their ids change.
    for (size_t i = keep; i < m_rows.size(); ++i)
        m_rows[i] = movedTo[size_t(m_rows[i] - firstChangedId)];

    struct Run
    {
        size_t at, from, to; // model row; range in `fresh`
    };
    std::vector<Run> runs;
    size_t t = keep;
    for (size_t f = 0; f < fresh.size();) {
        while (t < m_rows.size() && m_rows[t] < fresh[f])
            ++t;
        size_t end = f;
        while (end < fresh.size() && (t == m_rows.size() || fresh[end] < m_rows[t]))
            ++end;
        runs.push_back({t, f, end});
        f = end;
    }
    // A whole late tail woven through thousands of rows (a container's history arriving after
    // another's): one reset of the range is cheaper than thousands of inserts.
    constexpr size_t kMaxRuns = 64;
    if (runs.size() > kMaxRuns)
        return false;
    // Bottom up, so the rows where the next run goes have not moved yet.
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        const int at = int(run->at);
        beginInsertRows({}, at, at + int(run->to - run->from) - 1);
        m_rows.insert(m_rows.begin() + qsizetype(run->at), fresh.begin() + qsizetype(run->from),
                      fresh.begin() + qsizetype(run->to));
        endInsertRows();
    }
    return true;
}

size_t LogsModel::firstRowFrom(qint64 id) const
{
    // Rows hold ascending store ids.
    return size_t(std::lower_bound(m_rows.cbegin(), m_rows.cend(), id) - m_rows.cbegin());
}

void LogsModel::setExpanded(int viewRow, bool expanded)
{
    if (!isGroup(viewRow) || isExpanded(viewRow) == expanded)
        return;
    if (expanded)
        m_expanded.insert(rowId(viewRow));
    else
        m_expanded.remove(rowId(viewRow));
    Q_EMIT dataChanged(index(viewRow), index(viewRow));
    Q_EMIT expansionChanged(viewRow);
}

void LogsModel::storeCleared()
{
    m_expanded.clear();
    beginResetModel();
    m_rows.clear();
    m_rowsLeftTop = 0;
    endResetModel();
}

int LogsModel::find(const core::LogMatcher& matcher, int from, bool forward) const
{
    const int n = rowCount();
    if (n == 0 || matcher.isEmpty())
        return -1;
    for (int step = 1; step <= n; ++step) {
        const int r = ((from + (forward ? step : -step)) % n + n) % n;
        if (matcher.matches(row(r).text))
            return r;
    }
    return -1;
}

} // namespace artgen::gui
