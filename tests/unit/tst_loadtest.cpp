#include "cliapp.h"
#include "commandregistry.h"
#include "keepaliveserver.h"
#include "loadprogressline.h"
#include "loadtest/latencyhistogram.h"
#include "loadtest/loadreport.h"
#include "loadtest/loadreportformat.h"
#include "loadtest/loadtarget.h"
#include "loadtest/loadtestjob.h"
#include "loadtest/loadtestoptions.h"
#include "loadtest/loadworker.h"
#include "loadtest/rampplan.h"
#include "settings/settingsstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <fcntl.h>
#include <sched.h>
#include <stdlib.h>
#include <thread>
#include <unistd.h>

using namespace artgen;
using core::LatencyHistogram;

namespace {

// The nearest-rank percentile of sorted data: what the histogram must report (within its
// precision).
qint64 exactPercentile(const std::vector<qint64>& sorted, double p)
{
    const auto rank = std::max<qint64>(1, qint64(std::ceil(p / 100.0 * double(sorted.size()))));
    return sorted[std::size_t(rank - 1)];
}

} // namespace

// The load tester's pure parts: the histogram against exact statistics of known data, the ramp
// arithmetic, the options and the command line, the request bytes.
class TestLoadTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    Run runCli(QStringList args)
    {
        core::SettingsStore settings(m_dir.filePath(QStringLiteral("cli.conf")));
        settings.setProfiles({core::Profile::fromStackDir(m_dir.filePath(QStringLiteral("stack")),
                                                          QStringLiteral("demo"))});
        settings.setActiveProfileName(QStringLiteral("demo"));
        const auto registry = cli::CommandRegistry::standard();
        QString out, err;
        QTextStream o(&out), e(&err);
        cli::CliApp app(registry, settings);
        args.prepend(QStringLiteral("artgenctl"));
        const int code = app.run(args, o, e);
        return {code, out, err};
    }

