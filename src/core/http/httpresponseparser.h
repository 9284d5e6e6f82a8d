#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace artgen::core {

// Incremental HTTP/1.1 response decoder: status line, headers, Content-Length, chunked and
// close-delimited bodies, and 101 Switching Protocols (Docker's exec/attach upgrade). Pure: no
// I/O, bytes in, state out, so it is tested on streams split at every position and fuzzed.
// Body bytes are handed out as they are decoded (takeBody), so streams never accumulate.
// A load test parses tens of thousands of responses a second on one connection each: reset()
// keeps the buffers' memory, headers live in one block, and a body can be discarded as it is
// counted, so a response costs no allocation once the first one has sized the buffers.
class HttpResponseParser
{
public:
    enum class State {
        StatusLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Complete,
        Upgraded,
        Failed
    };

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

    explicit HttpResponseParser(bool responseToHead = false);

    // Ready for the next response on the connection (bytes not yet parsed are dropped), keeping
    // the memory of the buffers.
    void reset(bool responseToHead = false);
    // Body bytes are counted (bodyBytesDiscarded) instead of kept for takeBody().
    void setDiscardBody(bool discard) { m_discardBody = discard; }

    void feed(QByteArrayView data);
    // The peer closed the connection: completes a close-delimited body, fails anything else
    // that is not complete.
    void finish();

    State state() const { return m_state; }
    bool headersComplete() const;
    bool isComplete() const { return m_state == State::Complete; }
    bool isUpgraded() const { return m_state == State::Upgraded; }
    bool hasFailed() const { return m_state == State::Failed; }
    QString errorString() const { return m_error; }

    int statusCode() const { return m_status; }
    QByteArray reasonPhrase() const { return view(m_reason).toByteArray(); }
    QByteArray header(QByteArrayView name) const { return headerView(name).toByteArray(); }
    // First value, case-insensitive name; valid until the next feed() or reset().
    QByteArrayView headerView(QByteArrayView name) const;
    QList<QPair<QByteArray, QByteArray>> headers() const;
    qint64 contentLength() const { return m_contentLength; } // -1 when not given
    bool isChunked() const { return m_chunked; }

    QByteArray takeBody();
    qsizetype bodyBytesAvailable() const { return m_body.size(); }
    qint64 bodyBytesDiscarded() const { return m_discarded; }
    // Bytes after the end of the message (or after a 101): the upgraded stream's first bytes.
    QByteArray takeRemainder();

private:
    bool parseStatusLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    void headersDone();
    bool takeLine(QByteArrayView* line);
    void setFailed(const QString& why);
    void step();
    void keepBody(QByteArrayView bytes);
    // Unconsumed input is m_input from m_pos on: the bytes fed, parsed in place, or m_buffer
    // when a partial line or chunk was left over from the previous feed. Consuming moves the
    // offset instead of removing bytes from the front: a log stream sends one tiny chunk per
    // line, and a QByteArray::remove per chunk made a 100 MB body quadratic.
    QByteArrayView pending() const { return m_input.sliced(m_pos); }
    void consume(qsizetype n) { m_pos += n; }

    // A piece of m_fields' text: [at, at + size).
    struct Span
    {
        qsizetype at = 0;
        qsizetype size = 0;
    };
    Span keep(QByteArrayView text);
    QByteArrayView view(Span span) const
    {
        return QByteArrayView(m_text).sliced(span.at, span.size);
    }

    bool m_head;
    bool m_discardBody = false;
    State m_state = State::StatusLine;
    QByteArray m_buffer;
    QByteArrayView m_input;
    qsizetype m_pos = 0;
    qsizetype m_headerBytes = 0;
    int m_status = 0;
    QByteArray m_text; // the reason phrase and the header names and values, one after another
    Span m_reason;
    QList<QPair<Span, Span>> m_headers;
    qint64 m_contentLength = -1;
    qint64 m_remaining = 0; // of the current body or chunk
    bool m_chunked = false;
    bool m_closeDelimited = false;
    QByteArray m_body;
    qint64 m_discarded = 0;
    QString m_error;
};

} // namespace artgen::core
