#include "logtimewindow.h"

#include "logfilter.h"

namespace artgen::core {

namespace {
constexpr qint64 kNsPerSec = 1000000000LL;
} // namespace

LogTimeWindow LogTimeWindow::lastMinutes(int minutes)
{
    LogTimeWindow w;
    w.m_minutes = qMax(0, minutes);
    return w;
}

LogTimeWindow LogTimeWindow::range(qint64 fromNs, qint64 toNs)
{
    LogTimeWindow w;
    w.m_fromNs = qMax<qint64>(0, fromNs);
    w.m_toNs = qMax<qint64>(0, toNs);
    return w;
}

LogTimeWindow LogTimeWindow::secondsRange(qint64 fromSecs, qint64 toSecs)
{
    return range(fromSecs * kNsPerSec, toSecs > 0 ? toSecs * kNsPerSec + kNsPerSec - 1 : 0);
}

qint64 LogTimeWindow::fromNs(qint64 nowNs) const
{
    return m_minutes > 0 ? nowNs - m_minutes * 60 * kNsPerSec : m_fromNs;
}

void LogTimeWindow::applyTo(LogFilter& filter, qint64 nowNs) const
{
    filter.fromNs = fromNs(nowNs);
    filter.toNs = m_toNs;
}

} // namespace artgen::core
