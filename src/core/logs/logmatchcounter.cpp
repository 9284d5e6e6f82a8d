#include "logmatchcounter.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace artgen::core {

LogMatchCounter::LogMatchCounter(const LogStore& store, QObject* parent)
    : QObject(parent), m_store(store)
{}

std::vector<qint64> LogMatchCounter::scan(const LogStore::Snapshot& snapshot, qint64 firstId,
                                          LogFilter filter, LogMatcher matcher)
{
    std::vector<qint64> ids;
    filter.prepare(snapshot.sources());
    for (qsizetype i = 0; i < snapshot.size(); ++i) {
        const LogStore::Row row = snapshot.at(i);
        if (filter.accepts(row) && matcher.matches(row.text))
            ids.push_back(firstId + i);
    }
    return ids;
}

void LogMatchCounter::restart(LogFilter filter, LogMatcher matcher)
{
    const quint64 generation = ++m_generation;
    m_filter = std::move(filter);
    m_matcher = std::move(matcher);
    m_ids.clear();
    m_countedEnd = m_store.removedFront() + m_store.size();
    m_counting = isSearching() && !m_store.isEmpty();
    if (!m_counting) {
        Q_EMIT changed();
        return;
    }
    auto* watcher = new QFutureWatcher<std::vector<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            adopt(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&LogMatchCounter::scan, m_store.snapshot(),
                                         m_store.removedFront(), m_filter, m_matcher));
    Q_EMIT changed();
}

void LogMatchCounter::adopt(std::vector<qint64> ids)
{
    m_counting = false;
    // What the store merged since the snapshot (m_countedEnd moved down) is counted again.
    ids.erase(std::lower_bound(ids.begin(), ids.end(), m_countedEnd), ids.end());
    m_ids.assign(ids.begin(), ids.end());
    catchUp();
    Q_EMIT changed();
}

void LogMatchCounter::storeChanged(const LogStore::Change& change)
{
    if (!isSearching())
        return;
    // Lines merged in among stored ones moved those from firstChanged on: count them again.
    m_countedEnd = qMin(m_countedEnd, m_store.removedFront() + change.firstChanged);
    if (m_counting)
        return; // the count in progress catches up when it lands
    catchUp();
    Q_EMIT changed();
}

void LogMatchCounter::catchUp()
{
    const qint64 front = m_store.removedFront();
    m_ids.erase(m_ids.begin(), std::lower_bound(m_ids.begin(), m_ids.end(), front));
    m_ids.erase(std::lower_bound(m_ids.begin(), m_ids.end(), m_countedEnd), m_ids.end());
    m_filter.prepare(m_store);
    for (qsizetype i = qMax<qint64>(0, m_countedEnd - front); i < m_store.size(); ++i) {
        const LogStore::Row row = m_store.at(i);
        if (m_filter.accepts(row) && m_matcher.matches(row.text))
            m_ids.push_back(front + i);
    }
    m_countedEnd = front + m_store.size();
}

void LogMatchCounter::storeCleared()
{
    ++m_generation;
    m_ids.clear();
    m_counting = false;
    m_countedEnd = m_store.removedFront() + m_store.size();
    Q_EMIT changed();
}

qsizetype LogMatchCounter::ordinalOf(qint64 id) const
{
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
    return it != m_ids.end() && *it == id ? qsizetype(it - m_ids.begin()) + 1 : 0;
}

} // namespace artgen::core
