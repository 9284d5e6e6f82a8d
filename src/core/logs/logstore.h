#pragma once

#include "logentry.h"
#include "util/segmentedarray.h"

#include <QHash>
#include <deque>
#include <vector>

namespace artgen::core {

// The log lines the panel holds, shared in form by the Logs page and `artgenctl logs`: ordered
// by Docker timestamp (a merged timeline of every container), bounded by a line cap that drops
// the oldest first and counts what it dropped. Lean: per line a 24-byte record, the text copied
// into fixed-size UTF-8 blocks, freed as soon as none of their lines is left. (Keeping each
// batch's own buffer instead saved a copy but left the heap fragmented by buffers of every size:
// RSS per stored line varied from 1.85 to 2.2 times the text.) Not thread-safe: it lives on the
// thread that shows or prints it; the followers hand over batches. A snapshot() of it is, and
// costs no copy of the lines: records and text blocks are shared until the store writes to them.
class LogStore
{
    struct Record
    {
        qint64 timestampNs;
        quint32 chunk;
        quint32 offset;
        quint32 length;
        quint16 source;
        LogStream stream;
        LogLevel level;
    };
    static_assert(sizeof(Record) == 24);
    using Records = SegmentedArray<Record>;

public:
    static constexpr qsizetype kDefaultCapacity = 200000;
    static constexpr qsizetype kUnlimited = std::numeric_limits<qsizetype>::max();

    struct Row
    {
        qint64 timestampNs = 0;
        quint16 source = 0; // index into sources()
        LogStream stream = LogStream::Stdout;
        LogLevel level = LogLevel::Unknown;
        QByteArrayView text;
    };

    // What append() changed, for views that mirror the store: `dropped` rows left the front,
    // and from `firstChanged` (a position after the drop) on the rows are new or moved.
    struct Change
    {
        qsizetype dropped = 0;
        qsizetype firstChanged = 0;
        qsizetype added = 0;
        // After lines older than the newest stored were merged in: for every position from
        // firstChanged to the end, whether it holds a new line (true) or a stored line that
        // moved down (false), in order. With it a view moves its rows instead of re-reading
        // them, so selections and the place being read survive. Empty after a plain append, and
        // when the cap dropped part of the merged range (then everything from firstChanged on is
        // to be read again).
        std::vector<bool> merged;
    };

    // The lines stored at one moment, unchanged by what the store does later; read it on any
    // thread (one at a time).
    class Snapshot
    {
    public:
        qsizetype size() const { return m_records.size(); }
        Row at(qsizetype i) const;
        const QStringList& sources() const { return m_sources; }

    private:
        friend class LogStore;
        Records m_records;
        std::vector<QByteArray> m_chunks;
        quint32 m_firstChunk = 0;
        QStringList m_sources;
    };

    explicit LogStore(qsizetype capacity = kDefaultCapacity);

    qsizetype capacity() const { return m_capacity; }
    // Shrinking drops the oldest lines at once.
    void setCapacity(qsizetype capacity);

    Change append(const LogBatch& batch);
    void clear();

    qsizetype size() const { return qsizetype(m_records.size()); }
    bool isEmpty() const { return m_records.empty(); }
    Row at(qsizetype i) const;
    LogEntry entry(qsizetype i) const;
    // Cheap: shares the records and text blocks (no line is copied).
    Snapshot snapshot() const;
    // Lines dropped for the cap since the store was made or cleared.
    qint64 droppedCount() const { return m_dropped; }
    // Rows that ever left the front: position + removedFront() is a stable id for a row.
    qint64 removedFront() const { return m_removedFront; }
    const QStringList& sources() const { return m_sources; }
    int sourceIndex(const QString& name) const { return m_sourceIndex.value(name, -1); }
    // Bytes of text of the stored lines, and bytes the text blocks hold (at most a block or two
    // more while lines are dropped from the front).
    qint64 textBytes() const { return m_textBytes; }
    qint64 blockBytes() const { return m_blockBytes; }
    static constexpr qsizetype kBlockBytes = 256 * 1024;

private:
    struct Chunk
    {
        QByteArray text;
        qsizetype live = 0;
    };
    static Row rowOf(const Record& record, const QByteArray& block);
    quint16 mapSource(const QString& name);
    // Copies `text` into the current block (a new one when it does not fit): {chunk, offset}.
    std::pair<quint32, quint32> place(QByteArrayView text);
    // The first position whose line is newer than `timestampNs`.
    qsizetype firstAfter(qint64 timestampNs) const;
    // Merges time-sorted `fresh` into the records from position `from` on; see Change::merged.
    std::vector<bool> mergeTail(qsizetype from, const std::vector<Record>& fresh);
    qsizetype trim();
    void release(const Record& r);

    qsizetype m_capacity;
    Records m_records;
    std::deque<Chunk> m_chunks;
    quint32 m_firstChunk = 0;
    qint64 m_dropped = 0;
    qint64 m_removedFront = 0;
    qint64 m_textBytes = 0;
    qint64 m_blockBytes = 0;
    QStringList m_sources;
    QHash<QString, quint16> m_sourceIndex;
};

} // namespace artgen::core
