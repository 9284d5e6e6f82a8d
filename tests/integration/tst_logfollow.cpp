#include "docker/dockerclient.h"
#include "docker/stackinspector.h"
#include "logs/logfollower.h"
#include "logs/logsanitizer.h"
#include "logs/logtimestamp.h"
#include "stackfixture.h"
#include "util/workerthread.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <csignal>

using namespace artgen;
using namespace artgen::core;

// Following logs through the Engine API against the real daemon: a container that prints
// numbered lines followed across `docker restart` and a dockerd restart, the demo stack's real
// backend and nginx output, huge and invalid lines, and `artgenctl logs`.
class TestLogFollow : public QObject
{
    Q_OBJECT

    std::unique_ptr<StackFixture> m_stack;
    std::unique_ptr<WorkerThread> m_thread;
    DockerClient* m_client = nullptr;
    QStringList m_containers; // made by the tests, removed at the end

    // Collects what a follower hands over, on the test's thread.
    struct Collector
    {
        QList<LogEntry> entries;
        QList<Error> errors;
        bool finished = false;
        // The receiver of the follower's signals: a Collector left behind by a failed check
        // takes its connections with it, so no late batch writes into a dead one.
        QObject context;
        QList<QByteArray> texts() const
        {
            QList<QByteArray> t;
            for (const LogEntry& e : entries)
                t << e.text;
            return t;
        }
        int count(const QString& text) const
        {
            return int(std::count_if(entries.cbegin(), entries.cend(),
                                     [&](const LogEntry& e) { return e.text == text.toUtf8(); }));
        }
    };

    LogFollower* follow(const QList<LogFollower::Source>& sources, bool follow, int tail,
                        Collector* into, qint64 sinceNs = 0, qint64 untilNs = 0)
    {
        LogFollower::Options o;
        o.sources = sources;
        o.follow = follow;
        o.tail = tail;
        o.sinceNs = sinceNs;
        o.untilNs = untilNs;
        auto* f = new LogFollower(*m_client, o);
        f->moveToThread(m_client->thread());
        connect(f, &LogFollower::batchReady, &into->context, [into](const LogBatch& b) {
            for (qsizetype i = 0; i < b.size(); ++i)
                into->entries << b.entry(i);
        });
        connect(f, &LogFollower::sourceFailed, &into->context,
                [into](const QString&, const Error& e) { into->errors << e; });
        connect(f, &LogFollower::finished, &into->context, [into] { into->finished = true; });
        QMetaObject::invokeMethod(f, &LogFollower::start, Qt::QueuedConnection);
        return f;
    }

    void stop(LogFollower* f)
    {
        f->disconnect(); // from every collector: nothing it still sends counts
        QMetaObject::invokeMethod(
            f,
            [f] {
                f->stop();
                f->deleteLater();
            },
            Qt::BlockingQueuedConnection);
    }

    // The container's whole log as Docker has it now: the ground truth to compare with.
    QList<LogEntry> wholeLog(const QString& container)
    {
        Collector c;
        LogFollower* f = follow({{container, container}}, false, -1, &c);
        if (!QTest::qWaitFor([&] { return c.finished; }, 60000))
            qWarning("reading the whole log timed out");
        stop(f);
        return c.entries;
    }

    QString run(const QString& name, const QStringList& args)
    {
        const QString container = QStringLiteral("artgen-logs-it-%1-%2")
                                      .arg(name)
                                      .arg(QCoreApplication::applicationPid());
        StackFixture::docker({QStringLiteral("rm"), QStringLiteral("-f"), container});
        const auto out =
            StackFixture::docker(QStringList{QStringLiteral("run"), QStringLiteral("-d"),
                                             QStringLiteral("--name"), container} +
                                 args);
        if (out.exitCode != 0)
            qWarning("docker run failed: %s", out.err.constData());
        m_containers << container;
        return container;
    }

    static QString baseImage() { return QStringLiteral("artgen-demo/base:latest"); }

