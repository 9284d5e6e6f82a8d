#pragma once

#include "logs/logfilter.h"
#include "logs/logstore.h"

#include <QAbstractListModel>
#include <QSet>
#include <deque>

namespace artgen::gui {

// Rows of one log view: a filtered view over a core LogStore that the page owns and shares
// between views (the merged timeline and the side-by-side panes). Kept in step with each
// appended batch by row insertions and removals at the ends — never a reset per batch, so the
// view keeps its scroll position and selection. A row is a stable id into the store (position
// + lines that left its front), 8 bytes each.
class LogsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { TimestampRole = Qt::UserRole + 1, SourceRole, StreamRole, LevelRole };

    explicit LogsModel(const core::LogStore& store, QObject* parent = nullptr);

    const core::LogStore& store() const { return m_store; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    // The store row behind a view row.
    core::LogStore::Row row(int viewRow) const;
    // The stable store id of a view row (position + LogStore::removedFront()).
    qint64 rowId(int viewRow) const { return m_rows[size_t(viewRow)]; }
    // What a screen reader says for a row: "error, stderr, backend, 12:03:04: text" — the
    // painted markers in words (Qt::AccessibleTextRole); the description names each marker.
    QString accessibleText(const core::LogStore::Row& row) const;
    static QString accessibleDescription(const core::LogStore::Row& row);
    // A grouped traceback's last line: the exception ("ValueError: boom"); empty for one line.
    static QByteArrayView lastLine(QByteArrayView text);
    // Rows that ever left this model's top plus `viewRow`: a number that stays with the line
    // while older lines scroll away (the view's alternating stripes follow it, not the slot).
    qint64 stableRow(int viewRow) const { return m_rowsLeftTop + viewRow; }
    // "2024-05-01T12:00:00.123456789Z backend stderr: text" for copy and export.
    QByteArray exportLine(int viewRow) const;

    // A grouped traceback (several lines in one row), and whether this view shows it whole.
    bool isGroup(int viewRow) const { return row(viewRow).text.contains('\n'); }
    bool isExpanded(int viewRow) const { return m_expanded.contains(rowId(viewRow)); }
    bool hasExpanded() const { return !m_expanded.isEmpty(); }
    void setExpanded(int viewRow, bool expanded);

    const core::LogFilter& filter() const { return m_filter; }
    // One container's lines only (a side-by-side pane, or one chosen): no tag needed per row.
    bool showsOneSource() const { return m_filter.sources.size() == 1; }
    void setFilter(core::LogFilter filter);
    // A sliding window ("last 5 minutes"): moves the filter's start and lets the rows that fell
    // out leave from the top, without a reset.
    void advanceFrom(qint64 fromNs);

    // Call after the store appended a batch (with what it reported) or was cleared.
    void storeAppended(const core::LogStore::Change& change);
    void storeCleared();

    // The next (or previous) row after `from` whose text matches, wrapping; -1 when none.
    int find(const core::LogMatcher& matcher, int from, bool forward) const;

Q_SIGNALS:
    // A row opened or closed: its height changed.
    void expansionChanged(int viewRow);

private:
    qint64 storePos(int viewRow) const { return m_rows[size_t(viewRow)] - m_store.removedFront(); }
    void rebuild();
    void removeTop(size_t count);
    // The first row whose store id is `id` or later.
    size_t firstRowFrom(qint64 id) const;
    // After a late merge: moves the rows of stored lines to their new ids and inserts the new
    // lines among them, so selection and the rows being read stay. False when a reset of the
    // range is the better way (the caller then re-reads it).
    bool moveMergedRows(const core::LogStore::Change& change, qint64 firstChangedId);

    const core::LogStore& m_store;
    core::LogFilter m_filter;
    std::deque<qint64> m_rows; // stable store ids of the rows shown
    qsizetype m_knownSources = 0;
    qint64 m_rowsLeftTop = 0;
    QSet<qint64> m_expanded; // store ids of the tracebacks shown whole
};

} // namespace artgen::gui
