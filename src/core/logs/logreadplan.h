#pragma once

#include "logfollower.h"

namespace artgen::core {

class LogFilter;
class LogStore;

// What the Logs page reads from Docker, and when it must read again. Following starts from each
// container's tail (its last N lines, or everything). A time window that reaches back before the
// lines stored is read again from Docker from its start (up to its end, when it has one): the
// tail read first cannot show what the containers printed then. Going back to "any time" follows
// from the tail again. The user's Clear is on purpose: until another window or start is chosen,
// no filter change reads the cleared lines back.
class LogReadPlan
{
public:
    // The start the page opens with: the last 1000 lines of each container.
    static constexpr int kDefaultTail = 1000;

    // What a filter that settled asks for.
    enum class Reading {
        Keep,  // the store has what it shows
        Range, // read the window's range again (sinceNs()/untilNs())
        Tail,  // back from a range: follow from the tail again
    };

    // Lines per container read when following starts (-1: everything); not used while a range
    // is read.
    int tail() const { return m_tail; }
    bool readsRange() const { return m_sinceNs > 0 || m_untilNs > 0; }
    // Where the range read starts and ends (0: open).
    qint64 sinceNs() const { return m_sinceNs; }
    qint64 untilNs() const { return m_untilNs; }
    bool isCleared() const { return m_clearedAtNs > 0; }

    // The user chose another start: the next read follows from there.
    void startFrom(int tail);
    // Back to following from the tail (the default one when a range was the start); forgets a
    // Clear too.
    void forgetRange();
    // A time window was asked for: read what it needs, even after a Clear.
    void windowChosen() { m_clearedAtNs = 0; }
    // The user's Clear at `nowNs`: what came before is gone on purpose.
    void cleared(qint64 nowNs) { m_clearedAtNs = qMax<qint64>(1, nowNs); }

    // Whether the store holds every line `filter`'s time range needs (or reading again would
    // not bring more back).
    bool covers(const LogFilter& filter, const LogStore& store) const;
    // Decides, once the filter settled, whether to read again, and remembers a range to read.
    Reading settle(const LogFilter& filter, const LogStore& store);
    // What a follower started now reads.
    LogFollower::Options options(const QList<LogFollower::Source>& sources, qint64 nowNs);

private:
    int m_tail = kDefaultTail;
    qint64 m_sinceNs = 0;
    qint64 m_untilNs = 0;
    bool m_followAll = false; // the last read started from each container's beginning
    qint64 m_clearedAtNs = 0;
};

} // namespace artgen::core