    // A shell loop printing numbered lines and remembering where it was, so the numbers go on
    // across restarts; every 7th number also goes to stderr. TERM ends it between two lines.
    QString numberedContainer()
    {
        return run(QStringLiteral("numbers"),
                   {QStringLiteral("--restart"), QStringLiteral("unless-stopped"), baseImage(),
                    QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral(
                        "trap 'exit 0' TERM; i=$(cat /tmp/n 2>/dev/null || echo 0); "
                        "echo \"start after $i\"; while true; do i=$((i+1)); echo \"line $i\"; "
                        "if [ $((i % 7)) -eq 0 ]; then echo \"err $i\" >&2; fi; echo $i > /tmp/n; "
                        "sleep 0.02; done")});
    }

    static QList<int> numbers(const QList<LogEntry>& entries)
    {
        QList<int> n;
        for (const LogEntry& e : entries)
            if (e.text.startsWith("line "))
                n << e.text.mid(5).toInt();
        return n;
    }

    // What was followed equals what Docker stored, line for line, up to the last line followed:
    // nothing lost, nothing twice, same order, same timestamps.
    void compareWithDocker(const QString& container, const QList<LogEntry>& followed)
    {
        QVERIFY(!followed.isEmpty());
        const qint64 last = followed.last().timestampNs;
        QList<LogEntry> truth;
        for (const LogEntry& e : wholeLog(container))
            if (e.timestampNs <= last && e.stream != LogStream::Note)
                truth << e;
        const auto key = [](const LogEntry& e) -> QString {
            return QString::number(e.timestampNs) + u' ' + LogLevels::streamKey(e.stream) + u' ' +
                   QString::fromUtf8(e.text);
        };
        QStringList a, b;
        for (const LogEntry& e : followed)
            if (e.stream != LogStream::Note)
                a << key(e);
        for (const LogEntry& e : truth)
            b << key(e);
        // Followed lines come per container in Docker's order; compare as sorted lists to be
        // independent of how stdout and stderr interleaved in batches.
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        QCOMPARE(QSet<QString>(a.cbegin(), a.cend()).size(), a.size()); // none twice
        // Nothing Docker stored is missing. Docker's stored log may itself lack the last lines
        // before a killed daemon (its log driver had not flushed them) while the live stream
        // delivered them: such extra lines are still checked by the numbering below.
        const QSet<QString> followedSet(a.cbegin(), a.cend());
        for (const QString& stored : b)
            QVERIFY2(followedSet.contains(stored), qPrintable(QStringLiteral("lost: ") + stored));
        QVERIFY(a.size() >= b.size());
        // And the numbers themselves have no gap and no repeat.
        const QList<int> n = numbers(followed);
        for (int i = 1; i < n.size(); ++i)
            // A step of 0 is the fixture's own repeat: killed between printing a number and
            // saving it, it prints that number again after the restart (another timestamp, so
            // not a duplicate of ours — those are caught above).
            QVERIFY2(n[i] == n[i - 1] + 1 || n[i] == n[i - 1],
                     qPrintable(QStringLiteral("%1 after %2").arg(n[i]).arg(n[i - 1])));
    }

