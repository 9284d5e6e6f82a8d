#pragma once

#include "logentry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <functional>

namespace artgen::core {

// Turns the body of GET /containers/{id}/logs?timestamps=1 into lines: the 8-byte frame
// multiplexing (or a TTY container's raw stream), Docker's timestamp in front of every message,
// messages Docker split at 16 KiB (each part has its own timestamp: only the first one counts),
// and lines longer than LogSanitizer::kMaxLineBytes (the rest is counted, not buffered). Pure
// and incremental: bytes in at any split, and a line that fits in one frame is handed out as a
// view without a copy.
class LogStreamDecoder
{
public:
    struct Line
    {
        LogStream stream;
        qint64 timestampNs;
        QByteArrayView text; // without the timestamp and the line end
        qsizetype cutBytes;  // bytes left out because the line was too long
    };
    using Sink = std::function<void(const Line&)>;

    explicit LogStreamDecoder(bool tty = false) : m_tty(tty) {}

    // Returns false (and stays failed) when the stream is not what Docker sends.
    bool feed(QByteArrayView data, const Sink& sink);
    // The stream ended: partial lines are dropped (a resume fetches them again, whole).
    void reset();
    bool hasFailed() const { return m_failed; }
    QString errorString() const { return m_error; }

private:
    struct Partial
    {
        QByteArray text;
        qint64 timestampNs = 0;
        qsizetype cutBytes = 0;
        bool open = false;
    };
    void onMessage(LogStream stream, QByteArrayView payload, const Sink& sink);
    void onTtyData(QByteArrayView data, const Sink& sink);
    void appendPartial(Partial& p, QByteArrayView text);

    bool m_tty;
    bool m_failed = false;
    QString m_error;
    QByteArray m_header;
    QByteArray m_frame; // a frame split across feeds
    quint32 m_frameSize = 0;
    LogStream m_frameStream = LogStream::Stdout;
    bool m_inFrame = false;
    Partial m_partial[2];
};

} // namespace artgen::core
