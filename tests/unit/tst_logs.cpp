#include "logs/logentrybuilder.h"
#include "logs/logexporter.h"
#include "logs/logfilter.h"
#include "logs/logleveldetector.h"
#include "logs/logsanitizer.h"
#include "logs/logstore.h"
#include "logs/logstreamdecoder.h"
#include "logs/logtimestamp.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace artgen::core;

namespace {
constexpr qint64 kNoon = Q_INT64_C(1714564800000000000); // 2024-05-01T12:00:00Z

QByteArray frame(int stream, const QByteArray& payload)
{
    QByteArray h(8, '\0');
    h[0] = char(stream);
    qToBigEndian<quint32>(quint32(payload.size()), h.data() + 4);
    return h + payload;
}

struct Decoded
{
    LogStream stream;
    qint64 ts;
    QByteArray text;
    qsizetype cut;
};

QList<Decoded> decodeAll(LogStreamDecoder& d, const QByteArray& data, int split = 0)
{
    QList<Decoded> out;
    const auto sink = [&](const LogStreamDecoder::Line& l) {
        out << Decoded{l.stream, l.timestampNs, l.text.toByteArray(), l.cutBytes};
    };
    if (split <= 0) {
        d.feed(data, sink);
    } else {
        for (qsizetype i = 0; i < data.size(); i += split)
            d.feed(QByteArrayView(data).sliced(i, qMin<qsizetype>(split, data.size() - i)), sink);
    }
    return out;
}

// Feeds lines through a builder into one batch and returns the entries.
QList<LogEntry> build(LogEntryBuilder& b, const QList<std::pair<qint64, QByteArray>>& lines,
                      LogStream stream = LogStream::Stderr)
{
    LogBatch batch;
    batch.sources << QStringLiteral("backend");
    for (const auto& [ts, text] : lines)
        b.addLine(stream, ts, text, 0, &batch);
    b.flush(&batch, true);
    QList<LogEntry> out;
    for (qsizetype i = 0; i < batch.size(); ++i)
        out << batch.entry(i);
    return out;
}

LogBatch batchOf(const QString& source, const QList<std::pair<qint64, QByteArray>>& lines)
{
    LogBatch b;
    b.sources << source;
    for (const auto& [ts, text] : lines)
        b.add(0, LogStream::Stdout, ts, LogLevel::Info, text);
    return b;
}
} // namespace

class TestLogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestampRoundTrip()
    {
        qint64 ns = 0;
        const QByteArray ts = "2024-05-01T12:34:56.123456789Z";
        QCOMPARE(LogTimestamp::parse(QByteArray(ts + " hello"), &ns), ts.size());
        QCOMPARE(ns, Q_INT64_C(1714566896123456789));
        QCOMPARE(LogTimestamp::format(ns), ts);
        QCOMPARE(LogTimestamp::parse("2024-05-01T14:34:56.5+02:00", &ns), 27);
        QCOMPARE(ns, Q_INT64_C(1714566896500000000));
        QCOMPARE(LogTimestamp::parse("not a timestamp at all", &ns), 0);
        QCOMPARE(LogTimestamp::parse("2024-13-01T12:34:56Z", &ns), 0);
    }

    void levels_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<LogLevel>("level");
        // Python logging, default and the backend's format
        QTest::newRow("py default") << QByteArray("ERROR:root:database is gone") << LogLevel::Error;
        QTest::newRow("py warn") << QByteArray("WARNING:app.render:slow frame")
                                 << LogLevel::Warning;
        QTest::newRow("py backend")
            << QByteArray("2026-11-25 13:14:05,718 11 INFO app: worker 11 ready") << LogLevel::Info;
        QTest::newRow("py backend error")
            << QByteArray("2026-11-25 13:14:05,718 11 ERROR app: render failed") << LogLevel::Error;
        QTest::newRow("py critical")
            << QByteArray("2024-05-01 12:00:00,001 - app - CRITICAL - out of disk")
            << LogLevel::Critical;
        // uvicorn
        QTest::newRow("uvicorn info")
            << QByteArray("INFO:     Started server process [7]") << LogLevel::Info;
        QTest::newRow("uvicorn error")
            << QByteArray("ERROR:    Exception in ASGI application") << LogLevel::Error;
        // gunicorn
        QTest::newRow("gunicorn info")
            << QByteArray("[2026-11-25 13:14:05 +0000] [13] [INFO] Application startup complete.")
            << LogLevel::Info;
        QTest::newRow("gunicorn critical")
            << QByteArray("[2024-05-01 12:00:00 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:9)")
            << LogLevel::Critical;
        QTest::newRow("gunicorn warning")
            << QByteArray(
                   "[2024-05-01 12:00:00 +0000] [1] [WARNING] Worker with pid 9 was terminated")
            << LogLevel::Warning;
        // Celery
        QTest::newRow("celery info")
            << QByteArray(
                   "[2026-11-25 13:14:04,556: INFO/MainProcess] Connected to redis://redis:6379/0")
            << LogLevel::Info;
        QTest::newRow("celery error")
            << QByteArray("[2024-05-01 12:00:00,123: ERROR/ForkPoolWorker-1] Task "
                          "app.tasks.render[1] raised")
            << LogLevel::Error;
        QTest::newRow("celery warning")
            << QByteArray(
                   "[2024-05-01 12:00:00,123: WARNING/MainProcess] consumer: Connection lost")
            << LogLevel::Warning;
        // nginx error log
        QTest::newRow("nginx error") << QByteArray("2024/05/01 12:00:00 [error] 29#29: *1 "
                                                   "connect() failed (111: Connection refused)")
                                     << LogLevel::Error;
        QTest::newRow("nginx warn")
            << QByteArray("2024/05/01 12:00:00 [warn] 1#1: conflicting server name")
            << LogLevel::Warning;
        QTest::newRow("nginx emerg")
            << QByteArray("2024/05/01 12:00:00 [emerg] 1#1: bind() failed") << LogLevel::Critical;
        QTest::newRow("nginx notice")
            << QByteArray("2024/05/01 12:00:00 [notice] 1#1: start worker processes")
            << LogLevel::Info;
        // nginx access log: by status
        QTest::newRow("access 200")
            << QByteArray("127.0.0.1 - - [25/Nov/2026:13:27:33 +0000] \"GET /api/v1/health "
                          "HTTP/1.1\" 200 44 \"-\" \"curl/7.88.1\"")
            << LogLevel::Info;
        QTest::newRow("access 404")
            << QByteArray("172.18.0.1 - - [25/Nov/2026:13:27:33 +0000] \"GET /nope HTTP/1.1\" 404 "
                          "153 \"-\" \"curl/7.88.1\"")
            << LogLevel::Warning;
        QTest::newRow("access 502")
            << QByteArray("172.18.0.1 - - [25/Nov/2026:13:27:33 +0000] \"POST /api/v1/generate "
                          "HTTP/1.1\" 502 157 \"-\" \"ab/2.3\"")
            << LogLevel::Error;
        QTest::newRow("access 304 with ERROR in the path")
            << QByteArray("10.0.0.1 - - [25/Nov/2026:13:27:33 +0000] \"GET /ERROR HTTP/1.1\" 304 0 "
                          "\"-\" \"x\"")
            << LogLevel::Info;
        // PostgreSQL
        QTest::newRow("pg log")
            << QByteArray("2026-11-25 13:13:51.003 UTC [1] LOG:  database system is ready")
            << LogLevel::Info;
        // FATAL ends one session (an error); the server going down is critical.
        QTest::newRow("pg fatal password") << QByteArray("2026-11-25 13:13:51.003 UTC [77] FATAL:  "
                                                         "password authentication failed for user "
                                                         "\"app\"")
                                           << LogLevel::Error;
        QTest::newRow("pg fatal no database")
            << QByteArray("2026-11-25 13:14:02.511 UTC [81] FATAL:  database \"artgen\" does not "
                          "exist")
            << LogLevel::Error;
        QTest::newRow("pg fatal starting up")
            << QByteArray("2026-11-25 13:12:58.020 UTC [64] FATAL:  the database system is "
                          "starting up")
            << LogLevel::Error;
        QTest::newRow("pg fatal admin command")
            << QByteArray("2026-11-25 13:20:01.208 UTC [90] FATAL:  terminating connection due "
                          "to administrator command")
            << LogLevel::Error;
        QTest::newRow("pg fatal shutting down")
            << QByteArray("2026-11-25 13:20:01.230 UTC [95] FATAL:  the database system is "
                          "shutting down")
            << LogLevel::Critical;
        QTest::newRow("pg shutdown request")
            << QByteArray("2026-11-25 13:20:01.101 UTC [1] LOG:  received fast shutdown request")
            << LogLevel::Info;
        QTest::newRow("pg child killed")
            << QByteArray("2026-11-25 13:31:12.404 UTC [1] LOG:  server process (PID 212) was "
                          "terminated by signal 9: Killed")
            << LogLevel::Critical;
        QTest::newRow("pg terminating others")
            << QByteArray("2026-11-25 13:31:12.404 UTC [1] LOG:  terminating any other active "
                          "server processes")
            << LogLevel::Critical;
        QTest::newRow("pg crash of another")
            << QByteArray("2026-11-25 13:31:12.405 UTC [230] WARNING:  terminating connection "
                          "because of crash of another server process")
            << LogLevel::Critical;
        QTest::newRow("pg reinitializing")
            << QByteArray("2026-11-25 13:31:12.512 UTC [1] LOG:  all server processes "
                          "terminated; reinitializing")
            << LogLevel::Critical;
        QTest::newRow("pg panic")
            << QByteArray("2026-11-25 13:40:07.880 UTC [57] PANIC:  could not write to file "
                          "\"pg_wal/xlogtemp.57\": No space left on device")
            << LogLevel::Critical;
        // The app quoting PostgreSQL is the app's error, not the server's outage.
        QTest::newRow("python quoting pg")
            << QByteArray("ERROR:app.db:FATAL: the database system is shutting down")
            << LogLevel::Error;
        QTest::newRow("traceback")
            << QByteArray("Traceback (most recent call last):") << LogLevel::Error;
        // Nothing recognisable: no guess.
        QTest::newRow("plain") << QByteArray("hello world") << LogLevel::Unknown;
        QTest::newRow("word inside a word")
            << QByteArray("MISINFORMATION spreads") << LogLevel::Unknown;
        QTest::newRow("empty") << QByteArray() << LogLevel::Unknown;
    }

    void levels()
    {
        QFETCH(QByteArray, line);
        QFETCH(LogLevel, level);
        QCOMPARE(LogLevelDetector::detect(line), level);
    }

    void tracebackIsOneEntry()
    {
        LogEntryBuilder b;
        const QList<LogEntry> entries =
            build(b, {{1, "2026-11-25 13:14:05,718 11 ERROR app: render failed"},
                      {2, "Traceback (most recent call last):"},
                      {3, "  File \"/app/main.py\", line 80, in generate"},
                      {4, "    render(req)"},
                      {5, "  File \"/app/render.py\", line 12, in render"},
                      {6, "    1 / 0"},
                      {7, "ZeroDivisionError: division by zero"},
                      {8, ""},
                      {9, "During handling of the above exception, another exception occurred:"},
                      {10, ""},
                      {11, "Traceback (most recent call last):"},
                      {12, "  File \"/app/main.py\", line 82, in generate"},
                      {13, "RuntimeError: render failed"},
                      {14, "INFO:     127.0.0.1:40000 - \"POST /api/v1/generate HTTP/1.1\" 500"}});
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].level, LogLevel::Error);
        QCOMPARE(entries[1].level, LogLevel::Error);
        QCOMPARE(entries[1].timestampNs, 2);
        QVERIFY(entries[1].text.startsWith("Traceback (most recent call last):\n"));
        QVERIFY(entries[1].text.endsWith("RuntimeError: render failed"));
        QCOMPARE(entries[1].text.count('\n'), 11);
        QCOMPARE(entries[2].level, LogLevel::Info);
    }

    void tracebackEndsAtFlushAfterItsExceptionLine()
    {
        LogEntryBuilder b;
        LogBatch batch;
        b.addLine(LogStream::Stderr, 1, "Traceback (most recent call last):", 0, &batch);
        b.addLine(LogStream::Stderr, 2, "  File \"x.py\", line 1", 0, &batch);
        b.flush(&batch, false);
        QCOMPARE(batch.size(), 0); // incomplete: waits for the rest
        b.addLine(LogStream::Stderr, 3, "KeyError: 'x'", 0, &batch);
        b.flush(&batch, false);
        QCOMPARE(batch.size(), 1); // complete but for the look-ahead: out at the next batch
        QCOMPARE(batch.entry(0).text.count('\n'), 2);
    }

    void resumeOverlapDropsWhatWasSeen()
    {
        LogEntryBuilder b;
        QCOMPARE(build(b, {{100, "a"}, {200, "b"}, {200, "c"}}).size(), 3);
        // A resume from an overlap sends the same lines again, then new ones, one of them with
        // the very timestamp of the newest stored line.
        b.beginResume();
        const auto again = build(b, {{100, "a"}, {200, "b"}, {200, "c"}, {200, "d"}, {300, "e"}});
        QCOMPARE(again.size(), 2);
        QCOMPARE(again[0].text, QByteArray("d"));
        QCOMPARE(again[1].text, QByteArray("e"));
        QCOMPARE(b.duplicatesDropped(), 3);
        QCOMPARE(b.lastSeen(), 300);
    }

    // Another container under the same name: all of its log is new, even lines older than the
    // newest seen from the old one.
    void newLogUnderTheSameSourceIsNotAResume()
    {
        LogEntryBuilder b;
        QCOMPARE(build(b, {{100, "a"}, {200, "b"}}).size(), 2);
        b.startNewLog();
        b.beginResume();
        const auto fresh = build(b, {{150, "job"}, {200, "b"}, {250, "c"}});
        QCOMPARE(fresh.size(), 3);
        QCOMPARE(b.duplicatesDropped(), 0);
        QCOMPARE(b.lastSeen(), 250);
    }

    void sameTextTwiceAtOneInstantIsTwoLines()
    {
        LogEntryBuilder b;
        QCOMPARE(build(b, {{5, "x"}, {5, "x"}}).size(), 2);
        b.beginResume();
        QCOMPARE(build(b, {{5, "x"}, {5, "x"}, {5, "x"}}).size(), 1); // only the third is new
        b.beginResume();
        QCOMPARE(build(b, {{5, "x"}, {5, "x"}, {5, "x"}}).size(), 0);
    }

    void sanitising()
    {
        QByteArray scratch;
        const QByteArray plain = "plain ascii line";
        const QByteArrayView same = LogSanitizer::clean(plain, 0, &scratch);
        QCOMPARE(same.data(), plain.constData()); // no copy for the common case
        QCOMPARE(LogSanitizer::clean("\x1b[1;31mERROR\x1b[0m boom\r", 0, &scratch).toByteArray(),
                 QByteArray("ERROR boom"));
        QCOMPARE(LogSanitizer::clean("\x1b]0;title\x07text", 0, &scratch).toByteArray(),
                 QByteArray("text"));
        const QByteArray invalid = "caf\xc3 \xff\xfe ok \xe2\x82\xac";
        const QString cleaned =
            QString::fromUtf8(LogSanitizer::clean(invalid, 0, &scratch).toByteArray());
        QVERIFY(cleaned.contains(QChar::ReplacementCharacter));
        QVERIFY(cleaned.endsWith(QStringLiteral(" ok €")));
        QVERIFY(!cleaned.contains(QChar(0xff)));
        const QByteArray utf8 = "Привет мир";
        QCOMPARE(LogSanitizer::clean(utf8, 0, &scratch).toByteArray(), utf8);
    }

    // Defect: a "\r" progress bar ("0%\r5%\r…100%\n") became one line of 21 frames glued
    // together. It keeps the last frame, as a terminal shows it.
    void carriageReturnProgressBarKeepsItsLastFrame()
    {
        QByteArray bar;
        for (int p = 0; p <= 100; p += 5)
            bar += (p ? "\r" : "") + QByteArray::number(p) + '%';
        QCOMPARE(bar.count('\r'), 20);
        QByteArray scratch;
        QCOMPARE(LogSanitizer::clean(bar, 0, &scratch).toByteArray(), QByteArray("100%"));
        // A "\r" before the line end is not a redraw: the frame before it is the last one.
        QCOMPARE(LogSanitizer::clean(QByteArray(bar + '\r'), 0, &scratch).toByteArray(),
                 QByteArray("100%"));
        QCOMPARE(LogSanitizer::clean("a\rb\r\r", 0, &scratch).toByteArray(), QByteArray("b"));
        // Bars that erase with ESC[K and colour their frames keep the last frame's text.
        QCOMPARE(LogSanitizer::clean("\x1b[32m10%\x1b[0m\r\x1b[K\x1b[32m20%\x1b[0m", 0, &scratch)
                     .toByteArray(),
                 QByteArray("20%"));
        QCOMPARE(LogSanitizer::clean("no frames here", 0, &scratch).toByteArray(),
                 QByteArray("no frames here"));

        // The whole way, as Docker sends it: framed stream, TTY stream, builder.
        const QByteArray ts = "2024-05-01T12:00:00.000000001Z ";
        LogStreamDecoder framed;
        LogStreamDecoder tty(true);
        for (auto* d : {&framed, &tty}) {
            const QByteArray body = d == &framed ? frame(1, ts + bar + "\n") : ts + bar + "\r\n";
            LogEntryBuilder b;
            LogBatch batch;
            batch.sources << QStringLiteral("celery");
            QVERIFY(d->feed(body, [&](const LogStreamDecoder::Line& l) {
                b.addLine(l.stream, l.timestampNs, l.text, l.cutBytes, &batch);
            }));
            b.flush(&batch, true);
            QCOMPARE(batch.size(), 1);
            QCOMPARE(batch.entry(0).text, QByteArray("100%"));
            QCOMPARE(batch.entry(0).timestampNs, kNoon + 1);
        }
    }

    void hugeLineIsCutWithAMarker()
    {
        QByteArray scratch;
        const QByteArray huge(3 * 1024 * 1024, 'x');
        const QByteArray out = LogSanitizer::clean(huge, 0, &scratch).toByteArray();
        QVERIFY(out.startsWith(QByteArray(LogSanitizer::kMaxLineBytes, 'x')));
        QVERIFY(out.size() < LogSanitizer::kMaxLineBytes + 100);
        QVERIFY(out.endsWith(LogSanitizer::cutMarker(2 * 1024 * 1024)));
        // Never cut inside a UTF-8 character.
        QByteArray cyr;
        while (cyr.size() < LogSanitizer::kMaxLineBytes + 10)
            cyr += "ж";
        const QByteArray c = LogSanitizer::clean(cyr, 0, &scratch).toByteArray();
        QVERIFY(!QString::fromUtf8(c).contains(QChar::ReplacementCharacter));
    }

    void decoderFramesTimestampsAndSplits()
    {
        const QByteArray stream =
            frame(1, "2024-05-01T12:00:00.000000001Z first line\n") +
            frame(2, "2024-05-01T12:00:00.000000002Z an error\n") +
            // Docker splits long messages at 16 KiB; every part carries a timestamp.
            frame(1, "2024-05-01T12:00:00.000000003Z long ") +
            frame(1, "2024-05-01T12:00:00.000000003Z line\n") +
            frame(1, "2024-05-01T12:00:00.000000004Z crlf\r\n");
        for (int split : {0, 1, 3, 7, 64}) {
            LogStreamDecoder d;
            const auto lines = decodeAll(d, stream, split);
            QCOMPARE(lines.size(), 4);
            QCOMPARE(lines[0].text, QByteArray("first line"));
            QCOMPARE(lines[0].ts, kNoon + 1);
            QCOMPARE(lines[1].stream, LogStream::Stderr);
            QCOMPARE(lines[2].text, QByteArray("long line"));
            QCOMPARE(lines[2].ts, kNoon + 3);
            QCOMPARE(lines[3].text, QByteArray("crlf"));
        }
        LogStreamDecoder bad;
        QVERIFY(!bad.feed("this is not multiplexed at all", [](const auto&) {}));
        QVERIFY(bad.hasFailed());
    }

    void decoderTtyRawStream()
    {
        const QByteArray raw = "2024-05-01T12:00:00.000000001Z \x1b[32mgreen\x1b[0m\r\n"
                               "2024-05-01T12:00:00.000000002Z second\r\n";
        for (int split : {0, 1, 5}) {
            LogStreamDecoder d(true);
            const auto lines = decodeAll(d, raw, split);
            QCOMPARE(lines.size(), 2);
            QCOMPARE(lines[0].text, QByteArray("\x1b[32mgreen\x1b[0m"));
            QCOMPARE(lines[1].ts, kNoon + 2);
        }
    }

    void decoderCountsWhatItCannotKeep()
    {
        // A line bigger than the cap arrives in many frames: memory stays bounded, the rest is
        // counted for the marker.
        QByteArray stream;
        const QByteArray part(16 * 1024, 'y');
        for (int i = 0; i < 100; ++i)
            stream += frame(1, "2024-05-01T12:00:00.000000001Z " + part);
        stream += frame(1, "2024-05-01T12:00:00.000000001Z end\n");
        LogStreamDecoder d;
        const auto lines = decodeAll(d, stream, 5000);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines[0].text.size() <= LogSanitizer::kMaxLineBytes + 16);
        QCOMPARE(lines[0].text.size() + lines[0].cut, 100 * part.size() + 3);
    }

    void storeCapDropsOldestAndCounts()
    {
        LogStore store(5);
        store.append(batchOf(QStringLiteral("a"), {{1, "1"}, {2, "2"}, {3, "3"}}));
        const LogStore::Change c =
            store.append(batchOf(QStringLiteral("a"), {{4, "4"}, {5, "5"}, {6, "6"}, {7, "7"}}));
        QCOMPARE(store.size(), 5);
        QCOMPARE(store.droppedCount(), 2);
        QCOMPARE(c.dropped, 2);
        QCOMPARE(c.firstChanged, 1);
        QCOMPARE(store.at(0).text.toByteArray(), QByteArray("3"));
        QCOMPARE(store.at(4).text.toByteArray(), QByteArray("7"));
        store.setCapacity(2);
        QCOMPARE(store.size(), 2);
        QCOMPARE(store.droppedCount(), 5);
        QCOMPARE(store.at(0).text.toByteArray(), QByteArray("6"));
        store.clear();
        QCOMPARE(store.size(), 0);
        QCOMPARE(store.textBytes(), 0);
    }

    void storeMergesByTimestamp()
    {
        LogStore store;
        store.append(batchOf(QStringLiteral("a"), {{10, "a10"}, {30, "a30"}, {50, "a50"}}));
        // A second container's lines arrive later but happened in between.
        const auto c =
            store.append(batchOf(QStringLiteral("b"), {{20, "b20"}, {40, "b40"}, {60, "b60"}}));
        QCOMPARE(c.firstChanged, 1);
        QStringList order;
        for (qsizetype i = 0; i < store.size(); ++i)
            order << QString::fromUtf8(store.at(i).text.toByteArray());
        QCOMPARE(order.join(u' '), QStringLiteral("a10 b20 a30 b40 a50 b60"));
        QCOMPARE(store.sources(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(store.at(1).source, 1);
        // Where each line of the merged range came from: b20 a30 b40 a50 b60. A stored line
        // with the same timestamp as a new one stays first.
        QCOMPARE(c.merged, std::vector<bool>({true, false, true, false, true}));
        const auto same = store.append(batchOf(QStringLiteral("b"), {{50, "b50"}}));
        QCOMPARE(same.firstChanged, 5);
        QCOMPARE(same.merged, std::vector<bool>({true, false}));
        QCOMPARE(store.at(4).text.toByteArray(), QByteArray("a50"));
        QCOMPARE(store.at(5).text.toByteArray(), QByteArray("b50"));
        // A plain append moves nothing: no map.
        QVERIFY(store.append(batchOf(QStringLiteral("a"), {{70, "a70"}})).merged.empty());
    }

    // When the cap drops part of the merged range there is no map: views read from
    // firstChanged again. When it drops only lines before the range, the map still holds.
    void storeMergeMapAndTheCap()
    {
        LogStore store(6);
        store.append(batchOf(QStringLiteral("a"), {{10, "a10"}, {30, "a30"}, {50, "a50"}}));
        auto c = store.append(batchOf(QStringLiteral("b"), {{40, "b40"}, {60, "b60"}}));
        QCOMPARE(c.dropped, 0);
        QCOMPARE(c.firstChanged, 2);
        QCOMPARE(c.merged, std::vector<bool>({true, false, true}));
        // 5 stored + 2 = 7 > 6: a10 goes, before the merged range (from b60 on).
        c = store.append(batchOf(QStringLiteral("c"), {{55, "c55"}, {70, "c70"}}));
        QCOMPARE(c.dropped, 1);
        QCOMPARE(c.firstChanged, 3);
        QCOMPARE(store.at(c.firstChanged).text.toByteArray(), QByteArray("c55"));
        QCOMPARE(c.merged, std::vector<bool>({true, false, true}));
        // Three lines older than all but one stored: the cap reaches into the merged range.
        c = store.append(batchOf(QStringLiteral("d"), {{31, "d31"}, {32, "d32"}, {33, "d33"}}));
        QCOMPARE(c.dropped, 3);
        QCOMPARE(c.firstChanged, 0);
        QVERIFY(c.merged.empty());
        QCOMPARE(store.at(0).text.toByteArray(), QByteArray("d33"));
    }

    // Text lives in fixed-size blocks, freed once none of their lines is left: what the store
    // holds stays within two blocks of the stored text however much went through it.
    void storeFreesTextOfDroppedLines()
    {
        LogStore store(1000);
        for (int b = 0; b < 50; ++b) {
            QList<std::pair<qint64, QByteArray>> lines;
            for (int i = 0; i < 100; ++i)
                lines.append({b * 100 + i, QByteArray(1000, char('a' + b % 26))});
            store.append(batchOf(QStringLiteral("a"), lines));
        }
        QCOMPARE(store.size(), 1000);
        QCOMPARE(store.droppedCount(), 4000);
        QCOMPARE(store.textBytes(), 1000 * 1000);
        QVERIFY2(store.blockBytes() <= store.textBytes() + 2 * LogStore::kBlockBytes,
                 qPrintable(QString::number(store.blockBytes())));
        // Every stored line still reads back whole (blocks never move their bytes).
        QCOMPARE(store.at(0).text.toByteArray(), QByteArray(1000, char('a' + 40 % 26)));
        QCOMPARE(store.at(999).text.toByteArray(), QByteArray(1000, char('a' + 49 % 26)));
        // A line longer than a block gets one of its own.
        const QByteArray huge(LogStore::kBlockBytes + 10, 'h');
        store.append(batchOf(QStringLiteral("a"), {{10000, huge}, {10001, "after"}}));
        QCOMPARE(store.at(998).text.toByteArray(), huge);
        QCOMPARE(store.at(999).text.toByteArray(), QByteArray("after"));
        store.clear();
        QCOMPARE(store.textBytes(), 0);
        QCOMPARE(store.blockBytes(), 0);
    }

    // Late lines that land in a fresh block and are trimmed at once leave that block without
    // lines while it is the one being filled: it is freed when the next block starts.
    void storeFreesABlockEmptiedWhileBeingFilled()
    {
        LogStore store(2);
        const QByteArray big(100 * 1024, 'x');
        store.append(batchOf(QStringLiteral("a"), {{10, big}, {20, big}}));
        store.append(batchOf(QStringLiteral("a"), {{1, big}, {2, big}})); // older: dropped
        QCOMPARE(store.size(), 2);
        QCOMPARE(store.at(0).timestampNs, 10);
        store.append(batchOf(QStringLiteral("a"), {{30, big}}));
        QVERIFY2(store.blockBytes() <= 2 * LogStore::kBlockBytes + 4096,
                 qPrintable(QString::number(store.blockBytes())));
        store.append(batchOf(QStringLiteral("a"), {{40, big}}));
        QCOMPARE(store.at(0).timestampNs, 30);
        QVERIFY2(store.blockBytes() <= LogStore::kBlockBytes + 4096,
                 qPrintable(QString::number(store.blockBytes())));
        QCOMPARE(store.at(1).text.toByteArray(), big);
    }

    // A snapshot shares what the store holds and keeps it as it was: appends, drops for the
    // cap, late merges and a clear after it change the store only. A segment or block the
    // snapshot shares is copied (or left) by the store, never written to.
    void snapshotKeepsWhatWasStored()
    {
        constexpr qsizetype kLines = 10000; // a few record segments
        LogStore store(kLines);
        QList<std::pair<qint64, QByteArray>> lines;
        for (int i = 0; i < kLines; ++i)
            lines.append({i * 10, QByteArray("line ") + QByteArray::number(i)});
        store.append(batchOf(QStringLiteral("a"), lines));
        const LogStore::Snapshot snap = store.snapshot();
        QCOMPARE(snap.size(), kLines);
        const qint64 blocks = store.blockBytes();

        store.append(batchOf(QStringLiteral("b"), {{kLines * 10, "new"}})); // 1 dropped
        store.append(batchOf(QStringLiteral("b"), {{55, "late"}, {99995, "late too"}}));
        QCOMPARE(store.at(0).text.toByteArray(), QByteArray("line 3"));
        QCOMPARE(store.at(3).text.toByteArray(), QByteArray("late"));
        QVERIFY(store.blockBytes() > blocks); // the block the snapshot shares was left to it
        const auto check = [&] {
            QCOMPARE(snap.size(), kLines);
            QCOMPARE(snap.sources(), QStringList{QStringLiteral("a")});
            for (qsizetype i = 0; i < kLines; ++i) {
                const LogStore::Row r = snap.at(i);
                QCOMPARE(r.timestampNs, i * 10);
                QCOMPARE(r.text.toByteArray(), QByteArray("line ") + QByteArray::number(i));
            }
        };
        check();
        store.setCapacity(1000);
        store.clear();
        check();
        // The store goes on as before.
        store.append(batchOf(QStringLiteral("a"), {{1, "one"}, {2, "two"}}));
        QCOMPARE(store.size(), 2);
        QCOMPARE(store.at(1).text.toByteArray(), QByteArray("two"));
    }

    // Export writes a snapshot's lines (those a filter accepts) in the copy format, on a pool
    // thread; a failure says what failed and what to do.
    void exportWritesASnapshot()
    {
        LogStore store;
        LogBatch b;
        b.sources << QStringLiteral("backend") << QStringLiteral("frontend");
        b.add(0, LogStream::Stderr, kNoon, LogLevel::Error, "boom");
        b.add(1, LogStream::Stdout, kNoon + 1, LogLevel::Info, "GET / 200");
        b.add(0, LogStream::Note, kNoon + 2, LogLevel::Unknown, "removed");
        store.append(b);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("all.log"));
        QFuture<Status> all = LogExporter::write(store.snapshot(), LogFilter(), path);
        store.clear(); // the snapshot does not need the store any more
        all.waitForFinished();
        QVERIFY(all.result().has_value());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("2024-05-01T12:00:00.000000000Z backend stderr: boom\n"
                                         "2024-05-01T12:00:00.000000001Z frontend stdout: GET / "
                                         "200\n"
                                         "2024-05-01T12:00:00.000000002Z backend note: removed\n"));
        store.append(b);
        QCOMPARE(LogExporter::line(store.at(1), store.sources()),
                 QByteArray("2024-05-01T12:00:00.000000001Z frontend stdout: GET / 200"));

        LogFilter onlyBackend;
        onlyBackend.sources = QStringList{QStringLiteral("backend")};
        const QString shown = dir.filePath(QStringLiteral("shown.log"));
        QVERIFY(LogExporter::writeNow(store.snapshot(), onlyBackend, shown).has_value());
        QFile g(shown);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll().count('\n'), 2);

        const Status failed = LogExporter::writeNow(store.snapshot(), LogFilter(),
                                                    dir.filePath(QStringLiteral("no/x")));
        QVERIFY(!failed);
        QCOMPARE(failed.error().code(), Error::Code::Io);
        QVERIFY(failed.error().what().contains(QStringLiteral("no/x")));
        QVERIFY(!failed.error().todo().isEmpty());
    }

    void filterAndSearch()
    {
        LogStore store;
        LogBatch b;
        b.sources << QStringLiteral("backend") << QStringLiteral("frontend");
        b.add(0, LogStream::Stderr, 1, LogLevel::Error, "Database Error: timeout");
        b.add(1, LogStream::Stdout, 2, LogLevel::Info, "GET /health 200");
        b.add(1, LogStream::Stdout, 3, LogLevel::Warning, "GET /nope 404");
        b.add(0, LogStream::Note, 4, LogLevel::Warning, "removed");
        store.append(b);
        const auto count = [&](LogFilter f) {
            f.prepare(store);
            int n = 0;
            for (qsizetype i = 0; i < store.size(); ++i)
                n += f.accepts(store.at(i));
            return n;
        };
        LogFilter f;
        QCOMPARE(count(f), 4);
        f.minimumLevel = LogLevel::Warning;
        QCOMPARE(count(f), 3);
        f.sources = QStringList{QStringLiteral("frontend")};
        QCOMPARE(count(f), 1);
        LogFilter t;
        t.text = LogMatcher(QStringLiteral("error"), false, false);
        QCOMPARE(count(t), 1);
        t.text = LogMatcher(QStringLiteral("error"), false, true);
        QCOMPARE(count(t), 0);
        t.text = LogMatcher(QStringLiteral("GET /\\w+ [45]\\d\\d"), true, true);
        QCOMPARE(count(t), 1);
        t.fromNs = 2;
        t.toNs = 3;
        t.text = LogMatcher();
        QCOMPARE(count(t), 2);
        const LogMatcher bad(QStringLiteral("(unclosed"), true, true);
        QVERIFY(!bad.isValid());
        const auto hits =
            LogMatcher(QStringLiteral("o"), false, true).matchesIn(QStringLiteral("foo bo"));
        QCOMPARE(hits.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestLogs)
#include "tst_logs.moc"
