#pragma once

#include "logs/logfilter.h"
#include "logs/logstore.h"

#include <QAbstractListModel>
#include <deque>

namespace artgen::gui {

// The Logs page's rows: a filtered view over a core LogStore (which it owns), kept in step with
// each appended batch by row insertions and removals at the ends — never a reset per batch, so
// the view keeps its scroll position and selection. A row is a stable id into the store
// (position + lines that left its front), 8 bytes each.
class LogsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { TimestampRole = Qt::UserRole + 1, SourceRole, StreamRole, LevelRole };

    explicit LogsModel(QObject* parent = nullptr);

    core::LogStore& store() { return m_store; }
    const core::LogStore& store() const { return m_store; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    // The store row behind a view row (valid until the next append).
    core::LogStore::Row row(int viewRow) const;
    // "2024-05-01T12:00:00.123456789Z backend stderr: text" for copy and export.
    QByteArray exportLine(int viewRow) const;

    const core::LogFilter& filter() const { return m_filter; }
    void setFilter(core::LogFilter filter);

    void append(const core::LogBatch& batch);
    void clear();

    // The next (or previous) row after `from` whose text matches, wrapping; -1 when none.
    int find(const core::LogMatcher& matcher, int from, bool forward) const;

private:
    qint64 storePos(int viewRow) const { return m_rows[size_t(viewRow)] - m_store.removedFront(); }
    void rebuild();

    core::LogStore m_store;
    core::LogFilter m_filter;
    std::deque<qint64> m_rows; // stable store ids of the rows shown
    qsizetype m_knownSources = 0;
};

} // namespace artgen::gui