    static int countStarts(const QList<LogEntry>& entries)
    {
        return int(std::count_if(entries.cbegin(), entries.cend(), [](const LogEntry& e) {
            return e.text.startsWith("start after");
        }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_stack = std::make_unique<StackFixture>();
        m_thread = std::make_unique<WorkerThread>(QStringLiteral("docker"));
        m_client = new DockerClient(DockerEndpoint::fromEnvironment());
        m_thread->adopt(m_client);
    }

    void cleanupTestCase()
    {
        for (const QString& c : std::as_const(m_containers))
            StackFixture::docker({QStringLiteral("rm"), QStringLiteral("-f"), c});
        m_thread.reset();
    }

    void followsAcrossContainerRestartWithoutGapOrDuplicate()
    {
        REQUIRE_STACK(*m_stack);
        const QString c = numberedContainer();
        Collector got;
        LogFollower* f = follow({{QStringLiteral("numbers"), c}}, true, -1, &got);
        auto guard = qScopeGuard([&] { stop(f); });
        QTRY_VERIFY_WITH_TIMEOUT(numbers(got.entries).size() >= 40, 30000);
        for (int round = 1; round <= 2; ++round) {
            const auto r = StackFixture::docker(
                {QStringLiteral("restart"), QStringLiteral("-t"), QStringLiteral("10"), c});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QTRY_VERIFY_WITH_TIMEOUT(countStarts(got.entries) == round + 1, 30000);
            const int seen = numbers(got.entries).size();
            QTRY_VERIFY_WITH_TIMEOUT(numbers(got.entries).size() >= seen + 40, 30000);
        }
        guard.dismiss();
        stop(f);
        QVERIFY(got.errors.isEmpty());
        compareWithDocker(c, got.entries);
    }

    // --since/--until (and the Logs page's from–to range reaching back): exactly the lines of
    // the range, to the nanosecond, though Docker's own bounds are whole seconds; a follow with
    // an end stops there by itself.
    void sinceUntilReadsExactlyThatRange()
    {
        REQUIRE_STACK(*m_stack);
        const QString c = numberedContainer();
        {
            Collector warmup;
            LogFollower* f = follow({{c, c}}, true, -1, &warmup);
            QTRY_VERIFY_WITH_TIMEOUT(numbers(warmup.entries).size() >= 150, 30000);
            stop(f);
        }
        const QList<LogEntry> all = wholeLog(c);
        QVERIFY(all.size() >= 150);
        const qint64 since = all.at(40).timestampNs;
        const qint64 until = all.at(120).timestampNs;
        QList<LogEntry> expected;
        for (const LogEntry& e : all)
            if (e.timestampNs >= since && e.timestampNs <= until)
                expected << e;

        Collector got;
        LogFollower* f = follow({{c, c}}, false, -1, &got, since, until);
        QTRY_VERIFY_WITH_TIMEOUT(got.finished, 30000);
        stop(f);
        QCOMPARE(got.entries.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(got.entries.at(i).text, expected.at(i).text);
            QCOMPARE(got.entries.at(i).timestampNs, expected.at(i).timestampNs);
        }

        // A follow whose end has passed reads the range once and finishes (docker logs -f
        // --until <past> does the same).
        Collector past;
        LogFollower* h = follow({{c, c}}, true, -1, &past, since, until);
        QTRY_VERIFY_WITH_TIMEOUT(past.finished, 30000);
        stop(h);
        QCOMPARE(past.entries.size(), expected.size());

        // A follow that ends two seconds from now finishes by itself, with nothing after it.
        const qint64 end = QDateTime::currentMSecsSinceEpoch() * 1000000 + 2000000000LL;
        Collector bounded;
        LogFollower* g = follow({{c, c}}, true, 5, &bounded, 0, end);
        QTRY_VERIFY_WITH_TIMEOUT(bounded.finished, 20000);
        stop(g);
        QVERIFY(numbers(bounded.entries).size() >= 10);
        for (const LogEntry& e : std::as_const(bounded.entries))
            QVERIFY(e.timestampNs <= end);

        // artgenctl logs --since … --until … prints the same lines.
        QProcess p;
        p.start(QStringLiteral(ARTGEN_TEST_BINARY_DIR "/src/cli/artgenctl"),
                {QStringLiteral("--stack-dir"), m_stack->profile().stackDir, QStringLiteral("logs"),
                 QStringLiteral("--container"), c, QStringLiteral("--since"),
                 QString::fromLatin1(LogTimestamp::format(since)), QStringLiteral("--until"),
                 QString::fromLatin1(LogTimestamp::format(until))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QList<QByteArray> printed = p.readAllStandardOutput().trimmed().split('\n');
        printed.removeIf([](const QByteArray& l) { return !l.contains(" | "); });
        QCOMPARE(printed.size(), expected.size());
        QVERIFY(printed.first().endsWith(QByteArray(" | " + expected.first().text)));
        QVERIFY(printed.last().endsWith(QByteArray(" | " + expected.last().text)));
    }

    // `compose down` then `up`: the container goes, a new one of the same name comes. The
    // follow notes the removal, waits, and reads the new container from its first line; one not
    // there yet when the follow starts is waited for the same way.
    void removedContainerNotedAndItsSuccessorFollowed()
    {
        REQUIRE_STACK(*m_stack);
        const QString c = numberedContainer();
        const QString later =
            QStringLiteral("artgen-logs-it-later-%1").arg(QCoreApplication::applicationPid());
        StackFixture::docker({QStringLiteral("rm"), QStringLiteral("-f"), later});
        Collector got;
        Collector waiting;
        LogFollower* f = follow({{QStringLiteral("numbers"), c}}, true, 10, &got);
        LogFollower* w = follow({{QStringLiteral("later"), later}}, true, 0, &waiting);
        auto guard = qScopeGuard([&] {
            stop(f);
            stop(w);
        });
        QTRY_VERIFY_WITH_TIMEOUT(!numbers(got.entries).isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!waiting.entries.isEmpty(), 30000);
        QCOMPARE(waiting.entries.first().stream, LogStream::Note);
        QVERIFY(waiting.entries.first().text.contains("waiting for it to be created"));

        QCOMPARE(StackFixture::docker({QStringLiteral("rm"), QStringLiteral("-f"), c}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            !got.entries.isEmpty() && got.entries.last().stream == LogStream::Note, 30000);
        QVERIFY(got.entries.last().text.contains("was removed"));
        const qsizetype removedAt = got.entries.size() - 1;
        QVERIFY(!got.finished); // still following: waiting for a container of that name

        QCOMPARE(numberedContainer(), c); // made again: it counts from 1 again
        run(QStringLiteral("later"), {baseImage(), QStringLiteral("sh"), QStringLiteral("-c"),
                                      QStringLiteral("echo first; sleep 300")});
        const auto newLines = [&] {
            return numbers(got.entries.mid(removedAt));
        };
        QTRY_VERIFY_WITH_TIMEOUT(newLines().size() >= 20, 30000);
        QCOMPARE(newLines().first(), 1); // from its first line, none lost
        for (qsizetype i = 1; i < newLines().size(); ++i)
            QCOMPARE(newLines().at(i), newLines().at(i - 1) + 1);
        const LogEntry& note = got.entries.at(removedAt + 1);
        QCOMPARE(note.stream, LogStream::Note);
        QVERIFY2(note.text.contains("A new container"), note.text.constData());
        QVERIFY(got.errors.isEmpty());

        // Replaced by a job that has run and exited before the follow can look (made under
        // another name, then renamed): its lines are read all the same, as a crash at start
        // would be.
        const QString jobName = c + QStringLiteral("-job");
        m_containers << jobName;
        const auto job = StackFixture::docker(
            {QStringLiteral("run"), QStringLiteral("--name"), jobName, baseImage(),
             QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo job 1; echo job 2")});
        QCOMPARE(job.exitCode, 0);
        QCOMPARE(StackFixture::docker({QStringLiteral("rm"), QStringLiteral("-f"), c}).exitCode, 0);
        QCOMPARE(StackFixture::docker({QStringLiteral("rename"), jobName, c}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(got.texts().contains("job 2"), 30000);
        QCOMPARE(got.count(QStringLiteral("job 1")), 1);
        QVERIFY(got.texts().indexOf("job 1") < got.texts().indexOf("job 2"));

        // Tail 0 asked for nothing old, but a container made while waiting is new all through.
        QTRY_VERIFY_WITH_TIMEOUT(waiting.texts().contains("first"), 30000);
        QVERIFY(waiting.errors.isEmpty());
    }

    // A container found after a wait that was made long before it (a daemon that did not know
    // it for a moment, or a rename) is no new container: it is read from the chosen tail, with
    // no "new container" note.
    void oldContainerFoundAfterAWaitIsReadFromTheTail()
    {
        REQUIRE_STACK(*m_stack);
        const QString old = run(QStringLiteral("old"),
                                {baseImage(), QStringLiteral("sh"), QStringLiteral("-c"),
                                 QStringLiteral("for i in 1 2 3 4 5 6 7 8 9 10; do echo old $i; "
                                                "done; sleep 300")});
        QTRY_COMPARE_WITH_TIMEOUT(wholeLog(old).size(), 10, 30000);
        // The follower allows the daemon's clock 5 s of slack: be older than that.
        QTest::qWait(6000);
        const QString name =
            QStringLiteral("artgen-logs-it-renamed-%1").arg(QCoreApplication::applicationPid());
        StackFixture::docker({QStringLiteral("rm"), QStringLiteral("-f"), name});
        Collector got;
        LogFollower* f = follow({{QStringLiteral("renamed"), name}}, true, 3, &got);
        auto guard = qScopeGuard([&] { stop(f); });
        QTRY_VERIFY_WITH_TIMEOUT(!got.entries.isEmpty(), 30000); // the waiting note
        QCOMPARE(StackFixture::docker({QStringLiteral("rename"), old, name}).exitCode, 0);
        m_containers << name;
        QTRY_VERIFY_WITH_TIMEOUT(got.entries.size() >= 4, 30000);
        const QList<QByteArray> texts = got.texts();
        QCOMPARE(texts.mid(1), QList<QByteArray>({"old 8", "old 9", "old 10"}));
        QVERIFY(texts.first().contains("waiting for it to be created"));
    }

    void levelsAndTracebackFromTheRealBackendAndNginx()
    {
        REQUIRE_STACK(*m_stack);
        const auto& containers = m_stack->profile().containers;
        const QString tag = QStringLiteral("probe%1").arg(QCoreApplication::applicationPid());
        Collector got;
        LogFollower* f =
            follow({{QStringLiteral("backend"), containers.value(QStringLiteral("backend"))},
                    {QStringLiteral("frontend"), containers.value(QStringLiteral("frontend"))}},
                   true, 0, &got);
        auto guard = qScopeGuard([&] { stop(f); });
        // The backend's own Python logging (its format from app/main.py) writing an exception
        // into the container's log: through PID 1's stderr, as the app itself would.
        const QString py =
            QStringLiteral(
                "import logging, sys\n"
                "logging.basicConfig(stream=sys.stderr, level=logging.INFO, format='%(asctime)s "
                "%(process)d %(levelname)s %(name)s: %(message)s')\n"
                "log = logging.getLogger('app')\n"
                "log.warning('slow render %1')\n"
                "try:\n    1 / 0\nexcept Exception:\n    log.exception('render failed %1')\n"
                "log.info('after %1')\n")
                .arg(tag);
        QTest::qWait(300); // the follow is open before the lines are written (tail=0)
        const auto ex = StackFixture::docker(
            {QStringLiteral("exec"), containers.value(QStringLiteral("backend")),
             QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("python3 -c \"$0\" 2>/proc/1/fd/2"), py});
        QVERIFY2(ex.exitCode == 0, ex.err.constData());
        const auto notFound = m_stack->request("GET", QStringLiteral("/no-such-page-") + tag);
        QCOMPARE(notFound.status, 404);

        const auto find = [&](const char* needle) -> const LogEntry* {
            for (const LogEntry& e : got.entries)
                if (e.text.contains(needle) && e.text.contains(tag.toUtf8()))
                    return &e;
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(find("after ") && find("\" 404 "), 20000);
        QCOMPARE(find("slow render")->level, LogLevel::Warning);
        QCOMPARE(find("after ")->level, LogLevel::Info);
        // The exception: its log line and the traceback, the traceback as ONE entry.
        QCOMPARE(find("render failed")->level, LogLevel::Error);
        const LogEntry* tb = nullptr;
        for (const LogEntry& e : got.entries)
            if (e.text.startsWith("Traceback (most recent call last):") &&
                e.text.contains("ZeroDivisionError"))
                tb = &e;
        QVERIFY(tb);
        QCOMPARE(tb->level, LogLevel::Error);
        QCOMPARE(tb->source, QStringLiteral("backend"));
        QVERIFY(tb->text.count('\n') >= 2 && tb->text.contains("\n  File "));
        QVERIFY(!tb->text.contains("after "));
        // nginx's access line for the 404: a warning; its error log line for the missing file,
        // when it writes one: an error.
        QCOMPARE(find("\" 404 ")->level, LogLevel::Warning);
        QCOMPARE(find("\" 404 ")->source, QStringLiteral("frontend"));
        if (const LogEntry* e = find("[error]"))
            QCOMPARE(e->level, LogLevel::Error);
    }

    void hugeInvalidColouredAndTtyLines()
    {
        REQUIRE_STACK(*m_stack);
        const QString plain = run(
            QStringLiteral("bad"),
            {baseImage(), QStringLiteral("python3"), QStringLiteral("-c"),
             QStringLiteral("import sys; w = sys.stdout.buffer.write; w(b'A' * (3 * 1024 * 1024) "
                            "+ b'Z\\n'); w(b'bad \\xff\\xfe end\\n'); "
                            "w(b'\\x1b[1;31mred\\x1b[0m done\\n'); w(b'last\\n')")});
        const QString tty =
            run(QStringLiteral("tty"),
                {QStringLiteral("-t"), baseImage(), QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("printf '\\033[32mgreen\\033[0m on tty\\nsecond\\n'")});
        for (const QString& c : {plain, tty})
            QTRY_VERIFY_WITH_TIMEOUT(
                StackFixture::docker({QStringLiteral("inspect"), QStringLiteral("-f"),
                                      QStringLiteral("{{.State.Status}}"), c})
                        .out.trimmed() == "exited",
                30000);
        const QList<LogEntry> lines = wholeLog(plain);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].text.startsWith(QByteArray(1024 * 1024, 'A')));
        QVERIFY(lines[0].text.size() < LogSanitizer::kMaxLineBytes + 100);
        // Docker splits the line into 16 KiB messages, each with a timestamp: none of those
        // may leak into the text, and what was cut is counted exactly.
        QVERIFY(lines[0].text.endsWith(LogSanitizer::cutMarker(2 * 1024 * 1024 + 1)));
        const QString bad = QString::fromUtf8(lines[1].text);
        QVERIFY(bad.startsWith(QStringLiteral("bad ")));
        QVERIFY(bad.contains(QChar::ReplacementCharacter));
        QVERIFY(bad.endsWith(QStringLiteral(" end")));
        QCOMPARE(lines[2].text, QByteArray("red done"));
        QCOMPARE(lines[3].text, QByteArray("last"));

        const QList<LogEntry> ttyLines = wholeLog(tty);
        QCOMPARE(ttyLines.size(), 2);
        QCOMPARE(ttyLines[0].text, QByteArray("green on tty"));
        QCOMPARE(ttyLines[1].text, QByteArray("second"));
        QCOMPARE(ttyLines[0].stream, LogStream::Stdout);
    }

    void artgenctlLogs()
    {
        REQUIRE_STACK(*m_stack);
        const QString ctl = QStringLiteral(ARTGEN_TEST_BINARY_DIR "/src/cli/artgenctl");
        const QString stackDir = m_stack->profile().stackDir;
        const auto runCtl = [&](const QStringList& args) {
            QProcess p;
            p.start(ctl,
                    QStringList{QStringLiteral("--stack-dir"), stackDir, QStringLiteral("logs")} +
                        args);
            p.waitForFinished(60000);
            return std::tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
        };
        {
            const auto [code, out, err] =
                runCtl({QStringLiteral("--tail"), QStringLiteral("5"), QStringLiteral("frontend"),
                        QStringLiteral("postgres")});
            QVERIFY2(code == 0, err.constData());
            const QList<QByteArray> lines = out.trimmed().split('\n');
            QVERIFY(lines.size() >= 2 && lines.size() <= 10);
            for (const QByteArray& l : lines)
                QVERIFY2(l.startsWith("frontend | ") || l.startsWith("postgres | "), l.constData());
        }
        {
            const auto [code, out, err] =
                runCtl({QStringLiteral("--json"), QStringLiteral("--tail"), QStringLiteral("3"),
                        QStringLiteral("backend")});
            QVERIFY2(code == 0, err.constData());
            const QList<QByteArray> lines = out.trimmed().split('\n');
            QCOMPARE(lines.size(), 3);
            qint64 previous = 0;
            for (const QByteArray& l : lines) {
                const QJsonObject o = QJsonDocument::fromJson(l).object();
                QCOMPARE(o.value(QStringLiteral("service")).toString(), QStringLiteral("backend"));
                QVERIFY(!o.value(QStringLiteral("level")).toString().isEmpty());
                const QDateTime t = QDateTime::fromString(
                    o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
                QVERIFY(t.isValid());
                QVERIFY(t.toMSecsSinceEpoch() >= previous); // merged by time
                previous = t.toMSecsSinceEpoch();
            }
        }
        {
            const auto [code, out, err] = runCtl({QStringLiteral("nosuch")});
            QCOMPARE(code, 64);
            QVERIFY(err.contains("nosuch"));
        }
        {
            const auto [code, out, err] = runCtl(
                {QStringLiteral("--level"), QStringLiteral("warning"), QStringLiteral("--grep"),
                 QStringLiteral("^\\S+ - - .*\" 404 "), QStringLiteral("frontend")});
            QCOMPARE(code, 0);
            for (const QByteArray& l : out.trimmed().split('\n'))
                QVERIFY2(l.isEmpty() || l.contains("\" 404 "), l.constData());
        }
        // -f follows until Ctrl-C, then exits 0.
        const QString c = numberedContainer();
        QProcess p;
        p.start(ctl, {QStringLiteral("--stack-dir"), stackDir, QStringLiteral("logs"),
                      QStringLiteral("-f"), QStringLiteral("--tail"), QStringLiteral("1"),
                      QStringLiteral("--container"), c});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).count('\n') >= 10, 30000);
        QVERIFY(out.contains(QByteArray(c.toUtf8() + " | line ")));
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    // Last: it restarts the daemon itself. Only where the panel's scripts own dockerd (CI, or
    // ARTGEN_ALLOW_DOCKERD_RESTART=1) — never against a developer's systemd-managed daemon.
    void followsAcrossDaemonRestartWithoutGapOrDuplicate()
    {
        REQUIRE_STACK(*m_stack);
        if (!StackFixture::mayRestartDaemon())
            QSKIP("restarting dockerd needs CI=true or ARTGEN_ALLOW_DOCKERD_RESTART=1");
        const QByteArray pid = StackFixture::daemonPid();
        QVERIFY2(!pid.isEmpty(),
                 "no /var/run/docker.pid: dockerd not started by scripts/stack.sh?");

        const QString c = numberedContainer();
        Collector got;
        LogFollower* f = follow({{QStringLiteral("numbers"), c}}, true, -1, &got);
        auto stopGuard = qScopeGuard([&] { stop(f); });
        QTRY_VERIFY_WITH_TIMEOUT(numbers(got.entries).size() >= 40, 30000);

        // Whatever fails below, the daemon is started again so later tests find it.
        auto daemonGuard = qScopeGuard([] { StackFixture::startDaemon(); });
        QVERIFY(StackFixture::terminateDaemon(pid));
        QTRY_VERIFY_WITH_TIMEOUT(
            !QFile::exists(QStringLiteral("/proc/") + QString::fromLatin1(pid)), 60000);
        QVERIFY(StackFixture::startDaemon());
        daemonGuard.dismiss();

        // The container comes back (restart policy) and the follow resumes by itself.
        QTRY_VERIFY_WITH_TIMEOUT(countStarts(got.entries) >= 2, 120000);
        const int seen = numbers(got.entries).size();
        QTRY_VERIFY_WITH_TIMEOUT(numbers(got.entries).size() >= seen + 40, 30000);
        stopGuard.dismiss();
        stop(f);
        compareWithDocker(c, got.entries);

        // The demo stack is back and healthy before the next test (restart: unless-stopped).
        StackInspector inspector(*m_client);
        QDeadlineTimer deadline(240000);
        bool healthy = false;
        while (!healthy && !deadline.hasExpired()) {
            auto s = inspector.inspect(m_stack->profile());
            s.waitForFinished();
            healthy = s.result() && s.result()->allGood() && s.result()->services.size() == 5;
            if (!healthy)
                QTest::qWait(1000);
        }
        QVERIFY2(healthy, "the demo stack did not come back healthy after the dockerd restart");
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    TestLogFollow test;
    const int failures = QTest::qExec(&test, argc, argv);
    const bool skipped =
        !StackFixture().unavailableReason().isEmpty() && !StackFixture::stackRequired();
    return failures == 0 && skipped ? 77 : failures;
}

#include "tst_logfollow.moc"
