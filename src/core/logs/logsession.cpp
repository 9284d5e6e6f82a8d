#include "logsession.h"

namespace artgen::core {

namespace {
constexpr qint64 kNsPerSec = 1000000000LL;
} // namespace

LogSession::LogSession(qsizetype lineLimit) : m_store(qMax(kMinimumLineLimit, lineLimit)) {}

std::optional<LogStore::Change> LogSession::append(const LogBatch& batch)
{
    if (!m_paused)
        return m_store.append(batch);
    m_waiting << batch;
    m_waitingLines += batch.size();
    // Waiting lines are bounded like the store: the oldest go first, counted.
    while (m_waitingLines > m_store.capacity() && m_waiting.size() > 1) {
        m_waitingLines -= m_waiting.first().size();
        m_waitingDropped += m_waiting.first().size();
        m_waiting.removeFirst();
    }
    return std::nullopt;
}

QList<LogBatch> LogSession::resume()
{
    m_paused = false;
    m_waitingLines = 0;
    return std::exchange(m_waiting, {});
}

LogStore::Change LogSession::setLineLimit(qsizetype lines)
{
    const qsizetype before = m_store.size();
    m_store.setCapacity(qMax(kMinimumLineLimit, lines));
    LogStore::Change change;
    change.dropped = before - m_store.size();
    change.firstChanged = m_store.size(); // nothing added
    return change;
}

void LogSession::reset()
{
    m_store.clear();
    m_waiting.clear();
    m_waitingLines = 0;
    m_waitingDropped = 0;
}

void LogSession::clear(qint64 nowNs)
{
    reset();
    m_plan.cleared(nowNs);
}

qint64 LogSession::suggestedRangeStartNs(qint64 nowNs) const
{
    if (m_store.isEmpty())
        return nowNs - 3600 * kNsPerSec;
    return (m_store.at(0).timestampNs / kNsPerSec + 1) * kNsPerSec;
}

} // namespace artgen::core
