#include "logstore.h"

#include <algorithm>
#include <vector>

namespace artgen::core {

LogStore::LogStore(qsizetype capacity) : m_capacity(qMax<qsizetype>(1, capacity)) {}

void LogStore::setCapacity(qsizetype capacity)
{
    m_capacity = qMax<qsizetype>(1, capacity);
    trim();
}

quint16 LogStore::mapSource(const QString& name)
{
    auto it = m_sourceIndex.constFind(name);
    if (it != m_sourceIndex.constEnd())
        return *it;
    const auto index = quint16(qMin<qsizetype>(m_sources.size(), 0xFFFF));
    m_sources << name;
    m_sourceIndex.insert(name, index);
    return index;
}

LogStore::Change LogStore::append(const LogBatch& batch)
{
    Change change;
    if (batch.items.isEmpty())
        return change;
    QVarLengthArray<quint16, 16> sourceMap;
    for (const QString& name : std::as_const(batch.sources))
        sourceMap.append(mapSource(name));

    std::vector<Record> fresh;
    fresh.reserve(size_t(batch.items.size()));
    for (const LogBatch::Item& it : std::as_const(batch.items)) {
        const QByteArrayView text = batch.textOf(it);
        const auto [chunk, offset] = place(text);
        fresh.push_back({it.timestampNs, chunk, offset, quint32(text.size()),
                         it.source < sourceMap.size() ? sourceMap[it.source] : quint16(0),
                         it.stream, it.level});
    }
    const auto byTime = [](const Record& a, const Record& b) {
        return a.timestampNs < b.timestampNs;
    };
    if (!std::is_sorted(fresh.begin(), fresh.end(), byTime))
        std::stable_sort(fresh.begin(), fresh.end(), byTime);

    qsizetype firstChanged = size();
    if (m_records.empty() || fresh.front().timestampNs >= m_records.back().timestampNs) {
        m_records.append(fresh.begin(), fresh.end()); // the usual case
    } else {
        // Lines older than the newest stored (a container whose tail arrived late): merge the
        // overlapping tail only, keeping arrival order among equal timestamps.
        firstChanged = firstAfter(fresh.front().timestampNs);
        change.merged = mergeTail(firstChanged, fresh);
    }
    change.added = qsizetype(fresh.size());
    change.dropped = trim();
    if (change.dropped > firstChanged)
        change.merged.clear(); // the cap reached into the merged range: no map to give
    change.firstChanged = qMax<qsizetype>(0, firstChanged - change.dropped);
    return change;
}

qsizetype LogStore::firstAfter(qint64 timestampNs) const
{
    qsizetype low = 0;
    qsizetype high = size();
    while (low < high) {
        const qsizetype mid = low + (high - low) / 2;
        if (m_records[mid].timestampNs <= timestampNs)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

std::vector<bool> LogStore::mergeTail(qsizetype from, const std::vector<Record>& fresh)
{
    std::vector<Record> tail;
    tail.reserve(size_t(size() - from));
    for (qsizetype i = from; i < size(); ++i)
        tail.push_back(m_records[i]);
    m_records.truncate(from);
    std::vector<bool> isFresh;
    isFresh.reserve(tail.size() + fresh.size());
    auto t = tail.cbegin();
    auto f = fresh.cbegin();
    // A stored line goes first among equal timestamps: it arrived first.
    while (t != tail.cend() || f != fresh.cend()) {
        const bool takeFresh =
            t == tail.cend() || (f != fresh.cend() && f->timestampNs < t->timestampNs);
        m_records.push_back(takeFresh ? *f++ : *t++);
        isFresh.push_back(takeFresh);
    }
    return isFresh;
}

std::pair<quint32, quint32> LogStore::place(QByteArrayView text)
{
    // A block a snapshot shares is full for the store: appending would copy it.
    if (m_chunks.empty() || !m_chunks.back().text.isDetached() ||
        m_chunks.back().text.capacity() - m_chunks.back().text.size() < text.size()) {
        // The block being left behind may have lost all its lines already (late lines trimmed at
        // once): no release() will come for it, so free it now.
        if (!m_chunks.empty() && m_chunks.back().live == 0) {
            m_blockBytes -= m_chunks.back().text.capacity();
            m_chunks.back().text = QByteArray();
        }
        // A line longer than a block (up to the sanitiser's 1 MiB) gets a block of its own.
        Chunk block;
        block.text.reserve(qMax(kBlockBytes, text.size()));
        m_blockBytes += block.text.capacity();
        m_chunks.push_back(std::move(block));
    }
    Chunk& c = m_chunks.back();
    const auto offset = quint32(c.text.size());
    c.text.append(text.data(), text.size()); // within capacity: earlier lines never move
    ++c.live;
    m_textBytes += text.size();
    return {quint32(m_firstChunk + m_chunks.size() - 1), offset};
}

void LogStore::release(const Record& r)
{
    m_textBytes -= r.length;
    Chunk& c = m_chunks[r.chunk - m_firstChunk];
    // Free now, even when an older block still lives; the block being filled stays.
    if (--c.live == 0 && &c != &m_chunks.back()) {
        m_blockBytes -= c.text.capacity();
        c.text = QByteArray();
    }
}

qsizetype LogStore::trim()
{
    qsizetype dropped = 0;
    while (size() > m_capacity) {
        release(m_records.front());
        m_records.pop_front();
        ++dropped;
    }
    while (m_chunks.size() > 1 && m_chunks.front().live == 0) {
        m_blockBytes -= m_chunks.front().text.capacity(); // 0 when freed already
        m_chunks.pop_front();
        ++m_firstChunk;
    }
    m_dropped += dropped;
    m_removedFront += dropped;
    return dropped;
}

void LogStore::clear()
{
    m_removedFront += size();
    m_records.clear();
    m_chunks.clear();
    m_firstChunk = 0;
    m_dropped = 0;
    m_textBytes = 0;
    m_blockBytes = 0;
}

LogStore::Row LogStore::rowOf(const Record& r, const QByteArray& block)
{
    return {r.timestampNs, r.source, r.stream, r.level,
            QByteArrayView(block.constData() + r.offset, r.length)};
}

LogStore::Row LogStore::at(qsizetype i) const
{
    const Record& r = m_records[i];
    return rowOf(r, m_chunks[r.chunk - m_firstChunk].text);
}

LogStore::Snapshot LogStore::snapshot() const
{
    Snapshot s;
    s.m_records = m_records;
    s.m_chunks.reserve(m_chunks.size());
    for (const Chunk& c : m_chunks)
        s.m_chunks.push_back(c.text);
    s.m_firstChunk = m_firstChunk;
    s.m_sources = m_sources;
    return s;
}

LogStore::Row LogStore::Snapshot::at(qsizetype i) const
{
    const Record& r = m_records[i];
    return rowOf(r, m_chunks[r.chunk - m_firstChunk]);
}

LogEntry LogStore::entry(qsizetype i) const
{
    const Row r = at(i);
    return {m_sources.value(r.source), r.stream, r.timestampNs, r.level, r.text.toByteArray()};
}

} // namespace artgen::core
