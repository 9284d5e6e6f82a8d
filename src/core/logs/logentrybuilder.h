#pragma once

#include "logentry.h"

#include <QList>
#include <limits>
#include <optional>

namespace artgen::core {

// Turns one container's decoded lines into entries: drops lines already seen (a resumed follow
// asks Docker for an overlap, and Docker's `since` is coarse), sanitises, detects the level and
// groups a Python traceback into one entry. Lives as long as the follow of its container, across
// reconnects, so it remembers what was seen.
class LogEntryBuilder
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::LogEntryBuilder)

public:
    static constexpr int kMaxGroupLines = 400;

    explicit LogEntryBuilder(quint16 source = 0) : m_source(source) {}

    // Lines older than this are not wanted (--since).
    void setNotBefore(qint64 ns) { m_notBefore = ns; }
    // Lines newer than this are not wanted (--until; 0: open).
    void setNotAfter(qint64 ns) { m_notAfter = ns > 0 ? ns : std::numeric_limits<qint64>::max(); }
    // A new connection starts sending (from an overlap): lines are matched against the stored.
    void beginResume();
    // Another container's log begins under the same source: none of it was seen, even lines
    // older than the newest seen (a job that ran while the old container still printed).
    void startNewLog();
    // Adds the line to `batch` unless it was seen before; returns false when dropped.
    bool addLine(LogStream stream, qint64 timestampNs, QByteArrayView text, qsizetype cutBytes,
                 LogBatch* batch);
    // Ends pending tracebacks: all of them (`force`, the stream ended) or those complete but for
    // the look-ahead that never came.
    void flush(LogBatch* batch, bool force);
    void addNote(qint64 timestampNs, const QString& text, LogBatch* batch);

    // The newest timestamp seen on any stream (0: nothing yet): where a resume starts.
    qint64 lastSeen() const;
    qint64 duplicatesDropped() const { return m_duplicates; }

private:
    struct Watermark
    {
        qint64 timestampNs = 0;
        QList<size_t> hashes;  // of the lines stored with exactly that timestamp
        QList<size_t> matched; // of those, the ones the current connection sent again
    };
    struct Group
    {
        qint64 timestampNs = 0;
        QByteArray text;
        int lines = 0;
        bool sawException = false; // the "ValueError: …" line closing a traceback
    };
    bool seenBefore(int s, qint64 timestampNs, QByteArrayView text);
    void emitLine(LogStream stream, qint64 timestampNs, QByteArrayView text, LogBatch* batch);
    void endGroup(int s, LogBatch* batch);

    quint16 m_source;
    qint64 m_notBefore = 0;
    qint64 m_notAfter = std::numeric_limits<qint64>::max();
    qint64 m_duplicates = 0;
    Watermark m_seen[2];
    std::optional<Group> m_group[2];
    QByteArray m_scratch;
};

} // namespace artgen::core
