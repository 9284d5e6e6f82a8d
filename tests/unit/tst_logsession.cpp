// LogSession, LogReadPlan and LogTimeWindow: what the Logs page reads from Docker and when it
// reads again, the lines it holds while paused, and its time windows — without a widget.
#include "logs/logfilter.h"
#include "logs/logsession.h"
#include "logs/logtimewindow.h"

#include <QTest>

using namespace artgen::core;

namespace {
constexpr qint64 kSec = 1000000000LL;
constexpr qint64 kNow = Q_INT64_C(1714564800) * kSec; // 2024-05-01T12:00:00Z

// `n` lines, one a second from `t0`.
LogBatch lines(int from, int n, qint64 t0)
{
    LogBatch b;
    b.sources = {QStringLiteral("backend")};
    for (int i = from; i < from + n; ++i)
        b.add(0, LogStream::Stdout, t0 + qint64(i) * kSec, LogLevel::Info,
              QByteArray(QByteArray("line ") + QByteArray::number(i)));
    return b;
}

LogFilter windowFilter(const LogTimeWindow& window, qint64 nowNs)
{
    LogFilter filter;
    window.applyTo(filter, nowNs);
    return filter;
}

const QList<LogFollower::Source> kSources{{QStringLiteral("backend"), QStringLiteral("b")}};
} // namespace

class TestLogSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeWindows()
    {
        QVERIFY(LogTimeWindow::anyTime().isAnyTime());
        const LogTimeWindow last5 = LogTimeWindow::lastMinutes(5);
        QVERIFY(last5.isSliding());
        // The window slides with the clock.
        QCOMPARE(last5.fromNs(kNow), kNow - 300 * kSec);
        QCOMPARE(last5.fromNs(kNow + 10 * kSec), kNow - 290 * kSec);
        QCOMPARE(last5.toNs(), 0);
        // A range does not slide; the editors' whole seconds: the end takes in all of its second.
        const LogTimeWindow range = LogTimeWindow::secondsRange(100, 119);
        QVERIFY(!range.isSliding());
        QCOMPARE(range.fromNs(kNow), 100 * kSec);
        QCOMPARE(range.fromNs(kNow + kSec), 100 * kSec);
        QCOMPARE(range.toNs(), 120 * kSec - 1);
        QCOMPARE(LogTimeWindow::secondsRange(100, 0).toNs(), 0); // open: up to now
        const LogFilter f = windowFilter(range, kNow);
        QCOMPARE(f.fromNs, 100 * kSec);
        QCOMPARE(f.toNs, 120 * kSec - 1);
    }

    void followsFromTheTailByDefault()
    {
        LogSession session;
        QVERIFY(!session.plan().readsRange());
        const LogFollower::Options o = session.plan().options(kSources, kNow);
        QCOMPARE(o.tail, LogReadPlan::kDefaultTail);
        QVERIFY(o.follow);
        QCOMPARE(o.sinceNs, 0);
        QCOMPARE(o.sources.size(), 1);
        session.plan().startFrom(-1);
        QCOMPARE(session.plan().options(kSources, kNow).tail, -1);
    }

    // A window inside what is stored reads nothing again; one that reaches back before the
    // oldest stored line reads Docker's logs again from its start.
    void rangeBeforeTheStoreReadsAgainInsideDoesNot()
    {
        LogSession session;
        const qint64 t0 = kNow - 200 * kSec;
        session.plan().options(kSources, kNow); // following from the last 1000 lines
        session.append(lines(0, 100, t0));
        const LogFilter inside = windowFilter(LogTimeWindow::range(t0 + 10 * kSec, 0), kNow);
        QVERIFY(session.plan().covers(inside, session.store()));
        QCOMPARE(session.plan().settle(inside, session.store()), LogReadPlan::Reading::Keep);
        QVERIFY(!session.plan().readsRange());
        // "Last 5 minutes" reaches before the oldest line (200 s ago): read again.
        const LogFilter last5 = windowFilter(LogTimeWindow::lastMinutes(5), kNow);
        QCOMPARE(session.plan().settle(last5, session.store()), LogReadPlan::Reading::Range);
        QVERIFY(session.plan().readsRange());
        QCOMPARE(session.plan().sinceNs(), kNow - 300 * kSec);
        session.reset();
        const LogFollower::Options o = session.plan().options(kSources, kNow);
        QCOMPARE(o.tail, -1);
        QCOMPARE(o.sinceNs, kNow - 300 * kSec);
        QCOMPARE(o.untilNs, 0);
        QVERIFY(o.follow); // open end: goes on following
        // Read from there already: the window sliding on (or narrowing) reads nothing more, even
        // with nothing stored yet.
        QCOMPARE(session.plan().settle(windowFilter(LogTimeWindow::lastMinutes(5), kNow + kSec),
                                       session.store()),
                 LogReadPlan::Reading::Keep);
    }

    // A closed range in the past is read once, to its end; a later end reads again.
    void closedRangeReadsToItsEnd()
    {
        LogSession session;
        const LogFilter hour =
            windowFilter(LogTimeWindow::range(kNow - 3600 * kSec, kNow - 1800 * kSec), kNow);
        QCOMPARE(session.plan().settle(hour, session.store()), LogReadPlan::Reading::Range);
        const LogFollower::Options o = session.plan().options(kSources, kNow);
        QCOMPARE(o.untilNs, kNow - 1800 * kSec);
        QVERIFY(!o.follow);
        const LogFilter shorter =
            windowFilter(LogTimeWindow::range(kNow - 3000 * kSec, kNow - 2000 * kSec), kNow);
        QCOMPARE(session.plan().settle(shorter, session.store()), LogReadPlan::Reading::Keep);
        const LogFilter later =
            windowFilter(LogTimeWindow::range(kNow - 3000 * kSec, kNow - 60 * kSec), kNow);
        QCOMPARE(session.plan().settle(later, session.store()), LogReadPlan::Reading::Range);
        QCOMPARE(session.plan().untilNs(), kNow - 60 * kSec);
    }

    // Back from a range to "any time": following from the (default) tail again.
    void backFromARangeToFollowing()
    {
        LogSession session;
        session.plan().startFrom(100);
        const LogFilter reachBack = windowFilter(LogTimeWindow::range(kNow - 3600 * kSec, 0), kNow);
        QCOMPARE(session.plan().settle(reachBack, session.store()), LogReadPlan::Reading::Range);
        QCOMPARE(session.plan().settle(LogFilter(), session.store()), LogReadPlan::Reading::Tail);
        QVERIFY(!session.plan().readsRange());
        const LogFollower::Options o = session.plan().options(kSources, kNow);
        QCOMPARE(o.tail, LogReadPlan::kDefaultTail); // the range was the start: the default one
        QCOMPARE(o.sinceNs, 0);
        QCOMPARE(o.untilNs, 0);
        QVERIFY(o.follow);
        // Any time while following from the tail: nothing to do.
        QCOMPARE(session.plan().settle(LogFilter(), session.store()), LogReadPlan::Reading::Keep);
        // Another start chosen while reading a range: that start, not the default.
        QCOMPARE(session.plan().settle(reachBack, session.store()), LogReadPlan::Reading::Range);
        session.plan().startFrom(50);
        QVERIFY(!session.plan().readsRange());
        QCOMPARE(session.plan().options(kSources, kNow).tail, 50);
    }

    // Following from each container's beginning: the store has all Docker has, whatever the
    // cap dropped would be dropped again.
    void followingEverythingCoversAnyWindow()
    {
        LogSession session(1000);
        session.plan().startFrom(-1);
        session.plan().options(kSources, kNow);
        session.append(lines(0, 2000, kNow - 2000 * kSec)); // the oldest 1000 dropped
        QCOMPARE(session.droppedLines(), 1000);
        const LogFilter day = windowFilter(LogTimeWindow::lastMinutes(24 * 60), kNow);
        QCOMPARE(session.plan().settle(day, session.store()), LogReadPlan::Reading::Keep);
    }

    // The user's Clear: a filter change does not read the cleared lines back; a new window does.
    void clearThenANewWindow()
    {
        LogSession session;
        session.plan().options(kSources, kNow);
        session.append(lines(0, 600, kNow - 600 * kSec));
        const LogFilter last5 = windowFilter(LogTimeWindow::lastMinutes(5), kNow);
        QCOMPARE(session.plan().settle(last5, session.store()), LogReadPlan::Reading::Keep);
        session.clear(kNow);
        QCOMPARE(session.store().size(), 0);
        QVERIFY(session.plan().isCleared());
        LogFilter warnings = last5;
        warnings.minimumLevel = LogLevel::Warning;
        QCOMPARE(session.plan().settle(warnings, session.store()), LogReadPlan::Reading::Keep);
        // Lines after the Clear come in as usual.
        QVERIFY(session.append(lines(600, 5, kNow - 600 * kSec)).has_value());
        QCOMPARE(session.store().size(), 5);
        // Another window asked for: read what it needs.
        session.plan().windowChosen();
        const LogFilter last15 = windowFilter(LogTimeWindow::lastMinutes(15), kNow);
        QCOMPARE(session.plan().settle(last15, session.store()), LogReadPlan::Reading::Range);
        QCOMPARE(session.plan().sinceNs(), kNow - 900 * kSec);
    }

    // Paused, batches wait, bounded by the line cap: the oldest go first, counted with the
    // store's own drops; resuming hands them back in order.
    void pauseQueueAndTheLineCap()
    {
        LogSession session(1000);
        const qint64 t0 = kNow - 3600 * kSec;
        QVERIFY(session.append(lines(0, 100, t0)).has_value());
        session.pause();
        QVERIFY(session.isPaused());
        for (int i = 1; i <= 15; ++i)
            QVERIFY(!session.append(lines(i * 100, 100, t0)).has_value());
        QCOMPARE(session.store().size(), 100); // nothing stored while paused
        QCOMPARE(session.waitingLines(), 1000);
        QCOMPARE(session.droppedWhilePaused(), 500);
        QCOMPARE(session.droppedLines(), 500);
        const QList<LogBatch> waiting = session.resume();
        QVERIFY(!session.isPaused());
        QCOMPARE(session.waitingLines(), 0);
        QCOMPARE(waiting.size(), 10);
        QCOMPARE(waiting.first().entry(0).text, QByteArray("line 600"));
        for (const LogBatch& b : waiting)
            QVERIFY(session.append(b).has_value());
        QCOMPARE(session.store().size(), 1000);
        QCOMPARE(session.droppedLines(), 600); // 500 while paused, 100 from the store
        QCOMPARE(session.store().entry(0).text, QByteArray("line 600"));
        session.reset();
        QCOMPARE(session.droppedLines(), 0);
    }

    // The line cap never goes below the minimum; lowering it drops the oldest at once.
    void lineLimit()
    {
        LogSession session(10);
        QCOMPARE(session.lineLimit(), LogSession::kMinimumLineLimit);
        session.setLineLimit(5000);
        session.append(lines(0, 3000, kNow - 3600 * kSec));
        const LogStore::Change c = session.setLineLimit(2000);
        QCOMPARE(c.dropped, 1000);
        QCOMPARE(c.added, 0);
        QCOMPARE(c.firstChanged, 2000);
        QCOMPARE(session.droppedLines(), 1000);
        QCOMPARE(session.store().entry(0).text, QByteArray("line 1000"));
    }

    // A from–to range first shown starts at the first whole second after the oldest line (so
    // showing it reads nothing again), or an hour back when nothing is stored.
    void suggestedRangeStart()
    {
        LogSession session;
        QCOMPARE(session.suggestedRangeStartNs(kNow), kNow - 3600 * kSec);
        session.append(lines(0, 10, kNow - 100 * kSec + 300000000));
        const qint64 start = session.suggestedRangeStartNs(kNow);
        QCOMPARE(start, kNow - 99 * kSec);
        QVERIFY(session.plan().covers(windowFilter(LogTimeWindow::range(start, 0), kNow),
                                      session.store()));
    }
};

QTEST_GUILESS_MAIN(TestLogSession)
#include "tst_logsession.moc"
