#include "docker/streamdemuxer.h"

#include <QTest>

using namespace artgen::core;
using Stream = StreamDemuxer::Stream;

namespace {
QByteArray frame(Stream s, const QByteArray& payload)
{
    QByteArray h(8, '\0');
    h[0] = char(s);
    const quint32 n = quint32(payload.size());
    h[4] = char(n >> 24);
    h[5] = char(n >> 16);
    h[6] = char(n >> 8);
    h[7] = char(n);
    return h + payload;
}

// Concatenates consecutive chunks of the same stream, so results compare independent of how
// the input was split.
QList<StreamDemuxer::Chunk> merged(const QList<StreamDemuxer::Chunk>& in)
{
    QList<StreamDemuxer::Chunk> out;
    for (const auto& c : in) {
        if (!out.isEmpty() && out.last().stream == c.stream)
            out.last().data += c.data;
        else
            out << c;
    }
    return out;
}
} // namespace

class TestStreamDemuxer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsAtEveryPosition()
    {
        const QByteArray wire = frame(Stream::Stdout, "hello\n") + frame(Stream::Stderr, "oops\n") +
                                frame(Stream::Stdout, QByteArray()) +
                                frame(Stream::Stdout, QByteArray(300, 'x'));
        const QList<StreamDemuxer::Chunk> expected = {{Stream::Stdout, "hello\n"},
                                                      {Stream::Stderr, "oops\n"},
                                                      {Stream::Stdout, QByteArray(300, 'x')}};
        for (qsizetype a = 0; a <= wire.size(); ++a) {
            for (qsizetype b = a; b <= wire.size(); b += 7) {
                StreamDemuxer d;
                QList<StreamDemuxer::Chunk> out;
                QVERIFY(d.feed(QByteArrayView(wire).first(a), &out));
                QVERIFY(d.feed(QByteArrayView(wire).sliced(a, b - a), &out));
                QVERIFY(d.feed(QByteArrayView(wire).sliced(b), &out));
                QVERIFY2(merged(out) == expected,
                         qPrintable(QStringLiteral("split %1/%2").arg(a).arg(b)));
                QVERIFY(d.atFrameBoundary());
            }
        }
    }

    void byteByByte()
    {
        const QByteArray wire = frame(Stream::Stderr, "E") + frame(Stream::Stdout, "OUT");
        StreamDemuxer d;
        QList<StreamDemuxer::Chunk> out;
        for (char c : wire) {
            QVERIFY(d.feed(QByteArrayView(&c, 1), &out));
        }
        QCOMPARE(merged(out),
                 (QList<StreamDemuxer::Chunk>{{Stream::Stderr, "E"}, {Stream::Stdout, "OUT"}}));
    }

    void partialFrameIsNotABoundary()
    {
        StreamDemuxer d;
        QList<StreamDemuxer::Chunk> out;
        QVERIFY(d.feed(frame(Stream::Stdout, "abcdef").first(10), &out));
        QVERIFY(!d.atFrameBoundary());
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().data, QByteArray("ab")); // delivered without waiting for the rest
    }

    void ttyStreamIsRawStdout()
    {
        StreamDemuxer d(true);
        QList<StreamDemuxer::Chunk> out;
        QVERIFY(d.feed("\x01plain tty text", &out));
        QCOMPARE(out, (QList<StreamDemuxer::Chunk>{{Stream::Stdout, "\x01plain tty text"}}));
    }

    void rawTextOnAMultiplexedStreamFails()
    {
        StreamDemuxer d;
        QList<StreamDemuxer::Chunk> out;
        QVERIFY(!d.feed("2026-11-25T10:00:00Z hello\n", &out));
        QVERIFY(d.hasFailed());
        QVERIFY(!d.feed(frame(Stream::Stdout, "late"), &out)); // stays failed
        QVERIFY(out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStreamDemuxer)
#include "tst_streamdemuxer.moc"
