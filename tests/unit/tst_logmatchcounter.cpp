// LogMatchCounter: "3 of 17" over a store that keeps changing — counted on the pool, then kept
// in step as lines arrive, merge in late and leave for the cap.
#include "logs/logmatchcounter.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace artgen::core;

namespace {
constexpr qint64 kSec = 1000000000LL;

// Lines "line N" at N seconds; every 10th says "boom" and is an error.
LogBatch lines(int from, int n, qint64 offsetNs = 0)
{
    LogBatch b;
    b.sources = {QStringLiteral("backend"), QStringLiteral("celery")};
    for (int i = from; i < from + n; ++i) {
        const bool boom = i % 10 == 0;
        b.add(quint16(i % 2), LogStream::Stdout, qint64(i) * kSec + offsetNs,
              boom ? LogLevel::Error : LogLevel::Info,
              QByteArray(QByteArray(boom ? "boom " : "line ") + QByteArray::number(i)));
    }
    return b;
}

LogMatcher boom()
{
    return LogMatcher(QStringLiteral("boom"), false, true);
}

// The matches counted the slow way, for comparison.
qsizetype countNow(const LogStore& store, LogFilter filter, const LogMatcher& matcher)
{
    filter.prepare(store);
    qsizetype n = 0;
    for (qsizetype i = 0; i < store.size(); ++i)
        n += filter.accepts(store.at(i)) && matcher.matches(store.at(i).text);
    return n;
}
} // namespace

class TestLogMatchCounter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsOnThePoolThenFollowsAppends()
    {
        LogStore store;
        store.append(lines(0, 1000));
        LogMatchCounter counter(store);
        counter.restart(LogFilter(), boom());
        QVERIFY(!counter.isReady());
        QTRY_VERIFY(counter.isReady());
        QCOMPARE(counter.count(), 100);
        QCOMPARE(counter.ordinalOf(0), 1);  // "boom 0"
        QCOMPARE(counter.ordinalOf(30), 4); // "boom 30"
        QCOMPARE(counter.ordinalOf(31), 0); // "line 31" is no match
        counter.storeChanged(store.append(lines(1000, 100)));
        QCOMPARE(counter.count(), 110);
        QCOMPARE(counter.ordinalOf(1090), 110);
    }

    void linesArrivingWhileCountingAreCountedToo()
    {
        LogStore store;
        store.append(lines(0, 1000));
        LogMatchCounter counter(store);
        counter.restart(LogFilter(), boom());
        // Before the pool's count lands: a plain append, then late lines merged in between.
        counter.storeChanged(store.append(lines(1000, 200)));
        counter.storeChanged(store.append(lines(500, 20, kSec / 2)));
        QTRY_VERIFY(counter.isReady());
        QCOMPARE(counter.count(), countNow(store, LogFilter(), boom()));
        QCOMPARE(counter.count(), 122);
    }

    void mergedAndDroppedLinesKeepTheCountRight()
    {
        LogStore store(500);
        store.append(lines(0, 400));
        LogMatchCounter counter(store);
        counter.restart(LogFilter(), boom());
        QTRY_VERIFY(counter.isReady());
        QCOMPARE(counter.count(), 40);
        // Late lines merged among stored ones, and the cap drops the oldest.
        counter.storeChanged(store.append(lines(300, 50, kSec / 2)));
        QCOMPARE(counter.count(), countNow(store, LogFilter(), boom()));
        counter.storeChanged(store.append(lines(400, 300)));
        QCOMPARE(store.size(), 500);
        QCOMPARE(counter.count(), countNow(store, LogFilter(), boom()));
        // The first stored match is number 1.
        qsizetype first = 0;
        while (!boom().matches(store.at(first).text))
            ++first;
        QCOMPARE(counter.ordinalOf(store.removedFront() + first), 1);
    }

    void countsOnlyWhatTheFilterShows()
    {
        LogStore store;
        store.append(lines(0, 1000));
        LogFilter celery;
        celery.sources = {QStringLiteral("celery")};
        LogMatchCounter counter(store);
        counter.restart(celery, LogMatcher(QStringLiteral("[13]$"), true, true));
        QTRY_VERIFY(counter.isReady());
        QCOMPARE(counter.count(),
                 countNow(store, celery, LogMatcher(QStringLiteral("[13]$"), true, true)));
        QCOMPARE(counter.count(), 200); // odd numbers (celery) ending in 1 or 3
    }

    void emptySearchOrClearCountsNothing()
    {
        LogStore store;
        store.append(lines(0, 100));
        LogMatchCounter counter(store);
        QSignalSpy changed(&counter, &LogMatchCounter::changed);
        counter.restart(LogFilter(), LogMatcher());
        QVERIFY(counter.isReady());
        QCOMPARE(counter.count(), 0);
        counter.restart(LogFilter(), boom());
        QTRY_VERIFY(counter.isReady());
        QCOMPARE(counter.count(), 10);
        store.clear();
        counter.storeCleared();
        QCOMPARE(counter.count(), 0);
        counter.storeChanged(store.append(lines(100, 10)));
        QCOMPARE(counter.count(), 1);
        QVERIFY(changed.count() >= 4);
    }

    // A million stored lines: the count runs on the pool; the UI thread only scans what arrives.
    // The times are printed for the record, not asserted.
    void aMillionLines()
    {
        LogStore store(LogStore::kUnlimited);
        for (int i = 0; i < 1000000; i += 50000)
            store.append(lines(i, 50000));
        LogMatchCounter counter(store);
        QElapsedTimer t;
        t.start();
        counter.restart(LogFilter(), LogMatcher(QStringLiteral("boom 99"), false, false));
        const qint64 restartMs = t.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(counter.isReady(), 60000);
        const qint64 countMs = t.elapsed();
        QCOMPARE(counter.count(), 1111); // boom 99, 990..., 9900..., 99000..., 990000...
        t.restart();
        counter.storeChanged(store.append(lines(1000000, 1000)));
        const qint64 appendUs = t.nsecsElapsed() / 1000;
        QCOMPARE(counter.count(), 1111);
        qInfo("1,000,000 lines: restart on the UI thread %lld ms, count on the pool %lld ms, "
              "a batch of 1000 new lines %lld µs",
              restartMs, countMs, appendUs);
    }
};

QTEST_GUILESS_MAIN(TestLogMatchCounter)
#include "tst_logmatchcounter.moc"
