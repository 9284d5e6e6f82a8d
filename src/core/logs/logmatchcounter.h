#pragma once

#include "logfilter.h"
#include "logmatcher.h"
#include "logstore.h"

#include <QObject>
#include <deque>
#include <vector>

namespace artgen::core {

// "3 of 17": which of the lines a view shows (its filter) a search matches, by stable store id
// (position + LogStore::removedFront()), kept in step with the store. A new search or filter is
// counted on a pool thread over a snapshot of the store (a million lines never scan on the
// thread that shows them); from then on only what arrives is scanned, as it arrives, and the
// ids of lines the cap dropped leave from the front.
class LogMatchCounter : public QObject
{
    Q_OBJECT

public:
    explicit LogMatchCounter(const LogStore& store, QObject* parent = nullptr);

    // Counts anew: the lines `filter` accepts that `matcher` matches (none for an empty one).
    void restart(LogFilter filter, LogMatcher matcher);
    // Call after the store appended (or dropped) lines, with what it reported.
    void storeChanged(const LogStore::Change& change);
    void storeCleared();

    // False while a count runs on the pool.
    bool isReady() const { return !m_counting; }
    bool isSearching() const { return !m_matcher.isEmpty(); }
    qsizetype count() const { return qsizetype(m_ids.size()); }
    // The 1-based place of the line with stable id `id` among the matches; 0 when it is none.
    qsizetype ordinalOf(qint64 id) const;

    // The ids of the matching lines of `snapshot`, `firstId` being the id of its first line.
    // Any thread.
    static std::vector<qint64> scan(const LogStore::Snapshot& snapshot, qint64 firstId,
                                    LogFilter filter, LogMatcher matcher);

Q_SIGNALS:
    // The count (or readiness) changed.
    void changed();

private:
    void adopt(std::vector<qint64> ids);
    // Lines that left the store's front leave the count; ids from m_countedEnd on are counted
    // again from the store (what arrived or moved since).
    void catchUp();

    const LogStore& m_store;
    LogFilter m_filter;
    LogMatcher m_matcher;
    std::deque<qint64> m_ids; // ascending
    qint64 m_countedEnd = 0;  // the ids below it are counted
    quint64 m_generation = 0; // a count of an earlier search is ignored
    bool m_counting = false;
};

} // namespace artgen::core
