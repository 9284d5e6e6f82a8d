#pragma once

#include "logreadplan.h"
#include "logstore.h"

#include <QList>
#include <optional>

namespace artgen::core {

// The lines of one log viewer and what it reads, without widgets: the store (in time order,
// bounded by the line cap), the batches held while the view is paused (bounded like the store:
// the oldest go first, counted), and the read plan (what to read from Docker, and when again).
// The Logs page shows it; tests drive it without a window.
class LogSession
{
public:
    // A smaller cap would drop what the user is reading before they read it.
    static constexpr qsizetype kMinimumLineLimit = 1000;

    explicit LogSession(qsizetype lineLimit = LogStore::kDefaultCapacity);

    const LogStore& store() const { return m_store; }
    const LogReadPlan& plan() const { return m_plan; }
    LogReadPlan& plan() { return m_plan; }

    // A batch from the follower: stored (what changed, for the views that mirror the store), or
    // held while paused (nothing changed).
    std::optional<LogStore::Change> append(const LogBatch& batch);

    bool isPaused() const { return m_paused; }
    void pause() { m_paused = true; }
    // Unpauses and hands back the batches held meanwhile, oldest first, to append().
    QList<LogBatch> resume();
    qsizetype waitingLines() const { return m_waitingLines; }
    // Lines dropped for the cap: from the store, and from the waiting batches while paused.
    qint64 droppedLines() const { return m_store.droppedCount() + m_waitingDropped; }
    qint64 droppedWhilePaused() const { return m_waitingDropped; }

    qsizetype lineLimit() const { return m_store.capacity(); }
    // Lowering it drops the oldest lines at once: they leave the views from the top.
    LogStore::Change setLineLimit(qsizetype lines);

    // A new read: the store and the waiting batches emptied, their counts too.
    void reset();
    // The user's Clear at `nowNs`: reset(), and nothing before it is read back (LogReadPlan).
    void clear(qint64 nowNs);

    // Where a from–to range starts when first shown: the first whole second after the oldest
    // stored line (so opening the range reads nothing again), or an hour before `nowNs`.
    qint64 suggestedRangeStartNs(qint64 nowNs) const;

private:
    LogStore m_store;
    LogReadPlan m_plan;
    bool m_paused = false;
    QList<LogBatch> m_waiting;
    qsizetype m_waitingLines = 0;
    qint64 m_waitingDropped = 0;
};

} // namespace artgen::core