private Q_SLOTS:
    void histogramLayoutIsHdrHistograms()
    {
        // 2048 sub-buckets; buckets double until 1 h fits: 22 buckets, (22 + 1) × 1024 counters.
        QCOMPARE(LatencyHistogram::countsLength(), 23 * 1024);
        QCOMPARE(LatencyHistogram::countsIndex(0), 0);
        QCOMPARE(LatencyHistogram::countsIndex(2047), 2047);
        QCOMPARE(LatencyHistogram::countsIndex(2048), 2048);
        QCOMPARE(LatencyHistogram::countsIndex(2049), 2048); // width 2 from 2048 on
        QCOMPARE(LatencyHistogram::highestEquivalentValue(2048), qint64(2049));
        QCOMPARE(LatencyHistogram::highestEquivalentValue(4096), qint64(4099));
        QVERIFY(LatencyHistogram::countsIndex(LatencyHistogram::kHighest) <
                LatencyHistogram::countsLength());
        // 3 significant digits everywhere up to 1 h.
        for (qint64 v = 1; v <= LatencyHistogram::kHighest; v = v * 3 + 7)
            QVERIFY2(double(LatencyHistogram::highestEquivalentValue(v) - v) <= double(v) / 1000.0,
                     qPrintable(QString::number(v)));
    }

    void histogramExactBelow2048()
    {
        LatencyHistogram h;
        std::vector<qint64> values;
        for (qint64 v = 1; v <= 2000; ++v)
            values.push_back(v);
        std::shuffle(values.begin(), values.end(), std::mt19937(7));
        for (const qint64 v : values)
            h.record(v);
        QCOMPARE(h.count(), qint64(2000));
        QCOMPARE(h.min(), qint64(1));
        QCOMPARE(h.valueAtPercentile(50), qint64(1000));
        QCOMPARE(h.valueAtPercentile(90), qint64(1800));
        QCOMPARE(h.valueAtPercentile(95), qint64(1900));
        QCOMPARE(h.valueAtPercentile(99), qint64(1980));
        QCOMPARE(h.valueAtPercentile(99.9), qint64(1998));
        QCOMPARE(h.valueAtPercentile(100), qint64(2000));
        QCOMPARE(h.max(), qint64(2000));
        QCOMPARE(h.mean(), 1000.5);
        QVERIFY(std::abs(h.stdev() - std::sqrt((2000.0 * 2000.0 - 1.0) / 12.0)) < 1e-6);
    }

    void histogramWithinPrecisionUpToAnHour()
    {
        // Log-uniform latencies from 1 µs to 1 h, and a few pinned outliers.
        std::mt19937_64 rng(42);
        std::uniform_real_distribution<double> exponent(0.0, std::log(3.6e9));
        std::vector<qint64> values;
        LatencyHistogram h;
        for (int i = 0; i < 100'000; ++i) {
            const qint64 v = std::max<qint64>(1, qint64(std::exp(exponent(rng))));
            values.push_back(v);
            h.record(v);
        }
        std::sort(values.begin(), values.end());
        for (const double p : {50.0, 90.0, 95.0, 99.0, 99.9}) {
            const qint64 exact = exactPercentile(values, p);
            const qint64 got = h.valueAtPercentile(p);
            QVERIFY2(got >= exact && double(got - exact) <= double(exact) / 1000.0,
                     qPrintable(QStringLiteral("p%1: %2 vs %3").arg(p).arg(got).arg(exact)));
        }
        QCOMPARE(h.min(), values.front());
        QCOMPARE(h.max(), values.back());
        double sum = 0;
        for (const qint64 v : values)
            sum += double(v);
        const double mean = sum / double(values.size());
        QVERIFY(std::abs(h.mean() - mean) <= mean * 1e-9);
        double squares = 0;
        for (const qint64 v : values)
            squares += (double(v) - mean) * (double(v) - mean);
        const double stdev = std::sqrt(squares / double(values.size()));
        QVERIFY(std::abs(h.stdev() - stdev) <= stdev * 1e-6);
    }

    void histogramClampsAndMerges()
    {
        LatencyHistogram a, b, whole;
        for (qint64 v = 1; v <= 10'000; ++v) {
            (v % 2 ? a : b).record(v * 37);
            whole.record(v * 37);
        }
        a.add(b);
        for (const double p : {0.0, 50.0, 90.0, 99.0, 99.9, 100.0})
            QCOMPARE(a.valueAtPercentile(p), whole.valueAtPercentile(p));
        QCOMPARE(a.count(), whole.count());
        QCOMPARE(a.min(), qint64(37));
        QCOMPARE(a.max(), qint64(370'000));
        QCOMPARE(a.mean(), whole.mean());

        LatencyHistogram c;
        c.record(LatencyHistogram::kHighest * 5);
        c.record(-3);
        QCOMPARE(c.max(), LatencyHistogram::kHighest);
        QCOMPARE(c.min(), qint64(0));
        LatencyHistogram empty;
        QCOMPARE(empty.valueAtPercentile(99), qint64(0));
        QCOMPARE(empty.mean(), 0.0);
    }

    // add() and reset() touch only the counters between min's and max's: a reset histogram
    // reused for other values (as the live display does every 100 ms) holds nothing of the old
    // ones, and a merge of disjoint ranges keeps both ends.
    void histogramResetAndMergeOverTheUsedRange()
    {
        LatencyHistogram live, fresh;
        for (qint64 v = 500; v <= 90'000; v += 7)
            live.record(v);
        live.reset();
        QCOMPARE(live.count(), qint64(0));
        QCOMPARE(live.valueAtPercentile(50), qint64(0));
        for (const qint64 v : {3, 40, 2'000'000}) {
            live.record(v);
            fresh.record(v);
        }
        for (const double p : {0.0, 33.0, 50.0, 66.0, 100.0})
            QCOMPARE(live.valueAtPercentile(p), fresh.valueAtPercentile(p));
        QCOMPARE(live.toJson(), fresh.toJson()); // no counter left from before the reset

        LatencyHistogram low, high, both;
        low.record(1);
        high.record(LatencyHistogram::kHighest);
        both.add(low);
        both.add(high);
        QCOMPARE(both.valueAtPercentile(50), qint64(1));
        QCOMPARE(both.valueAtPercentile(100), LatencyHistogram::kHighest);

        // A kept run whose counters lie outside its own min..max is not read back: the range
        // would hide them from the percentiles.
        LatencyHistogram kept;
        kept.record(100);
        kept.record(200);
        QJsonObject json = kept.toJson();
        QVERIFY(LatencyHistogram::fromJson(json));
        json[QStringLiteral("max")] = 150;
        QVERIFY(!LatencyHistogram::fromJson(json));
    }

    void rampArithmetic()
    {
        const auto plan = core::RampPlan::parse(QStringLiteral("100:50:300"));
        QVERIFY(plan);
        QCOMPARE(plan->rates(), (QList<double>{100, 150, 200, 250, 300}));
        // MAX need not be on the grid; fractional steps do not drift past it.
        QCOMPARE(core::RampPlan::parse(QStringLiteral("10:20:65"))->rates(),
                 (QList<double>{10, 30, 50}));
        QCOMPARE(core::RampPlan::parse(QStringLiteral("0.1:0.1:1"))->rates().size(), 10);
        for (const char* bad : {"", "100", "100:50", "a:b:c", "0:10:100", "100:0:200", "300:50:100",
                                "1:1:1000", "-5:1:10"})
            QVERIFY2(!core::RampPlan::parse(QString::fromLatin1(bad)), bad);

        const QList<double> rates = {100, 200, 300, 400};
        using core::RampPlan;
        QCOMPARE(RampPlan::highestPassing(rates, {10, 20, 30, 40}, 200),
                 std::optional<double>(400));
        QCOMPARE(RampPlan::highestPassing(rates, {10, 20, 250}, 200), std::optional<double>(200));
        // The first miss ends it, even if a later step (by luck) was fast again.
        QCOMPARE(RampPlan::highestPassing(rates, {10, 300, 20, 20}, 200),
                 std::optional<double>(100));
        QCOMPARE(RampPlan::highestPassing(rates, {200}, 200), std::nullopt); // "under" is strict
        QCOMPARE(RampPlan::highestPassing(rates, {}, 200), std::nullopt);
    }

    void durationsAndHeaders()
    {
        using O = core::LoadTestOptions;
        QCOMPARE(O::parseDurationMs(QStringLiteral("200ms")), std::optional<qint64>(200));
        QCOMPARE(O::parseDurationMs(QStringLiteral("10s")), std::optional<qint64>(10'000));
        QCOMPARE(O::parseDurationMs(QStringLiteral("1.5")), std::optional<qint64>(1'500));
        QCOMPARE(O::parseDurationMs(QStringLiteral("2m")), std::optional<qint64>(120'000));
        QCOMPARE(O::parseDurationMs(QStringLiteral("1h")), std::optional<qint64>(3'600'000));
        for (const char* bad : {"", "0", "-1s", "10x", "s", "0.1ms", "25h"})
            QVERIFY2(!O::parseDurationMs(QString::fromLatin1(bad)), bad);
        const auto h = O::parseHeader(QStringLiteral("X-Test:  a: b "));
        QVERIFY(h);
        QCOMPARE(h->first, QByteArray("X-Test"));
        QCOMPARE(h->second, QByteArray("a: b"));
        QVERIFY(!O::parseHeader(QStringLiteral("no colon")));
        QVERIFY(!O::parseHeader(QStringLiteral(": empty name")));
        QVERIFY(!O::parseHeader(QStringLiteral("X: a\r\nInjected: b")));
    }

    void optionsAreBounded()
    {
        core::LoadTestOptions o;
        o.url = QUrl(QStringLiteral("http://127.0.0.1/"));
        QVERIFY(o.validate());
        QCOMPARE(o.timeBoundMs(), core::LoadTestOptions::kDefaultDurationMs);
        o.requests = 100;
        QCOMPARE(o.timeBoundMs(), core::LoadTestOptions::kDefaultMaxDurationMs);
        o.durationMs = 5000;
        QVERIFY(!o.validate()); // count and duration
        o.requests = 0;
        QCOMPARE(o.timeBoundMs(), qint64(5000));
        o.ramp = core::RampPlan::parse(QStringLiteral("10:10:50"));
        o.stepDurationMs = 2000;
        QVERIFY(!o.validate()); // a ramp needs an SLO
        o.sloMicros = 200'000;
        QVERIFY(o.validate());
        QCOMPARE(o.timeBoundMs(), qint64(10'000));
        o.rate = 100;
        QVERIFY(!o.validate());
        o.rate = 0;
        o.method = "BREW";
        QVERIFY(!o.validate());
        o.method = "GET";
        o.connections = 3;
        o.threads = 8;
        QCOMPARE(o.effectiveThreads(), 3);
    }

    void targetsStayOnTheUsersHosts()
    {
        const auto t =
            core::LoadTarget::fromUrl(QUrl(QStringLiteral("http://127.0.0.1:18080/api/v1/x?a=1")));
        QVERIFY(t);
        QCOMPARE(t->port(), quint16(18080));
        QCOMPARE(t->pathAndQuery(), QByteArray("/api/v1/x?a=1"));
        QCOMPARE(t->hostHeader(), QByteArray("127.0.0.1:18080"));
        QVERIFY(t->checkAllowed({}, false));
        QVERIFY(!core::LoadTarget::fromUrl(QUrl(QStringLiteral("https://127.0.0.1/"))));
        QVERIFY(core::LoadTarget::isLoopback(QStringLiteral("localhost")));
        QVERIFY(core::LoadTarget::isLoopback(QStringLiteral("::1")));
        QVERIFY(core::LoadTarget::isLoopback(QStringLiteral("127.3.2.1")));
        const auto remote = core::LoadTarget::fromUrl(QUrl(QStringLiteral("http://example.org/")));
        QVERIFY(remote);
        QCOMPARE(remote->hostHeader(), QByteArray("example.org"));
        const auto refused = remote->checkAllowed({QStringLiteral("api.local")}, false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), core::Error::Code::PermissionDenied);
        QVERIFY(remote->checkAllowed({QStringLiteral("EXAMPLE.org")}, false));
        QVERIFY(remote->checkAllowed({}, true));
    }

    void requestBytes()
    {
        core::LoadTestOptions o;
        o.url = QUrl(QStringLiteral("http://127.0.0.1:18080/api/v1/generate"));
        o.method = "POST";
        o.bearerToken = "s3cret";
        o.headers << qMakePair(QByteArray("X-Run"), QByteArray("7"));
        const auto t = core::LoadTarget::fromUrl(o.url);
        const QByteArray r = core::LoadTestJob::buildRequest(*t, o, R"({"prompt":"a"})");
        QCOMPARE(r, QByteArray("POST /api/v1/generate HTTP/1.1\r\n"
                               "Host: 127.0.0.1:18080\r\n"
                               "User-Agent: artgenctl-loadtest\r\n"
                               "Accept: */*\r\n"
                               "Authorization: Bearer s3cret\r\n"
                               "X-Run: 7\r\n"
                               "Content-Type: application/json\r\n"
                               "Content-Length: 14\r\n"
                               "\r\n"
                               R"({"prompt":"a"})"));
        o.method = "GET";
        o.bearerToken.clear();
        o.headers = {qMakePair(QByteArray("user-agent"), QByteArray("mine"))};
        QCOMPARE(core::LoadTestJob::buildRequest(*t, o, {}),
                 QByteArray("GET /api/v1/generate HTTP/1.1\r\nHost: 127.0.0.1:18080\r\n"
                            "Accept: */*\r\nuser-agent: mine\r\n\r\n"));
    }

    void reportVerdicts()
    {
        core::LoadReport r;
        QVERIFY(!r.sloMissed()); // no SLO
        r.sloMicros = 1000;
        QVERIFY(r.sloMissed()); // nothing measured meets nothing
        r.total.corrected.record(500);
        QVERIFY(!r.sloMissed());
        r.total.corrected.record(1500);
        QVERIFY(r.sloMissed());
        r.steps << r.total;
        r.highestPassing = 100;
        QVERIFY(!r.sloMissed());
        const QJsonObject json = r.toJson();
        QVERIFY(json.contains(QStringLiteral("requests_per_second")));
        QCOMPARE(json[QStringLiteral("latency_ms")][QStringLiteral("p50")].toDouble(), 0.5);
        QCOMPARE(json[QStringLiteral("highest_rate_meeting_slo")].toDouble(), 100.0);
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* name, QStringList args, const char* message) {
            args.prepend(QStringLiteral("loadtest"));
            QTest::newRow(name) << args << QString::fromUtf8(message);
        };
        row("no url", {}, "exactly one URL");
        row("two urls", {QStringLiteral("http://127.0.0.1/"), QStringLiteral("/x")},
            "exactly one URL");
        row("count and time",
            {QStringLiteral("/"), QStringLiteral("-n"), QStringLiteral("10"), QStringLiteral("-t"),
             QStringLiteral("1s")},
            "not both");
        row("zero requests", {QStringLiteral("/"), QStringLiteral("-n"), QStringLiteral("0")},
            "--requests");
        row("too many connections",
            {QStringLiteral("/"), QStringLiteral("-c"), QStringLiteral("20001")}, "--connections");
        row("bad duration", {QStringLiteral("/"), QStringLiteral("-t"), QStringLiteral("soon")},
            "--duration");
        row("bad rate", {QStringLiteral("/"), QStringLiteral("--rate"), QStringLiteral("0")},
            "--rate");
        row("bad ramp", {QStringLiteral("/"), QStringLiteral("--ramp"), QStringLiteral("1:2")},
            "--ramp");
        row("ramp without slo",
            {QStringLiteral("/"), QStringLiteral("--ramp"), QStringLiteral("10:10:30")}, "--slo");
        row("bad header", {QStringLiteral("/"), QStringLiteral("-H"), QStringLiteral("nope")},
            "Name: value");
        row("bad method", {QStringLiteral("/"), QStringLiteral("-m"), QStringLiteral("BREW")},
            "BREW");
    }

    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = runCli(args);
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void foreignHostsNeedConsent()
    {
        // Refused before any connection is made; the reason names the way out.
        const Run r = runCli({QStringLiteral("loadtest"), QStringLiteral("http://192.0.2.1/"),
                              QStringLiteral("-n"), QStringLiteral("1")});
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains(QStringLiteral("--allow-any-host")), qPrintable(r.err));
        const Run https =
            runCli({QStringLiteral("loadtest"), QStringLiteral("https://127.0.0.1/")});
        QCOMPARE(https.code, 64);
        QVERIFY2(https.err.contains(QStringLiteral("http://")), qPrintable(https.err));
    }

    // The distribution's bins hold every value once, in order, from min's bin to max's.
    void histogramLogBins()
    {
        LatencyHistogram h;
        QVERIFY(h.logBins(10).isEmpty());
        for (qint64 v : {0, 5, 90, 95, 1000, 1000, 25000})
            h.record(v);
        const auto bins = h.logBins(10);
        qint64 total = 0;
        for (const auto& b : bins) {
            QVERIFY(b.toMicros > b.fromMicros);
            total += b.count;
        }
        QCOMPARE(total, h.count());
        QCOMPARE(bins.first().count, 1); // 0 µs counts in the 1 µs bin
        QCOMPARE(bins.first().fromMicros, 1.0);
        QCOMPARE(bins.last().count, 1);
        QVERIFY(bins.last().toMicros > 25000 && bins.last().fromMicros <= 25000);
        // 10 bins a decade from 1 µs to 25 ms (10^4.4 µs): bins 0 to 43.
        QCOMPARE(bins.size(), 44);
        const auto at = [&bins](double micros) {
            for (const auto& b : bins)
                if (micros >= b.fromMicros && micros < b.toMicros)
                    return b.count;
            return qint64(-1);
        };
        QCOMPARE(at(1000), 2);
        QCOMPARE(at(92), 2);
    }

    // A run as a file: JSON as --json prints it, CSV as its keys flattened, Markdown tables.
    void reportFormats()
    {
        core::LoadReport report;
        report.url = QStringLiteral("http://127.0.0.1:1/x,y");
        report.method = QStringLiteral("GET");
        report.connections = 2;
        report.threads = 1;
        report.total.targetRate = 100;
        report.total.elapsedNs = 2'000'000'000;
        for (int i = 0; i < 150; ++i) {
            report.total.corrected.record(2000 + i);
            report.total.uncorrected.record(1000 + i);
        }
        report.total.completed = 150;
        report.total.statusCounts[200] = 140;
        report.total.statusCounts[429] = 10;
        report.total.errors[std::size_t(core::LoadResult::ErrorKind::Timeout)] = 3;
        using F = core::LoadReportFormat;
        QCOMPARE(F::kindForFile(QStringLiteral("/tmp/a.CSV")), F::Kind::Csv);
        QCOMPARE(F::kindForFile(QStringLiteral("a.md")), F::Kind::Markdown);
        QCOMPARE(F::kindForFile(QStringLiteral("a.json")), F::Kind::Json);
        QCOMPARE(QJsonDocument::fromJson(F::json(report)).object(), report.toJson());
        const QStringList csv = QString::fromUtf8(F::csv(report)).split(u'\n');
        QCOMPARE(csv.first(), QStringLiteral("key,value"));
        QVERIFY2(csv.contains(QStringLiteral("status.429,10")), qPrintable(csv.join(u'|')));
        QVERIFY2(csv.contains(QStringLiteral("errors.timeout,3")), qPrintable(csv.join(u'|')));
        QVERIFY2(csv.contains(QStringLiteral("requests,153")), qPrintable(csv.join(u'|')));
        QVERIFY2(csv.contains(QStringLiteral("url,\"http://127.0.0.1:1/x,y\"")),
                 qPrintable(csv.join(u'|')));
        QVERIFY(csv.contains(QStringLiteral("latency_ms_uncorrected.p50,1.074")));
        const QString md = F::markdown(report);
        QVERIFY2(md.contains(QStringLiteral("| p99 | 2.149 | 1.148 |")), qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("| 429 | 10 |")), qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("| timeout | 3 |")), qPrintable(md));
    }

    // The live line: what a person watching wants each second.
    void liveLineFormat()
    {
        core::LoadSample s;
        s.elapsedSeconds = 3.02;
        s.requests = 12345;
        s.requestsPerSecond = 4100.4;
        s.p50Ms = 1.234;
        s.p99Ms = 9.87;
        s.errors = 2;
        // The plural's English forms come from artgen_en.ts: "2 errors".
        const QString line = cli::LoadProgressLine::format(s);
        QVERIFY2(line.startsWith(QStringLiteral("3 s: 12345 requests, 4100 r/s, p50 1.23 ms, "
                                                "p99 9.87 ms, 2 error")),
                 qPrintable(line));
    }

    // Decided on the real descriptor: a pseudo-terminal is a terminal, a pipe is not, and
    // --json never gets the line.
    void liveLineOnlyOnATerminal()
    {
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
        const int slave = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
        QVERIFY(slave >= 0);
        QVERIFY(cli::LoadProgressLine::wanted(slave, false));
        QVERIFY(!cli::LoadProgressLine::wanted(slave, true));
        int pipeFds[2];
        QVERIFY(::pipe(pipeFds) == 0);
        QVERIFY(!cli::LoadProgressLine::wanted(pipeFds[1], false));
        for (int fd : {master, slave, pipeFds[0], pipeFds[1]})
            ::close(fd);
    }

    // artgenctl itself: on a terminal (script(1) gives it one) the line updates in place while
    // it runs; with stderr on a pipe, or with --json, there is none.
    void liveLineReachesATerminalOnly()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
            QSKIP("script(1) is not installed");
        KeepAliveServer server;
        const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(server.port());
        const QStringList args = {
            QStringLiteral(ARTGENCTL), QStringLiteral("loadtest"),  url,
            QStringLiteral("-t"),      QStringLiteral("2500ms"),    QStringLiteral("-c"),
            QStringLiteral("2"),       QStringLiteral("--threads"), QStringLiteral("1")};
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ARTGEN_CONFIG"), m_dir.filePath(QStringLiteral("live.conf")));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        const auto run = [&env](const QString& program, const QStringList& arguments) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(program, arguments);
            if (!p.waitForFinished(60000))
                return std::pair<QString, QString>();
            return std::pair(QString::fromUtf8(p.readAllStandardOutput()),
                             QString::fromUtf8(p.readAllStandardError()));
        };
        static const QRegularExpression live(
            QStringLiteral("\r\033\\[K\\d+ s: \\d+ requests, \\d+ r/s, p50 [\\d.]+ ms, p99 "
                           "[\\d.]+ ms, \\d+ error"));
        // On a terminal: stdout and stderr both reach script's output.
        const auto tty = run(QStringLiteral("script"), {QStringLiteral("-qefc"), args.join(u' '),
                                                        QStringLiteral("/dev/null")});
        QVERIFY2(tty.first.contains(QStringLiteral("Requests per second:")), qPrintable(tty.first));
        QVERIFY2(tty.first.count(live) >= 2, qPrintable(tty.first));
        const auto piped = run(args.first(), args.mid(1));
        QVERIFY2(piped.first.contains(QStringLiteral("Requests per second:")),
                 qPrintable(piped.first));
        QVERIFY2(!piped.second.contains(QStringLiteral(" r/s, ")), qPrintable(piped.second));
        QVERIFY(!piped.first.contains(QStringLiteral(" r/s, ")));
        const auto json =
            run(QStringLiteral("script"),
                {QStringLiteral("-qefc"), (args + QStringList{QStringLiteral("--json")}).join(u' '),
                 QStringLiteral("/dev/null")});
        QVERIFY2(json.first.contains(QStringLiteral("\"requests_per_second\"")),
                 qPrintable(json.first));
        QVERIFY2(!json.first.contains(QStringLiteral(" r/s, ")), qPrintable(json.first));
        QVERIFY(server.answered() > 0);
    }

    // A counted run's requests are one budget for all its loops: when one loop's connection
    // hangs, the other sends the rest instead of the hung loop timing out its half one by one.
    void aCountedRunSharesItsRequestsBetweenLoops()
    {
        KeepAliveServer server;
        server.answerOnlyTheFirstConnection();
        const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(server.port());
        const Run r =
            runCli({QStringLiteral("loadtest"), url, QStringLiteral("-n"), QStringLiteral("40"),
                    QStringLiteral("-c"), QStringLiteral("2"), QStringLiteral("--threads"),
                    QStringLiteral("2"), QStringLiteral("--timeout"), QStringLiteral("1s"),
                    QStringLiteral("--json")});
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(!json.isEmpty(), qPrintable(r.out));
        // The hung loop holds at most one request until it times out (none when the other
        // loop sent all 40 before it connected); with a fixed half each, 20 timed out one by
        // one.
        const qint64 ok = json[QStringLiteral("status")][QStringLiteral("200")].toInteger();
        const qint64 timedOut =
            json[QStringLiteral("errors")][QStringLiteral("timeout")].toInteger();
        QCOMPARE(json[QStringLiteral("requests")].toInteger(), qint64(40));
        QVERIFY2(timedOut <= 1, qPrintable(r.out));
        QCOMPARE(ok + timedOut, qint64(40));
        QCOMPARE(server.answered(), ok);
    }

    // A closed loop runs as a batch thread (it does not preempt a server on the same cores); a
    // rate schedule stays in the normal class, so that its requests leave on time.
    void closedLoopsYieldToTheServerAndSchedulesDoNot()
    {
        KeepAliveServer server;
        const auto target = core::LoadTarget::fromUrl(
            QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.port())));
        QVERIFY(target);
        const auto address = target->resolve();
        QVERIFY(address);
        for (const double rate : {0.0, 200.0}) {
            core::LoadWorker::Plan plan;
            plan.request = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
            plan.address = *address;
            plan.requests = 20;
            plan.rate = rate;
            plan.startNs = core::LoadWorker::nowNs();
            plan.endNs = plan.startNs + 10'000'000'000;
            const std::atomic<bool> stop{false};
            core::LoadWorker worker(plan, &stop);
            int policy = -1;
            std::thread loop([&] {
                worker.run();
                policy = ::sched_getscheduler(0);
            });
            loop.join();
            QCOMPARE(worker.result().completed, qint64(20));
            QCOMPARE(policy, rate > 0 ? SCHED_OTHER : SCHED_BATCH);
        }
    }

    void tokenNeedsAProfileToken()
    {
        // The profile's stack folder has no .env: said so, nothing sent.
        const Run r = runCli({QStringLiteral("loadtest"), QStringLiteral("/api/v1/generate"),
                              QStringLiteral("-n"), QStringLiteral("1"),
                              QStringLiteral("--token-from-profile")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLoadTest)
#include "tst_loadtest.moc"
