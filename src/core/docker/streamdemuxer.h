#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace artgen::core {

// Splits Docker's multiplexed attach/logs/exec stream into stdout and stderr. Each frame is an
// 8-byte header [stream, 0, 0, 0, size (big-endian u32)] followed by `size` payload bytes; a
// container with a TTY sends the raw stream instead (all stdout). Pure and incremental: bytes
// in at any split, chunks out as they arrive — a huge frame is never buffered whole.
class StreamDemuxer
{
public:
    enum class Stream { Stdin = 0, Stdout = 1, Stderr = 2, SystemError = 3 };

    struct Chunk
    {
        Stream stream;
        QByteArray data;
        bool operator==(const Chunk&) const = default;
    };

    explicit StreamDemuxer(bool tty = false) : m_tty(tty) {}

    // Appends the decoded chunks to `out`. Returns false (and stays failed) on a malformed
    // header: a stream that is not multiplexed, or garbage.
    bool feed(QByteArrayView data, QList<Chunk>* out);

    bool hasFailed() const { return m_failed; }
    QString errorString() const { return m_error; }
    // True between frames: the stream may end here without losing data.
    bool atFrameBoundary() const { return m_remaining == 0 && m_header.isEmpty(); }

private:
    bool m_tty;
    bool m_failed = false;
    QString m_error;
    QByteArray m_header; // partial header bytes
    Stream m_stream = Stream::Stdout;
    quint32 m_remaining = 0;
};

} // namespace artgen::core
