#pragma once

#include <QtGlobal>

namespace artgen::core {

class LogFilter;

// The time a log view covers: any time, the last N minutes (a window that slides with the
// clock: lines that grow older leave it), or a from–to range whose end may stay open ("up to
// now", so new lines keep coming in). Times are nanoseconds since the epoch, 0 meaning open.
class LogTimeWindow
{
public:
    // How often a sliding window moves on.
    static constexpr int kSlideIntervalMs = 1000;

    static LogTimeWindow anyTime() { return {}; }
    static LogTimeWindow lastMinutes(int minutes);
    static LogTimeWindow range(qint64 fromNs, qint64 toNs);
    // A range as editors of whole seconds show it: "to 10:00:19" takes in all of that second.
    static LogTimeWindow secondsRange(qint64 fromSecs, qint64 toSecs);

    bool isAnyTime() const { return m_minutes == 0 && m_fromNs == 0 && m_toNs == 0; }
    bool isSliding() const { return m_minutes > 0; }
    int minutes() const { return m_minutes; }
    // Where the window starts when the clock reads `nowNs`.
    qint64 fromNs(qint64 nowNs) const;
    qint64 toNs() const { return m_toNs; }
    void applyTo(LogFilter& filter, qint64 nowNs) const;

    bool operator==(const LogTimeWindow&) const = default;

private:
    int m_minutes = 0;
    qint64 m_fromNs = 0;
    qint64 m_toNs = 0;
};

} // namespace artgen::core
