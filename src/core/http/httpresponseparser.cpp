#include "httpresponseparser.h"

#include <limits>

namespace artgen::core {

namespace {
constexpr qsizetype kMaxLine = 16 * 1024;
}

HttpResponseParser::HttpResponseParser(bool responseToHead) : m_head(responseToHead) {}

void HttpResponseParser::reset(bool responseToHead)
{
    m_head = responseToHead;
    m_state = State::StatusLine;
    m_buffer.resize(0); // keeps its memory, unlike clear()
    m_input = {};
    m_pos = 0;
    m_headerBytes = 0;
    m_status = 0;
    m_text.resize(0);
    m_reason = {};
    m_headers.clear(); // keeps its capacity
    m_contentLength = -1;
    m_remaining = 0;
    m_chunked = false;
    m_closeDelimited = false;
    m_body.resize(0);
    m_discarded = 0;
    m_error.clear();
}

HttpResponseParser::Span HttpResponseParser::keep(QByteArrayView text)
{
    const Span span{m_text.size(), text.size()};
    m_text.append(text);
    return span;
}

bool HttpResponseParser::headersComplete() const
{
    return m_state != State::StatusLine && m_state != State::Headers && m_state != State::Failed;
}

QByteArrayView HttpResponseParser::headerView(QByteArrayView name) const
{
    for (const auto& [key, value] : m_headers)
        if (key.size == name.size() && view(key).compare(name, Qt::CaseInsensitive) == 0)
            return view(value);
    return {};
}

QList<QPair<QByteArray, QByteArray>> HttpResponseParser::headers() const
{
    QList<QPair<QByteArray, QByteArray>> out;
    out.reserve(m_headers.size());
    for (const auto& [key, value] : m_headers)
        out.append({view(key).toByteArray(), view(value).toByteArray()});
    return out;
}

QByteArray HttpResponseParser::takeBody()
{
    return std::exchange(m_body, {});
}

QByteArray HttpResponseParser::takeRemainder()
{
    if (m_state != State::Complete && m_state != State::Upgraded)
        return {};
    QByteArray rest = pending().toByteArray();
    m_buffer.clear();
    m_input = {};
    m_pos = 0;
    return rest;
}

void HttpResponseParser::setFailed(const QString& why)
{
    m_state = State::Failed;
    m_error = why;
    m_buffer.clear();
    m_input = {};
    m_pos = 0;
}

void HttpResponseParser::feed(QByteArrayView data)
{
    if (m_state == State::Failed)
        return;
    // Parsed in place when nothing is left over (a whole response in one read, the common
    // case); otherwise after the leftover in m_buffer. Compacted once per feed: only the
    // unconsumed tail (a partial line or chunk) moves.
    const bool inPlace =
        m_pos >= m_input.size() && m_state != State::Complete && m_state != State::Upgraded;
    if (inPlace) {
        m_input = data;
    } else {
        m_buffer.remove(0, m_pos);
        m_buffer.append(data);
        m_input = m_buffer;
    }
    m_pos = 0;
    if (m_state != State::Complete && m_state != State::Upgraded)
        step();
    if (m_state == State::Failed)
        return;
    if (inPlace) {
        m_buffer.resize(0);
        m_buffer.append(pending()); // the fed bytes are the caller's: keep the tail
    } else {
        m_buffer.remove(0, m_pos);
    }
    m_input = m_buffer;
    m_pos = 0;
}

void HttpResponseParser::finish()
{
    if (m_state == State::Body && m_closeDelimited) {
        m_state = State::Complete;
        return;
    }
    if (m_state != State::Complete && m_state != State::Upgraded && m_state != State::Failed)
        setFailed(QStringLiteral("connection closed before the response was complete"));
}

void HttpResponseParser::keepBody(QByteArrayView bytes)
{
    if (m_discardBody)
        m_discarded += bytes.size();
    else
        m_body.append(bytes);
}

bool HttpResponseParser::takeLine(QByteArrayView* line)
{
    const QByteArrayView rest = pending();
    const qsizetype nl = rest.indexOf('\n');
    if (nl < 0) {
        if (rest.size() > kMaxLine)
            setFailed(QStringLiteral("line too long"));
        return false;
    }
    qsizetype end = nl;
    if (end > 0 && rest[end - 1] == '\r')
        --end;
    *line = rest.first(end); // valid until the next feed()
    consume(nl + 1);
    return true;
}

bool HttpResponseParser::parseStatusLine(QByteArrayView line)
{
    // HTTP/1.x SP 3DIGIT [SP reason]
    if (!line.startsWith("HTTP/1.") || line.size() < 12 || line[8] != ' ')
        return false;
    bool ok = false;
    const int code = line.sliced(9, 3).toInt(&ok);
    if (!ok || code < 100 || code > 999 || (line.size() > 12 && line[12] != ' '))
        return false;
    m_status = code;
    m_reason = keep(line.size() > 13 ? line.sliced(13) : QByteArrayView());
    return true;
}

bool HttpResponseParser::parseHeaderLine(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    const QByteArrayView name = line.first(colon).trimmed();
    if (name.isEmpty() || name.contains(' '))
        return false;
    const Span key = keep(name);
    m_headers.append({key, keep(line.sliced(colon + 1).trimmed())});
    return true;
}

void HttpResponseParser::headersDone()
{
    if (m_status >= 100 && m_status < 200 && m_status != 101) {
        // Interim response (100 Continue): the real one follows.
        m_headers.clear();
        m_text.resize(0);
        m_state = State::StatusLine;
        return;
    }
    if (m_status == 101) {
        m_state = State::Upgraded;
        return;
    }
    const QByteArrayView te = headerView("transfer-encoding");
    m_chunked = !te.isEmpty() && te.toByteArray().toLower().contains("chunked");
    const QByteArrayView cl = headerView("content-length");
    if (!cl.isEmpty() && !m_chunked) {
        bool ok = false;
        m_contentLength = cl.toLongLong(&ok);
        if (!ok || m_contentLength < 0) {
            setFailed(QStringLiteral("invalid Content-Length"));
            return;
        }
    }
    if (m_head || m_status == 204 || m_status == 304) {
        m_state = State::Complete;
    } else if (m_chunked) {
        m_state = State::ChunkSize;
    } else if (m_contentLength >= 0) {
        m_remaining = m_contentLength;
        m_state = m_remaining == 0 ? State::Complete : State::Body;
    } else {
        m_closeDelimited = true;
        m_state = State::Body;
    }
}

void HttpResponseParser::step()
{
    QByteArrayView line;
    for (;;) {
        switch (m_state) {
        case State::StatusLine:
        case State::Headers:
        case State::Trailers: {
            const qsizetype before = m_pos;
            if (!takeLine(&line))
                return;
            m_headerBytes += m_pos - before;
            if (m_headerBytes > kMaxHeaderBytes) {
                setFailed(QStringLiteral("response headers too large"));
                return;
            }
            if (m_state == State::StatusLine) {
                if (!parseStatusLine(line)) {
                    setFailed(QStringLiteral("malformed status line"));
                    return;
                }
                m_state = State::Headers;
            } else if (line.isEmpty()) {
                if (m_state == State::Trailers)
                    m_state = State::Complete;
                else
                    headersDone();
            } else if (m_state == State::Headers && !parseHeaderLine(line)) {
                setFailed(QStringLiteral("malformed header line"));
                return;
            }
            break;
        }
        case State::Body: {
            const QByteArrayView rest = pending();
            if (rest.isEmpty())
                return;
            if (m_closeDelimited) {
                keepBody(rest);
                consume(rest.size());
                return;
            }
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, rest.size()));
            keepBody(rest.first(n));
            consume(n);
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = State::Complete;
            break;
        }
        case State::ChunkSize: {
            if (!takeLine(&line))
                return;
            const qsizetype semi = line.indexOf(';'); // chunk extensions are ignored
            const QByteArrayView hex = (semi >= 0 ? line.first(semi) : line).trimmed();
            bool ok = false;
            const qint64 size = hex.toLongLong(&ok, 16);
            if (!ok || size < 0 || hex.size() > 15) {
                setFailed(QStringLiteral("malformed chunk size"));
                return;
            }
            m_remaining = size;
            m_state = size == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const QByteArrayView rest = pending();
            if (rest.isEmpty())
                return;
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, rest.size()));
            keepBody(rest.first(n));
            consume(n);
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd: {
            // Fail as soon as the bytes after a chunk cannot be its CRLF, without waiting for
            // a newline that may never come.
            const QByteArrayView rest = pending();
            if (!rest.isEmpty() && rest[0] != '\r' && rest[0] != '\n') {
                setFailed(QStringLiteral("chunk not followed by CRLF"));
                return;
            }
            if (rest.size() >= 2 && rest[0] == '\r' && rest[1] != '\n') {
                setFailed(QStringLiteral("chunk not followed by CRLF"));
                return;
            }
            if (!takeLine(&line))
                return;
            if (!line.isEmpty()) {
                setFailed(QStringLiteral("chunk not followed by CRLF"));
                return;
            }
            m_state = State::ChunkSize;
            break;
        }
        case State::Complete:
        case State::Upgraded:
        case State::Failed:
            return;
        }
        if (m_state == State::Failed)
            return;
    }
}

} // namespace artgen::core
