#include "docker/workerinspector.h"

#include <QTest>

using namespace artgen::core;

class TestWorkerInspector : public QObject
{
    Q_OBJECT

    static ProcessTable table(const QList<QStringList>& rows)
    {
        ProcessTable t;
        t.titles = {QStringLiteral("PID"), QStringLiteral("PPID"), QStringLiteral("COMMAND")};
        t.processes = rows;
        return t;
    }

private Q_SLOTS:
    void gunicornMasterAndWorkers()
    {
        QList<QStringList> rows = {
            {QStringLiteral("10"), QStringLiteral("1"),
             QStringLiteral("/usr/bin/python3 /usr/bin/gunicorn app.main:app --workers 3")}};
        for (int i = 0; i < 3; ++i)
            rows << QStringList{
                QString::number(20 + i), QStringLiteral("10"),
                QStringLiteral("/usr/bin/python3 /usr/bin/gunicorn app.main:app --workers 3")};
        rows << QStringList{QStringLiteral("30"), QStringLiteral("1"), QStringLiteral("sleep 100")};
        QCOMPARE(WorkerInspector::countTree(table(rows), QStringLiteral("gunicorn")),
                 std::make_pair(1, 3));
    }

    void initWrapperIsNotTheMaster()
    {
        // docker-init (compose `init: true`) carries the program name in its arguments.
        const QList<QStringList> rows = {
            {QStringLiteral("1"), QStringLiteral("0"),
             QStringLiteral("/sbin/docker-init -- celery -A app worker")},
            {QStringLiteral("7"), QStringLiteral("1"),
             QStringLiteral("python3 /usr/bin/celery -A app worker")},
            {QStringLiteral("8"), QStringLiteral("7"),
             QStringLiteral("python3 /usr/bin/celery -A app worker")},
            {QStringLiteral("9"), QStringLiteral("7"),
             QStringLiteral("python3 /usr/bin/celery -A app worker")}};
        QCOMPARE(WorkerInspector::countTree(table(rows), QStringLiteral("celery")),
                 std::make_pair(1, 2));
    }

    void noMatchingProcess()
    {
        QCOMPARE(WorkerInspector::countTree(
                     table({{QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("nginx")}}),
                     QStringLiteral("gunicorn")),
                 std::make_pair(0, 0));
        QCOMPARE(WorkerInspector::countTree(ProcessTable(), QStringLiteral("gunicorn")),
                 std::make_pair(0, 0));
    }

    void optionValue_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<int>("value");
        QTest::newRow("long with space")
            << QStringList{QStringLiteral("gunicorn"), QStringLiteral("--workers"),
                           QStringLiteral("8")}
            << 8;
        QTest::newRow("long with =")
            << QStringList{QStringLiteral("celery"), QStringLiteral("--concurrency=12")} << 12;
        QTest::newRow("short") << QStringList{QStringLiteral("gunicorn"), QStringLiteral("-w"),
                                              QStringLiteral("4")}
                               << 4;
        QTest::newRow("inside a shell string")
            << QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("exec gunicorn --workers 6 app:app")}
            << 6;
        QTest::newRow("absent") << QStringList{QStringLiteral("gunicorn"),
                                               QStringLiteral("app:app")}
                                << -1;
    }

    void optionValue()
    {
        QFETCH(QStringList, argv);
        QFETCH(int, value);
        const bool celery = argv.first() == QStringLiteral("celery");
        QCOMPARE(WorkerInspector::optionValue(
                     argv, celery ? QStringLiteral("--concurrency") : QStringLiteral("--workers"),
                     celery ? QStringLiteral("-c") : QStringLiteral("-w")),
                 value);
    }
};

QTEST_GUILESS_MAIN(TestWorkerInspector)
#include "tst_workerinspector.moc"
