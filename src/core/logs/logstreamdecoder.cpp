#include "logstreamdecoder.h"

#include "logsanitizer.h"
#include "logtimestamp.h"

namespace artgen::core {

namespace {
constexpr qsizetype kHeaderSize = 8;

// "TIMESTAMP " at the start of a message: its length with the space, 0 if none.
qsizetype timestampPrefix(QByteArrayView text, qint64* ns)
{
    const qsizetype n = LogTimestamp::parse(text, ns);
    return n > 0 && n < text.size() && text[n] == ' ' ? n + 1 : 0;
}

QByteArrayView chopCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}
} // namespace

void LogStreamDecoder::reset()
{
    m_header.clear();
    m_frame.clear();
    m_inFrame = false;
    m_frameSize = 0;
    for (Partial& p : m_partial)
        p = Partial();
}

void LogStreamDecoder::appendPartial(Partial& p, QByteArrayView text)
{
    const qsizetype room = LogSanitizer::kMaxLineBytes + 16 - p.text.size();
    if (text.size() > room) {
        p.cutBytes += text.size() - qMax<qsizetype>(room, 0);
        text = text.first(qMax<qsizetype>(room, 0));
    }
    p.text.append(text);
}

void LogStreamDecoder::onMessage(LogStream stream, QByteArrayView payload, const Sink& sink)
{
    Partial& p = m_partial[stream == LogStream::Stderr ? 1 : 0];
    qint64 ts = 0;
    const qsizetype prefix = timestampPrefix(payload, &ts);
    if (!p.open)
        p.timestampNs = ts;
    // A continuation of a split message repeats a timestamp: only the first one counts.
    payload = payload.sliced(prefix);
    while (!payload.isEmpty()) {
        const qsizetype nl = payload.indexOf('\n');
        if (nl < 0) {
            appendPartial(p, payload);
            p.open = true;
            return;
        }
        const QByteArrayView piece = payload.first(nl);
        if (!p.open) {
            sink({stream, p.timestampNs, chopCr(piece), 0});
        } else {
            appendPartial(p, piece);
            sink({stream, p.timestampNs, chopCr(p.text), p.cutBytes});
            const qint64 keep = p.timestampNs;
            p = Partial();
            p.timestampNs = keep;
        }
        payload = payload.sliced(nl + 1);
    }
}

void LogStreamDecoder::onTtyData(QByteArrayView data, const Sink& sink)
{
    // A TTY has no frames: messages are "TIMESTAMP text\r\n" back to back.
    Partial& p = m_partial[0];
    while (!data.isEmpty()) {
        const qsizetype nl = data.indexOf('\n');
        if (nl < 0) {
            appendPartial(p, data);
            p.open = true;
            return;
        }
        QByteArrayView line = data.first(nl);
        if (p.open) {
            appendPartial(p, line);
            line = p.text;
        }
        qint64 ts = 0;
        const qsizetype prefix = timestampPrefix(line, &ts);
        sink({LogStream::Stdout, ts, chopCr(line.sliced(prefix)), p.cutBytes});
        p = Partial();
        data = data.sliced(nl + 1);
    }
}

bool LogStreamDecoder::feed(QByteArrayView data, const Sink& sink)
{
    if (m_failed)
        return false;
    if (m_tty) {
        onTtyData(data, sink);
        return true;
    }
    while (!data.isEmpty()) {
        if (m_inFrame) { // finishing a frame that was split across feeds
            const qsizetype need = qsizetype(m_frameSize) - m_frame.size();
            const qsizetype take = qMin(need, data.size());
            m_frame.append(data.first(take));
            data = data.sliced(take);
            if (m_frame.size() < qsizetype(m_frameSize))
                return true;
            m_inFrame = false;
            onMessage(m_frameStream, m_frame, sink);
            m_frame.clear();
            continue;
        }
        const qsizetype take = qMin(kHeaderSize - m_header.size(), data.size());
        QByteArrayView header;
        if (m_header.isEmpty() && data.size() >= kHeaderSize) {
            header = data.first(kHeaderSize); // the usual case: no copy
            data = data.sliced(kHeaderSize);
        } else {
            m_header.append(data.first(take));
            data = data.sliced(take);
            if (m_header.size() < kHeaderSize)
                return true;
            header = m_header;
        }
        const auto* h = reinterpret_cast<const uchar*>(header.data());
        if (h[0] > 2 || h[1] != 0 || h[2] != 0 || h[3] != 0) {
            m_failed = true;
            m_error = QStringLiteral("not a multiplexed Docker log stream (bad frame header)");
            return false;
        }
        m_frameStream = h[0] == 2 ? LogStream::Stderr : LogStream::Stdout;
        m_frameSize =
            (quint32(h[4]) << 24) | (quint32(h[5]) << 16) | (quint32(h[6]) << 8) | quint32(h[7]);
        m_header.clear();
        if (data.size() >= qsizetype(m_frameSize)) {
            onMessage(m_frameStream, data.first(m_frameSize), sink);
            data = data.sliced(m_frameSize);
        } else {
            m_inFrame = true;
            m_frame.reserve(qMin<qsizetype>(m_frameSize, 1 << 20));
        }
    }
    return true;
}

} // namespace artgen::core
