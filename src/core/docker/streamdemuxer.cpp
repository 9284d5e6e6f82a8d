#include "streamdemuxer.h"

namespace artgen::core {

namespace {
constexpr qsizetype kHeaderSize = 8;
}

bool StreamDemuxer::feed(QByteArrayView data, QList<Chunk>* out)
{
    if (m_failed)
        return false;
    if (m_tty) {
        if (!data.isEmpty())
            out->append({Stream::Stdout, data.toByteArray()});
        return true;
    }
    while (!data.isEmpty()) {
        if (m_remaining > 0) {
            const qsizetype n = qMin<qsizetype>(data.size(), qsizetype(m_remaining));
            out->append({m_stream, data.first(n).toByteArray()});
            m_remaining -= quint32(n);
            data = data.sliced(n);
            continue;
        }
        const qsizetype need = kHeaderSize - m_header.size();
        const qsizetype take = qMin(need, data.size());
        m_header.append(data.first(take));
        data = data.sliced(take);
        if (m_header.size() < kHeaderSize)
            break;
        const auto* h = reinterpret_cast<const uchar*>(m_header.constData());
        if (h[0] > 3 || h[1] != 0 || h[2] != 0 || h[3] != 0) {
            m_failed = true;
            m_error = QStringLiteral("not a multiplexed Docker stream (bad frame header)");
            return false;
        }
        m_stream = Stream(h[0]);
        m_remaining =
            (quint32(h[4]) << 24) | (quint32(h[5]) << 16) | (quint32(h[6]) << 8) | quint32(h[7]);
        m_header.clear();
    }
    return true;
}

} // namespace artgen::core
