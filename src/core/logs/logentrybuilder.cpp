#include "logentrybuilder.h"

#include "logleveldetector.h"
#include "logsanitizer.h"

#include <QHashFunctions>

namespace artgen::core {

namespace {
int index(LogStream stream)
{
    return stream == LogStream::Stderr ? 1 : 0;
}
LogStream streamOf(int s)
{
    return s == 1 ? LogStream::Stderr : LogStream::Stdout;
}
bool continuesTraceback(QByteArrayView line)
{
    return line.isEmpty() || line.startsWith(' ') || line.startsWith('\t') ||
           line.startsWith("During handling of the above exception") ||
           line.startsWith("The above exception was the direct cause") ||
           LogLevelDetector::isTracebackStart(line);
}
} // namespace

bool LogEntryBuilder::seenBefore(int s, qint64 ts, QByteArrayView text)
{
    // Docker sends each stream of a container in time order, so after a resume everything
    // older than the newest line seen was stored already; lines sharing that newest timestamp
    // are told apart by content.
    Watermark& w = m_seen[s];
    if (ts < w.timestampNs)
        return true;
    const size_t h = qHash(text);
    if (ts == w.timestampNs) {
        // The same text twice at one instant is two lines: a duplicate only while this
        // connection has matched fewer copies than were stored.
        if (w.hashes.count(h) > w.matched.count(h)) {
            w.matched << h;
            return true;
        }
        w.hashes << h;
        w.matched << h;
        return false;
    }
    w.timestampNs = ts;
    w.hashes = {h};
    w.matched = {h};
    return false;
}

void LogEntryBuilder::beginResume()
{
    for (Watermark& w : m_seen)
        w.matched.clear();
}

void LogEntryBuilder::startNewLog()
{
    for (Watermark& w : m_seen)
        w = Watermark();
}

bool LogEntryBuilder::addLine(LogStream stream, qint64 ts, QByteArrayView text, qsizetype cutBytes,
                              LogBatch* batch)
{
    const int s = index(stream);
    if (ts < m_notBefore || ts > m_notAfter || seenBefore(s, ts, text)) {
        ++m_duplicates;
        return false;
    }
    const QByteArrayView clean = LogSanitizer::clean(text, cutBytes, &m_scratch);
    std::optional<Group>& g = m_group[s];
    if (g) {
        const bool more = !g->sawException || continuesTraceback(clean);
        if (more && g->lines < kMaxGroupLines) {
            if (g->sawException && LogLevelDetector::isTracebackStart(clean))
                g->sawException = false; // a chained exception's own traceback
            else if (!clean.isEmpty() && !clean.startsWith(' ') && !clean.startsWith('\t') &&
                     !continuesTraceback(clean))
                g->sawException = true;
            g->text.append('\n');
            g->text.append(clean);
            ++g->lines;
            return true;
        }
        endGroup(s, batch);
    }
    if (LogLevelDetector::isTracebackStart(clean)) {
        g = Group{ts, clean.toByteArray(), 1, false};
        return true;
    }
    emitLine(stream, ts, clean, batch);
    return true;
}

void LogEntryBuilder::emitLine(LogStream stream, qint64 ts, QByteArrayView text, LogBatch* batch)
{
    batch->add(m_source, stream, ts, LogLevelDetector::detect(text), text);
}

void LogEntryBuilder::endGroup(int s, LogBatch* batch)
{
    std::optional<Group>& g = m_group[s];
    if (!g)
        return;
    // Trailing blank lines belong to what follows, not to the traceback.
    while (g->text.endsWith('\n'))
        g->text.chop(1);
    batch->add(m_source, streamOf(s), g->timestampNs, LogLevel::Error, g->text);
    g.reset();
}

void LogEntryBuilder::flush(LogBatch* batch, bool force)
{
    for (int s = 0; s < 2; ++s)
        if (m_group[s] && (force || m_group[s]->sawException))
            endGroup(s, batch);
}

void LogEntryBuilder::addNote(qint64 ts, const QString& text, LogBatch* batch)
{
    batch->add(m_source, LogStream::Note, ts, LogLevel::Warning, text.toUtf8());
}

qint64 LogEntryBuilder::lastSeen() const
{
    return qMax(m_seen[0].timestampNs, m_seen[1].timestampNs);
}

} // namespace artgen::core
