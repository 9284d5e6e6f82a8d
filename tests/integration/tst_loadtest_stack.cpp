#include "loadtest/loadtestjob.h"
#include "stackfixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <arpa/inet.h>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace artgen;

namespace {

// A tiny misbehaving server on 127.0.0.1, on a thread of its own (the load test runs inline
// on the test's thread): it resets every connection after the request, answers garbage, or
// accepts and never answers.
class BadServer
{
public:
    enum class Mode { Reset, Garbage, Silent };

    explicit BadServer(Mode mode) : m_mode(mode)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a = {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
        ::listen(m_fd, 128);
        socklen_t len = sizeof a;
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &len);
        m_port = ntohs(a.sin_port);
        if (m_mode != Mode::Silent)
            m_thread = std::thread([this] { serve(); });
    }
    ~BadServer()
    {
        m_stop = true;
        ::shutdown(m_fd, SHUT_RDWR);
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_fd);
    }
    quint16 port() const { return m_port; }

private:
    void serve()
    {
        while (!m_stop) {
            const int c = ::accept(m_fd, nullptr, nullptr);
            if (c < 0)
                return;
            char buffer[4096];
            if (::recv(c, buffer, sizeof buffer, 0) > 0 && m_mode == Mode::Garbage) {
                const char reply[] = "this is not HTTP\r\n\r\n";
                ::send(c, reply, sizeof reply - 1, MSG_NOSIGNAL);
            }
            if (m_mode == Mode::Reset) {
                const linger l{1, 0}; // close sends RST
                ::setsockopt(c, SOL_SOCKET, SO_LINGER, &l, sizeof l);
            }
            ::close(c);
        }
    }

    Mode m_mode;
    int m_fd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

// docker unpause, whatever happens to the test.
struct UnpauseGuard
{
    ~UnpauseGuard()
    {
        StackFixture::docker(
            {QStringLiteral("unpause"), QStringLiteral("art_generation_frontend")});
    }
};

} // namespace

// The load tester against the demo stack's nginx (the profile's apiBaseUrl): counts checked
// against nginx's own access log, the token, the rate limit, the error kinds, and a stalled
// server seen through the coordinated-omission correction.
class TestLoadTestStack : public QObject
{
    Q_OBJECT

    StackFixture m_stack;
    QTemporaryDir m_dir;

    core::LoadTestOptions options(const QString& path) const
    {
        core::LoadTestOptions o;
        o.url = m_stack.profile().apiBaseUrl.resolved(QUrl(path));
        o.threads = 2;
        return o;
    }

    static std::shared_ptr<core::LoadTestJob> runInline(const core::LoadTestOptions& o)
    {
        auto job = std::make_shared<core::LoadTestJob>(o);
        job->start(); // synchronous: it returns finished
        return job;
    }

    // nginx's access-log lines (combined format, on the container's stdout) that carry `agent`.
    // nginx writes a line as it ends each request; wait until `expected` are there.
    static QList<QByteArray> accessLines(const QString& since, const QByteArray& agent,
                                         qsizetype expected)
    {
        QList<QByteArray> lines;
        QElapsedTimer clock;
        clock.start();
        do {
            lines.clear();
            const auto out =
                StackFixture::docker({QStringLiteral("logs"), QStringLiteral("--since"), since,
                                      QStringLiteral("art_generation_frontend")});
            for (const QByteArray& line : out.out.split('\n'))
                if (line.contains(agent))
                    lines << line;
            if (lines.size() >= expected)
                break;
            QTest::qWait(200);
        } while (clock.elapsed() < 15000);
        return lines;
    }

    // A counted run whose requests carry a User-Agent of their own, and the access-log lines
    // nginx wrote for them (other tests share the stack, so the agent tells ours apart).
    struct Logged
    {
        std::shared_ptr<core::LoadTestJob> job;
        QList<QByteArray> lines;
    };
    Logged runLogged(const QString& path, qint64 requests, int connections) const
    {
        const QByteArray agent =
            "artgen-loadtest-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QString since = QDateTime::currentDateTimeUtc().addSecs(-2).toString(Qt::ISODate);
        core::LoadTestOptions o = options(path);
        o.requests = requests;
        o.connections = connections;
        o.headers << qMakePair(QByteArray("User-Agent"), agent);
        Logged run;
        run.job = runInline(o);
        run.lines = accessLines(since, agent, requests);
        return run;
    }

