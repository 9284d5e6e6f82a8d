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
    QByteArray reasonPhrase() const { return m_reason; }
    QByteArray header(QByteArrayView name) const; // first value, case-insensitive name
    const QList<QPair<QByteArray, QByteArray>>& headers() const { return m_headers; }
    qint64 contentLength() const { return m_contentLength; } // -1 when not given
    bool isChunked() const { return m_chunked; }

    QByteArray takeBody();
    qsizetype bodyBytesAvailable() const { return m_body.size(); }
    // Bytes after the end of the message (or after a 101): the upgraded stream's first bytes.
    QByteArray takeRemainder();

private:
    bool parseStatusLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    void headersDone();
    bool takeLine(QByteArrayView* line);
    void setFailed(const QString& why);
    void step();
    // Unconsumed input is m_buffer from m_pos on. Consuming moves the offset instead of
    // removing bytes from the front: a log stream sends one tiny chunk per line, and a
    // QByteArray::remove per chunk made a 100 MB body quadratic.
    QByteArrayView pending() const { return QByteArrayView(m_buffer).sliced(m_pos); }
    void consume(qsizetype n) { m_pos += n; }

    bool m_head;
    State m_state = State::StatusLine;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_headerBytes = 0;
    int m_status = 0;
    QByteArray m_reason;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    qint64 m_contentLength = -1;
    qint64 m_remaining = 0; // of the current body or chunk
    bool m_chunked = false;
    bool m_closeDelimited = false;
    QByteArray m_body;
    QString m_error;
};

} // namespace artgen::core
