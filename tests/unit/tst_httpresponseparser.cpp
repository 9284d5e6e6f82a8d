#include "http/httpresponseparser.h"

#include <QTest>

using namespace artgen::core;

namespace {
struct Outcome
{
    HttpResponseParser::State state;
    int status = 0;
    QByteArray body;
    QByteArray remainder;
    QByteArray contentType;
};

// Feeds `wire` in two pieces split at `split` (or byte by byte when split < 0), then EOF when
// asked, and collects what the parser made of it.
Outcome parse(const QByteArray& wire, qsizetype split, bool eof)
{
    HttpResponseParser p;
    QByteArray body;
    if (split < 0) {
        for (char c : wire) {
            p.feed(QByteArrayView(&c, 1));
            body += p.takeBody();
        }
    } else {
        p.feed(QByteArrayView(wire).first(split));
        body += p.takeBody();
        p.feed(QByteArrayView(wire).sliced(split));
        body += p.takeBody();
    }
    if (eof)
        p.finish();
    body += p.takeBody();
    return {p.state(), p.statusCode(), body, p.takeRemainder(), p.header("content-type")};
}
} // namespace

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeResponses_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<bool>("eof");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("remainder");
        using S = HttpResponseParser::State;

        QTest::newRow("content-length body")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 11\r\n\r\n{\"ok\":true}")
            << false << int(S::Complete) << 200 << QByteArray("{\"ok\":true}") << QByteArray();
        QTest::newRow("chunked body with extension and trailer")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n")
            << false << int(S::Complete) << 200 << QByteArray("hello world") << QByteArray();
        QTest::newRow("close-delimited body completes on EOF")
            << QByteArray("HTTP/1.0 200 OK\r\n\r\nstream until close") << true << int(S::Complete)
            << 200 << QByteArray("stream until close") << QByteArray();
        QTest::newRow("101 upgrade keeps the raw stream")
            << QByteArray("HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n") +
                   QByteArray("\x01\x00\x00\x00\x00\x00\x00\x02hi", 10)
            << false << int(S::Upgraded) << 101 << QByteArray()
            << QByteArray("\x01\x00\x00\x00\x00\x00\x00\x02hi", 10);
        QTest::newRow("204 has no body")
            << QByteArray("HTTP/1.1 204 No Content\r\nServer: Docker\r\n\r\n") << false
            << int(S::Complete) << 204 << QByteArray() << QByteArray();
        QTest::newRow("100 continue then the real response")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\n"
                          "Content-Length: 2\r\n\r\nok")
            << false << int(S::Complete) << 201 << QByteArray("ok") << QByteArray();
        QTest::newRow("bytes after a complete response are left over")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nAHTTP/1.1") << false
            << int(S::Complete) << 200 << QByteArray("A") << QByteArray("HTTP/1.1");
        QTest::newRow("LF-only line ends are tolerated")
            << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nok") << false << int(S::Complete)
            << 200 << QByteArray("ok") << QByteArray();
        QTest::newRow("garbage status line fails")
            << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << false << int(S::Failed) << 0
            << QByteArray() << QByteArray();
        QTest::newRow("malformed header fails")
            << QByteArray("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n") << false << int(S::Failed)
            << 200 << QByteArray() << QByteArray();
        QTest::newRow("bad chunk size fails")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << false
            << int(S::Failed) << 200 << QByteArray() << QByteArray();
        QTest::newRow("chunk without CRLF fails")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY") << false
            << int(S::Failed) << 200 << QByteArray("ab") << QByteArray();
        QTest::newRow("negative content-length fails")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n") << false
            << int(S::Failed) << 200 << QByteArray() << QByteArray();
        QTest::newRow("truncated content-length body fails on EOF")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << true
            << int(S::Failed) << 200 << QByteArray("abc") << QByteArray();
        QTest::newRow("truncated chunked body fails on EOF")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab") << true
            << int(S::Failed) << 200 << QByteArray("ab") << QByteArray();
        QTest::newRow("EOF inside headers fails")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Le") << true << int(S::Failed) << 200
            << QByteArray() << QByteArray();
    }

    // Every case, split at every position and byte by byte, must decode the same.
    void wholeResponses()
    {
        QFETCH(QByteArray, wire);
        QFETCH(bool, eof);
        QFETCH(int, state);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, remainder);
        for (qsizetype split = -1; split <= wire.size(); ++split) {
            const Outcome o = parse(wire, split, eof);
            const QByteArray where = "split at " + QByteArray::number(split);
            QVERIFY2(int(o.state) == state, where.constData());
            QVERIFY2(o.status == status, where.constData());
            QVERIFY2(o.body == body, where.constData());
            QVERIFY2(o.remainder == remainder, where.constData());
        }
    }

    void headersAreCaseInsensitive()
    {
        const Outcome o = parse(
            "HTTP/1.1 200 OK\r\nCONTENT-TYPE: text/plain\r\nContent-Length: 0\r\n\r\n", 5, false);
        QCOMPARE(o.contentType, QByteArray("text/plain"));
    }

    void responseToHeadHasNoBody()
    {
        HttpResponseParser p(true);
        p.feed("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n");
        QVERIFY(p.isComplete());
        QCOMPARE(p.contentLength(), 1234);
    }

    void oversizedHeadersFailInsteadOfGrowing()
    {
        HttpResponseParser p;
        p.feed("HTTP/1.1 200 OK\r\n");
        const QByteArray header = "X-Filler: " + QByteArray(1000, 'x') + "\r\n";
        for (int i = 0; i < 100 && !p.hasFailed(); ++i)
            p.feed(header);
        QVERIFY(p.hasFailed());
        QVERIFY(p.errorString().contains(QStringLiteral("too large")));
    }

    void endlessLineWithoutNewlineFails()
    {
        HttpResponseParser p;
        p.feed(QByteArray(20000, 'A'));
        QVERIFY(p.hasFailed());
    }

    void largeBodyStreamsInPieces()
    {
        HttpResponseParser p;
        const QByteArray payload(1 << 20, 'z');
        p.feed(QByteArray("HTTP/1.1 200 OK\r\nContent-Length: " +
                          QByteArray::number(payload.size()) + "\r\n\r\n"));
        qsizetype got = 0;
        for (qsizetype off = 0; off < payload.size(); off += 4096) {
            p.feed(
                QByteArrayView(payload).sliced(off, qMin<qsizetype>(4096, payload.size() - off)));
            const QByteArray piece = p.takeBody();
            QVERIFY(piece.size() <= 4096); // nothing accumulates between reads
            got += piece.size();
        }
        QCOMPARE(got, payload.size());
        QVERIFY(p.isComplete());
    }

    // Bytes fed are parsed in place when nothing is left over: what the parser keeps (reason,
    // headers, a partial line) must be its own copy, not a view of the caller's buffer.
    void keptTextOutlivesTheFedBuffer()
    {
        HttpResponseParser p;
        {
            QByteArray wire("HTTP/1.1 404 Not Found\r\nServer: nginx\r\nX-Req: ab");
            p.feed(wire);
            wire.fill('#'); // the caller reuses its read buffer
        }
        {
            QByteArray wire("c\r\nContent-Length: 2\r\n\r\nok");
            p.feed(wire);
            wire.fill('#');
        }
        QVERIFY(p.isComplete());
        QCOMPARE(p.statusCode(), 404);
        QCOMPARE(p.reasonPhrase(), QByteArray("Not Found"));
        QCOMPARE(p.header("x-req"), QByteArray("abc"));
        QCOMPARE(p.headerView("SERVER"), QByteArrayView("nginx"));
        const QList<QPair<QByteArray, QByteArray>> expected = {
            {"Server", "nginx"}, {"X-Req", "abc"}, {"Content-Length", "2"}};
        QCOMPARE(p.headers(), expected);
        QCOMPARE(p.takeBody(), QByteArray("ok"));
    }

    // A load test reuses one parser per connection: after reset() each response decodes as a
    // fresh parser would, split anywhere, and nothing of the previous one shows.
    void resetParsesTheNextResponseLikeANewParser()
    {
        const QList<QByteArray> wires = {
            "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: 1\r\n\r\nhello",
            "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
            "HTTP/1.1 204 No Content\r\n\r\n",
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 202 Accepted\r\nContent-Length: 1\r\n\r\nx"};
        HttpResponseParser p;
        for (int round = 0; round < 2; ++round) {
            for (const QByteArray& wire : wires) {
                for (qsizetype split = 0; split <= wire.size(); ++split) {
                    p.reset();
                    p.feed(QByteArrayView(wire).first(split));
                    QByteArray body = p.takeBody();
                    p.feed(QByteArrayView(wire).sliced(split));
                    body += p.takeBody();
                    const Outcome fresh = parse(wire, split, false);
                    const QByteArray where =
                        wire.left(12) + " split at " + QByteArray::number(split);
                    QVERIFY2(p.isComplete(), where.constData());
                    QVERIFY2(p.statusCode() == fresh.status, where.constData());
                    QVERIFY2(body == fresh.body, where.constData());
                    QVERIFY2(p.header("x-a") == (wire.contains("X-A") ? "1" : ""),
                             where.constData());
                }
            }
        }
    }

    void discardedBodiesAreCountedNotKept()
    {
        HttpResponseParser p;
        p.setDiscardBody(true);
        p.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123");
        p.feed("456789");
        QVERIFY(p.isComplete());
        QCOMPARE(p.bodyBytesAvailable(), 0);
        QCOMPARE(p.bodyBytesDiscarded(), 10);
        p.reset();
        p.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: "
               "chunked\r\n\r\n4\r\nabcd\r\n2\r\nef\r\n0\r\n\r\n");
        QVERIFY(p.isComplete());
        QCOMPARE(p.takeBody(), QByteArray());
        QCOMPARE(p.bodyBytesDiscarded(), 6);
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