    static QMap<int, qint64> statusesOf(const QList<QByteArray>& lines)
    {
        QMap<int, qint64> out;
        for (const QByteArray& line : lines) {
            // ... "GET / HTTP/1.1" 200 615 "-" "agent"
            const qsizetype quote = line.indexOf("HTTP/1.1\" ");
            if (quote >= 0)
                ++out[line.mid(quote + 10, 3).toInt()];
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { REQUIRE_STACK(m_stack); }

    // First, while the /api/ rate-limit bucket is still full.
    void tokenGivesAcceptedWithoutIt401()
    {
        const QString config = m_dir.filePath(QStringLiteral("artgen.conf"));
        QFile body(m_dir.filePath(QStringLiteral("generate.json")));
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write(R"({"prompt": "a load-tested lighthouse", "width": 64, "height": 64})");
        body.close();
        const QStringList common = {QStringLiteral("loadtest"), QStringLiteral("/api/v1/generate"),
                                    QStringLiteral("--method"), QStringLiteral("POST"),
                                    QStringLiteral("--body"),   body.fileName(),
                                    QStringLiteral("-n"),       QStringLiteral("3"),
                                    QStringLiteral("-c"),       QStringLiteral("1"),
                                    QStringLiteral("--json")};
        const auto with =
            m_stack.artgenctl(common + QStringList{QStringLiteral("--token-from-profile")}, config);
        QCOMPARE(with.exitCode, 0);
        const QJsonObject a = QJsonDocument::fromJson(with.out).object();
        QCOMPARE(a[QStringLiteral("status")].toObject(), (QJsonObject{{QStringLiteral("202"), 3}}));
        QCOMPARE(a[QStringLiteral("errors")][QStringLiteral("reset")].toInt(), 0);
        QVERIFY(a[QStringLiteral("requests_per_second")].toDouble() > 0);
        QVERIFY(a[QStringLiteral("latency_ms")][QStringLiteral("p99")].toDouble() > 0);
        const QByteArray token = m_stack.env(QStringLiteral("API_TOKEN")).toUtf8();
        QVERIFY(!token.isEmpty());
        QVERIFY(!with.out.contains(token) && !with.err.contains(token));

        const auto without = m_stack.artgenctl(common, config);
        QCOMPARE(without.exitCode, 0); // statuses are results, not errors
        const QJsonObject b = QJsonDocument::fromJson(without.out).object();
        QCOMPARE(b[QStringLiteral("status")].toObject(), (QJsonObject{{QStringLiteral("401"), 3}}));
    }

    void countsMatchNginxAccessLog()
    {
        const Logged run = runLogged(QStringLiteral("/"), 2000, 20);
        const core::LoadResult& r = run.job->report().total;
        QCOMPARE(run.job->state(), core::Job::State::Succeeded);
        QCOMPARE(r.requests(), qint64(2000));
        QVERIFY2(r.errorCount() == 0, QJsonDocument(r.toJson()).toJson().constData());
        QCOMPARE(r.statuses(), (QMap<int, qint64>{{200, 2000}}));
        QCOMPARE(run.lines.size(), qsizetype(2000));
        QCOMPARE(statusesOf(run.lines), r.statuses());
        QVERIFY(r.bytesRead > 2000 * 600); // nginx's index page, with headers
        QVERIFY(r.corrected.count() == 2000 && r.corrected.min() > 0);
    }

    void rateLimitShowsAs429s()
    {
        // nginx-docker.conf: limit_req zone=api_limit rate=20r/s burst=40 nodelay; status 429.
        const Logged run = runLogged(QStringLiteral("/api/v1/health"), 300, 10);
        const core::LoadResult& r = run.job->report().total;
        QCOMPARE(r.requests(), qint64(300));
        QVERIFY2(r.errorCount() == 0, QJsonDocument(r.toJson()).toJson().constData());
        const auto statuses = r.statuses();
        QVERIFY2(statuses.value(429) > 0 && statuses.value(200) > 0,
                 QJsonDocument(r.toJson()).toJson().constData());
        QCOMPARE(statuses.value(200) + statuses.value(429), qint64(300));
        QCOMPARE(run.lines.size(), qsizetype(300));
        QCOMPARE(statusesOf(run.lines), statuses);
    }

    void errorKinds_data()
    {
        QTest::addColumn<int>("mode"); // -1: a refused port
        QTest::addColumn<int>("kind");
        QTest::newRow("refused") << -1 << int(core::LoadResult::ErrorKind::Connect);
        QTest::newRow("reset") << int(BadServer::Mode::Reset)
                               << int(core::LoadResult::ErrorKind::Reset);
        QTest::newRow("garbage") << int(BadServer::Mode::Garbage)
                                 << int(core::LoadResult::ErrorKind::Malformed);
        QTest::newRow("never answers")
            << int(BadServer::Mode::Silent) << int(core::LoadResult::ErrorKind::Timeout);
    }

    void errorKinds()
    {
        QFETCH(int, mode);
        QFETCH(int, kind);
        std::unique_ptr<BadServer> server;
        quint16 port = 0;
        if (mode >= 0) {
            server = std::make_unique<BadServer>(BadServer::Mode(mode));
            port = server->port();
        } else {
            BadServer closed(BadServer::Mode::Silent); // a port that was free a moment ago
            port = closed.port();
        }
        core::LoadTestOptions o;
        o.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        o.durationMs = 2000;
        o.timeoutMs = 500;
        o.connections = 4;
        o.threads = 2;
        QElapsedTimer clock;
        clock.start();
        const auto job = runInline(o);
        const qint64 took = clock.elapsed();
        QCOMPARE(job->state(), core::Job::State::Succeeded);
        const core::LoadResult& r = job->report().total;
        QCOMPARE(r.completed, qint64(0));
        QVERIFY2(r.errors[std::size_t(kind)] > 0,
                 qPrintable(QString::fromUtf8(QJsonDocument(r.toJson()).toJson())));
        QCOMPARE(r.errorCount(), r.errors[std::size_t(kind)]); // of that kind only
        // It ends by itself at its duration, whatever the server does (1 s of slack for a busy
        // machine: this bounds a hang, it measures nothing).
        QVERIFY2(took >= 2000 && took < 3000, qPrintable(QString::number(took)));
    }

    void ctrlCGivesThePartialReport()
    {
        const QByteArray agent =
            "artgen-loadtest-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QString since = QDateTime::currentDateTimeUtc().addSecs(-2).toString(Qt::ISODate);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ARTGEN_CONFIG"), m_dir.filePath(QStringLiteral("int.conf")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ARTGEN_TEST_BINARY_DIR "/src/cli/artgenctl"),
                {QStringLiteral("--stack-dir"), m_stack.profile().stackDir,
                 QStringLiteral("loadtest"), QStringLiteral("/"), QStringLiteral("-t"),
                 QStringLiteral("60s"), QStringLiteral("-c"), QStringLiteral("2"),
                 QStringLiteral("-H"), QStringLiteral("User-Agent: ") + QString::fromLatin1(agent),
                 QStringLiteral("--json")});
        QVERIFY(p.waitForStarted());
        // Under way once nginx has logged one of its requests.
        QVERIFY(!accessLines(since, agent, 1).isEmpty());
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 130);
        const QJsonObject r = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QVERIFY(r[QStringLiteral("interrupted")].toBool());
        QVERIFY(r[QStringLiteral("requests")].toInteger() > 0);
        QVERIFY(r[QStringLiteral("duration_s")].toDouble() < 60);
        QCOMPARE(r[QStringLiteral("errors")][QStringLiteral("reset")].toInt(), 0);
        QVERIFY(p.readAllStandardError().contains("Stopping the load test"));
    }

    void rampFindsTheHighestRateUnderTheSlo()
    {
        // nginx's static page keeps p99 far under 200 ms at these rates: every step passes.
        core::LoadTestOptions o = options(QStringLiteral("/"));
        o.ramp = core::RampPlan::parse(QStringLiteral("50:50:150"));
        o.stepDurationMs = 2000;
        o.sloMicros = 200'000;
        QStringList begun;
        auto job = std::make_shared<core::LoadTestJob>(o);
        connect(
            job.get(), &core::Job::stepStarted, job.get(),
            [&begun](int, const QString& title) { begun << title; }, Qt::DirectConnection);
        job->start();
        const core::LoadReport& r = job->report();
        const QString json = QString::fromUtf8(QJsonDocument(r.toJson()).toJson());
        QCOMPARE(begun.size(), 3);
        QCOMPARE(r.steps.size(), 3);
        QCOMPARE(r.highestPassing, std::optional<double>(150));
        QVERIFY(!r.sloMissed());
        for (const core::LoadResult& step : r.steps) {
            // Each step ran its 2 s at its rate: about rate × 2 requests.
            QVERIFY2(step.requests() >= qint64(step.targetRate * 2 * 0.9), qPrintable(json));
            QCOMPARE(step.errorCount(), qint64(0));
        }
        QCOMPARE(r.total.requests(),
                 r.steps[0].requests() + r.steps[1].requests() + r.steps[2].requests());
    }

    void stallShowsInCorrectedLatency()
    {
        core::LoadTestOptions o = options(QStringLiteral("/"));
        o.rate = 200;
        o.durationMs = 10'000;
        o.connections = 8;
        o.threads = 1;
        UnpauseGuard guard;
        std::atomic<bool> started{false};
        std::thread pauser([&started] {
            started.wait(false);
            // A stall in the middle of the run: 4 s in, for 1 s.
            std::this_thread::sleep_for(std::chrono::seconds(4));
            // Plain system(): QProcess wants a Qt thread, this is a std::thread.
            (void)std::system("docker pause art_generation_frontend >/dev/null");
            std::this_thread::sleep_for(std::chrono::seconds(1));
            (void)std::system("docker unpause art_generation_frontend >/dev/null");
        });
        auto job = std::make_shared<core::LoadTestJob>(o);
        connect(
            job.get(), &core::Job::started, job.get(),
            [&started] {
                started = true;
                started.notify_one();
            },
            Qt::DirectConnection);
        QList<double> rates; // the live samples, once a second
        connect(
            job.get(), &core::LoadTestJob::progressSample, job.get(),
            [&rates](const core::LoadSample& s) { rates << s.requestsPerSecond; },
            Qt::DirectConnection);
        job->start();
        pauser.join();
        const core::LoadResult& r = job->report().total;
        const QString json = QString::fromUtf8(QJsonDocument(r.toJson()).toJson());
        QCOMPARE(r.errorCount(), qint64(0));
        QVERIFY2(r.requests() >= 1900, qPrintable(json)); // ~2000 scheduled in 10 s
        const qint64 correctedP999 = r.corrected.valueAtPercentile(99.9);
        const qint64 correctedP99 = r.corrected.valueAtPercentile(99);
        const qint64 uncorrectedP99 = r.uncorrected.valueAtPercentile(99);
        QVERIFY2(correctedP999 >= 900'000, qPrintable(json));
        // Only the 8 requests in flight waited out the stall from their actual send; the ~200
        // scheduled behind them did not, so without the correction p99 hides the stall.
        QVERIFY2(correctedP99 >= 500'000, qPrintable(json));
        QVERIFY2(uncorrectedP99 * 4 < correctedP99, qPrintable(json));
        QVERIFY2(rates.size() >= 8 && rates.first() > 0, qPrintable(json));
        qInfo("stall: corrected p99 %.1f ms, p99.9 %.1f ms; uncorrected p99 %.1f ms, p99.9 %.1f ms",
              double(correctedP99) / 1000.0, double(correctedP999) / 1000.0,
              double(uncorrectedP99) / 1000.0,
              double(r.uncorrected.valueAtPercentile(99.9)) / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestLoadTestStack)
#include "tst_loadtest_stack.moc"
