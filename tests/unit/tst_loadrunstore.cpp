// The load test runs kept across restarts: a report read back from its file equals the one
// written (histograms, percentiles, counts, ramp steps), the newest 50 stay, a file that does not
// read back is skipped, and the runs come newest first.
#include "loadtest/loadreport.h"
#include "loadtest/loadrunstore.h"
#include "settings/profile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace artgen;
using core::LatencyHistogram;
using core::LoadReport;
using core::LoadResult;
using core::LoadRunStore;

class TestLoadRunStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A result with latencies spread over six decades (exact and rounded buckets both), a few
    // statuses, errors of each kind and the rest of the fields set.
    static LoadResult result(double targetRate, quint32 seed)
    {
        LoadResult r;
        QRandomGenerator random(seed);
        for (int i = 0; i < 5000; ++i) {
            const qint64 micros = qint64(std::pow(10.0, random.bounded(6.5)));
            r.corrected.record(micros);
            r.uncorrected.record(micros / 2);
        }
        r.completed = 4990;
        r.statusCounts[200] = 4900;
        r.statusCounts[429] = 80;
        r.statusCounts[503] = 10;
        r.errors = {4, 3, 2, 1};
        r.bytesRead = 123'456'789;
        r.bytesWritten = 987'654;
        r.elapsedNs = 10'000'000'123;
        r.userCpuNs = 1'234'567'891;
        r.systemCpuNs = 345'678'912;
        r.targetRate = targetRate;
        r.server = "nginx/1.22.1";
        return r;
    }

    static LoadReport rampReport()
    {
        LoadReport report;
        report.url = QStringLiteral("http://127.0.0.1:8080/api/v1/characters?x=é");
        report.method = QStringLiteral("GET");
        report.connections = 64;
        report.threads = 2;
        report.sloMicros = 200'000;
        report.interrupted = true;
        report.steps = {result(50, 1), result(100, 2), result(150.5, 3)};
        for (const LoadResult& step : report.steps)
            report.total.add(step);
        report.highestPassing = 100;
        return report;
    }

    static void compareHistograms(const LatencyHistogram& a, const LatencyHistogram& b)
    {
        QCOMPARE(b.count(), a.count());
        QCOMPARE(b.min(), a.min());
        QCOMPARE(b.max(), a.max());
        QCOMPARE(b.mean(), a.mean());
        QCOMPARE(b.stdev(), a.stdev());
        for (double p : {0.0, 1.0, 25.0, 50.0, 90.0, 95.0, 99.0, 99.9, 99.99, 100.0})
            QCOMPARE(b.valueAtPercentile(p), a.valueAtPercentile(p));
        const auto binsA = a.logBins(10);
        const auto binsB = b.logBins(10);
        QCOMPARE(binsB.size(), binsA.size());
        for (qsizetype i = 0; i < binsA.size(); ++i)
            QCOMPARE(binsB[i].count, binsA[i].count);
    }

    static void compareResults(const LoadResult& a, const LoadResult& b)
    {
        compareHistograms(a.corrected, b.corrected);
        compareHistograms(a.uncorrected, b.uncorrected);
        QCOMPARE(b.completed, a.completed);
        QCOMPARE(b.statuses(), a.statuses());
        QVERIFY(b.statusCounts == a.statusCounts);
        QVERIFY(b.errors == a.errors);
        QCOMPARE(b.bytesRead, a.bytesRead);
        QCOMPARE(b.bytesWritten, a.bytesWritten);
        QCOMPARE(b.elapsedNs, a.elapsedNs);
        QCOMPARE(b.userCpuNs, a.userCpuNs);
        QCOMPARE(b.systemCpuNs, a.systemCpuNs);
        QCOMPARE(b.targetRate, a.targetRate);
        QCOMPARE(b.server, a.server);
        QCOMPARE(b.requestsPerSecond(), a.requestsPerSecond());
        QCOMPARE(b.cpuMicrosPerRequest(), a.cpuMicrosPerRequest());
    }

    LoadRunStore freshStore(const QString& name) const
    {
        const QString folder = m_dir.filePath(name);
        QDir(folder).removeRecursively();
        return LoadRunStore(folder);
    }

    static QDateTime at(int minutes)
    {
        return QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC).addSecs(minutes * 60);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    }

    // Every figure of a ramp (the whole and each step) reads back exactly as written, and the
    // summary JSON of the exports is the same before and after.
    void rampReportRoundTripsExactly()
    {
        const LoadRunStore store = freshStore(QStringLiteral("roundtrip"));
        const LoadReport before = rampReport();
        const QDateTime when = QDateTime::currentDateTime();
        const auto path = store.save(before, when);
        QVERIFY2(path, qPrintable(path ? QString() : path.error().message()));
        QVERIFY(QFile::exists(*path));
        const auto run = LoadRunStore::load(*path);
        QVERIFY(run);
        QCOMPARE(run->path, *path);
        QCOMPARE(run->when.toMSecsSinceEpoch(), when.toMSecsSinceEpoch());
        const LoadReport& after = run->report;
        QCOMPARE(after.url, before.url);
        QCOMPARE(after.method, before.method);
        QCOMPARE(after.connections, before.connections);
        QCOMPARE(after.threads, before.threads);
        QCOMPARE(after.sloMicros, before.sloMicros);
        QCOMPARE(after.interrupted, before.interrupted);
        QCOMPARE(after.highestPassing, before.highestPassing);
        compareResults(before.total, after.total);
        QCOMPARE(after.steps.size(), before.steps.size());
        for (qsizetype i = 0; i < before.steps.size(); ++i)
            compareResults(before.steps[i], after.steps[i]);
        QCOMPARE(after.toJson(), before.toJson());
    }

    // A closed-loop run without an SLO: no steps, no highest rate; an empty histogram too.
    void plainAndEmptyReportsRoundTrip()
    {
        LoadReport before;
        before.url = QStringLiteral("http://127.0.0.1/");
        before.method = QStringLiteral("POST");
        before.total = result(0, 9);
        const auto after = LoadReport::fromRecordJson(before.toRecordJson());
        QVERIFY(after);
        QVERIFY(!after->isRamp());
        QVERIFY(!after->highestPassing);
        compareResults(before.total, after->total);

        const auto empty = LoadReport::fromRecordJson(LoadReport().toRecordJson());
        QVERIFY(empty);
        QCOMPARE(empty->total.corrected.count(), qint64(0));
        QCOMPARE(empty->total.corrected.valueAtPercentile(99), qint64(0));
    }

    // The file holds the non-zero buckets only, not the 40 000-odd counters.
    void histogramKeepsOnlyItsBuckets()
    {
        LatencyHistogram h;
        h.record(5);
        h.record(5);
        h.record(1'000'000);
        const QJsonObject json = h.toJson();
        QCOMPARE(json.value(QStringLiteral("buckets")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("total")).toInteger(), qint64(3));
        // Counts that do not add up, or an index outside the layout, are refused.
        QJsonObject wrong = json;
        wrong.insert(QStringLiteral("total"), 4);
        QVERIFY(!LatencyHistogram::fromJson(wrong));
        wrong = json;
        wrong.insert(QStringLiteral("buckets"),
                     QJsonArray{QJsonArray{LatencyHistogram::countsLength(), 3}});
        QVERIFY(!LatencyHistogram::fromJson(wrong));
    }

    // Runs saved out of order come back newest first.
    void listsNewestFirst()
    {
        const LoadRunStore store = freshStore(QStringLiteral("order"));
        for (int minutes : {5, 1, 9, 3}) {
            LoadReport report;
            report.url = QStringLiteral("http://127.0.0.1/%1").arg(minutes);
            QVERIFY(store.save(report, at(minutes)));
        }
        // Two in the same millisecond both stay.
        QVERIFY(store.save(LoadReport(), at(9)));
        const auto runs = store.list();
        QCOMPARE(runs.size(), 5);
        QCOMPARE(runs[0].when, at(9));
        QCOMPARE(runs[1].when, at(9));
        QCOMPARE(runs[2].report.url, QStringLiteral("http://127.0.0.1/5"));
        QCOMPARE(runs[3].report.url, QStringLiteral("http://127.0.0.1/3"));
        QCOMPARE(runs[4].report.url, QStringLiteral("http://127.0.0.1/1"));
    }

    // The 51st run removes the oldest file: 50 files stay, the newest 50.
    void keepsTheNewestFifty()
    {
        const LoadRunStore store = freshStore(QStringLiteral("prune"));
        for (int i = 0; i < LoadRunStore::kKeep + 5; ++i) {
            LoadReport report;
            report.url = QStringLiteral("http://127.0.0.1/%1").arg(i);
            QVERIFY(store.save(report, at(i)));
        }
        const QStringList files = QDir(store.folder()).entryList(QDir::Files);
        QCOMPARE(files.size(), LoadRunStore::kKeep);
        const auto runs = store.list();
        QCOMPARE(runs.size(), LoadRunStore::kKeep);
        QCOMPARE(runs.first().report.url, QStringLiteral("http://127.0.0.1/54"));
        QCOMPARE(runs.last().report.url, QStringLiteral("http://127.0.0.1/5"));
    }

    // A truncated file, garbage, another version and a report that is not one are skipped (with
    // a warning); the good runs are listed; removing one takes its file away.
    void unreadableFilesAreSkipped()
    {
        const LoadRunStore store = freshStore(QStringLiteral("broken"));
        const auto good = store.save(rampReport(), at(1));
        QVERIFY(good);
        const auto other = store.save(rampReport(), at(2));
        QVERIFY(other);
        QFile source(*good);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        const auto write = [&store](const QString& name, const QByteArray& content) {
            QFile f(QDir(store.folder()).filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        };
        write(QStringLiteral("run-20261130T090000000Z.json"), bytes.left(bytes.size() / 2));
        write(QStringLiteral("run-20261130T090100000Z.json"), QByteArray("\x00\xff garbage", 10));
        QByteArray future = bytes;
        future.replace("\"version\":1", "\"version\":2");
        write(QStringLiteral("run-20261130T090200000Z.json"), future);
        write(QStringLiteral("run-20261130T090300000Z.json"),
              R"({"version":1,"ran_at":"2026-11-30T09:03:00.000Z","report":{"url":3}})");
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("skipping load test run")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("skipping load test run")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("skipping load test run")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("skipping load test run")));
        const auto runs = store.list();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].path, *other);
        QCOMPARE(runs[1].path, *good);

        QVERIFY(store.remove(*other));
        QVERIFY(!QFile::exists(*other));
        // Only the store's own files.
        QVERIFY(!store.remove(m_dir.filePath(QStringLiteral("elsewhere.json"))));
    }

    // The folder is the profile's, beside its checklist runs.
    void folderFollowsTheProfile()
    {
        core::Profile profile;
        profile.name = QStringLiteral("Prod / EU");
        QCOMPARE(LoadRunStore::folderFor(profile), m_dir.filePath(QStringLiteral("data")) +
                                                       QStringLiteral("/artgen/loadtest/") +
                                                       core::Profile::folderNameFor(profile.name));
    }
};

QTEST_GUILESS_MAIN(TestLoadRunStore)
#include "tst_loadrunstore.moc"
