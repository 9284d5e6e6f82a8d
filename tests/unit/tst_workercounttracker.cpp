#include "docker/workercounttracker.h"

#include <QTest>

using namespace artgen::core;

// The settling rule of the workers summary: a count is believed when two consecutive
// measurements agree and match the expected one; until then, and until the deadline, measure
// again. A container in its start period is "starting", not failed.
class TestWorkerCountTracker : public QObject
{
    Q_OBJECT

    static WorkerReport report(int gunicorn, int celery)
    {
        WorkerReport r;
        r.gunicornMasters = 1;
        r.gunicornWorkers = gunicorn;
        r.expectedGunicornWorkers = 8;
        r.celeryWorkers = celery;
        r.expectedCeleryConcurrency = 12;
        return r;
    }

    const QDateTime t0 = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

private Q_SLOTS:
    void measuresAgainUntilTwoFullCountsAgree()
    {
        WorkerCountTracker t;
        t.changed(t0);
        // The start event's measurement: the workers have not forked yet.
        t.record(report(0, 0), t0);
        QVERIFY(!t.settled());
        QVERIFY(t.wantsAnother(t0));
        t.record(report(8, 12), t0.addSecs(2));
        QVERIFY2(!t.settled(), "one full count is not yet two that agree");
        QVERIFY(t.wantsAnother(t0.addSecs(2)));
        t.record(report(8, 12), t0.addSecs(4));
        QVERIFY(t.settled());
        QVERIFY(!t.wantsAnother(t0.addSecs(4)));
        QCOMPARE(t.last()->gunicornWorkers, 8);
    }

    void agreeingShortCountsDoNotSettle()
    {
        WorkerCountTracker t;
        t.changed(t0);
        t.record(report(8, 4), t0);
        t.record(report(8, 4), t0.addSecs(2));
        QVERIFY(!t.settled());
        QVERIFY(t.wantsAnother(t0.addSecs(2)));
    }

    void givesUpAtTheDeadline()
    {
        WorkerCountTracker t;
        t.changed(t0);
        t.record(report(8, 4), t0);
        const QDateTime late = t0.addMSecs(WorkerCountTracker::settleDeadlineMs);
        t.record(report(8, 4), late);
        QVERIFY(!t.wantsAnother(late));
    }

    void aChangeForgetsTheSettledCount()
    {
        WorkerCountTracker t;
        t.record(report(8, 12), t0);
        t.record(report(8, 12), t0.addSecs(2));
        QVERIFY(t.settled());
        const QDateTime restart = t0.addSecs(300);
        t.changed(restart);
        QVERIFY(!t.settled());
        QVERIFY(t.wantsAnother(restart));
        // The first measurement after the change is compared with nothing before it.
        t.record(report(8, 12), restart);
        QVERIFY(!t.settled());
        t.record(report(8, 12), restart.addSecs(2));
        QVERIFY(t.settled());
    }

    // A container that is not running yet cannot be read: keep trying until the deadline.
    void aFailedMeasurementKeepsTrying()
    {
        WorkerCountTracker t;
        t.changed(t0);
        t.record(report(8, 12), t0);
        t.failed();
        QVERIFY(!t.last());
        QVERIFY(t.wantsAnother(t0.addSecs(2)));
        t.record(report(8, 12), t0.addSecs(4));
        QVERIFY2(!t.settled(), "the count before the failure does not count");
        t.record(report(8, 12), t0.addSecs(6));
        QVERIFY(t.settled());
    }

    void startingWithinTheStartPeriodOrWhileHealthSaysSo()
    {
        ServiceStatus c;
        c.state = QStringLiteral("running");
        c.health = QStringLiteral("healthy");
        c.startedAt = t0;
        c.healthStartPeriodSecs = 30;
        QVERIFY(WorkerCountTracker::isStarting(c, t0.addSecs(10)));
        QVERIFY(!WorkerCountTracker::isStarting(c, t0.addSecs(31)));
        c.health = QStringLiteral("starting");
        QVERIFY(WorkerCountTracker::isStarting(c, t0.addSecs(31)));
        c.state = QStringLiteral("exited");
        QVERIFY(!WorkerCountTracker::isStarting(c, t0.addSecs(10)));
        c.state = QStringLiteral("restarting");
        QVERIFY(WorkerCountTracker::isStarting(c, t0.addSecs(100)));

        using M = WorkerCountTracker::Mark;
        c.state = QStringLiteral("running");
        c.health = QStringLiteral("starting");
        QCOMPARE(WorkerCountTracker::mark(true, &c, t0), M::Ok);
        QCOMPARE(WorkerCountTracker::mark(false, &c, t0), M::Starting);
        c.health = QStringLiteral("healthy");
        QCOMPARE(WorkerCountTracker::mark(false, &c, t0.addSecs(60)), M::Failed);
        QCOMPARE(WorkerCountTracker::mark(false, nullptr, t0), M::Failed);
    }

    // compose down or docker stop: while the pool shrinks the count ("1 + 7 of 8") is not a
    // failure, and a stopped container has no pool to judge.
    void aStoppingOrStoppedContainerIsNotAFailedCount()
    {
        using M = WorkerCountTracker::Mark;
        ServiceStatus c;
        c.container = QStringLiteral("art_generation_backend");
        c.state = QStringLiteral("running");
        c.health = QStringLiteral("healthy");
        WorkerCountTracker t;
        QCOMPARE(t.markFor(false, &c, t0), M::Failed);
        t.containerEvent(c.container, QStringLiteral("kill"));
        QCOMPARE(t.markFor(false, &c, t0), M::Stopping);
        QCOMPARE(t.markFor(true, &c, t0), M::Stopping);
        t.containerEvent(QStringLiteral("art_generation_celery"), QStringLiteral("start"));
        QCOMPARE(t.markFor(false, &c, t0), M::Stopping);
        c.state = QStringLiteral("exited");
        QCOMPARE(t.markFor(false, &c, t0), M::Stopped);
        // Removed by compose down: gone, not failing.
        c.state = QStringLiteral("missing");
        t.containerEvent(c.container, QStringLiteral("destroy"));
        QCOMPARE(t.markFor(false, &c, t0), M::Stopped);
        // Up again: counted and judged as before.
        c.state = QStringLiteral("running");
        t.containerEvent(c.container, QStringLiteral("kill"));
        t.containerEvent(c.container, QStringLiteral("start"));
        QCOMPARE(t.markFor(false, &c, t0), M::Failed);
        QCOMPARE(t.markFor(true, &c, t0), M::Ok);
        c.state = QStringLiteral("exited");
        QCOMPARE(WorkerCountTracker::mark(true, &c, t0), M::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestWorkerCountTracker)
#include "tst_workercounttracker.moc"
