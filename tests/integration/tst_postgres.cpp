#include "docker/dockerclient.h"
#include "logging/auditlog.h"
#include "postgres/pgconnectioninfo.h"
#include "postgres/pgfaultclassifier.h"
#include "postgres/pgmonitor.h"
#include "postgres/pgqueries.h"
#include "stackfixture.h"
#include "util/workerhandle.h"
#include "util/workerthread.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <libpq-fe.h>
#include <memory>
#include <optional>

using namespace artgen::core;
using namespace Qt::StringLiterals;

namespace {

// A plain blocking libpq session of the test's own: the "other clients" the monitor counts.
class TestSession
{
public:
    TestSession(const PgConnectionInfo& info, const QString& appName)
    {
        const QByteArray host = info.host.toUtf8(), port = QByteArray::number(info.port),
                         db = info.database.toUtf8(), user = info.user.toUtf8(),
                         password = info.password.toUtf8(), app = appName.toUtf8();
        const char* keys[] = {"host", "port", "dbname", "user", "password", "application_name",
                              nullptr};
        const char* values[] = {host.constData(), port.constData(),     db.constData(),
                                user.constData(), password.constData(), app.constData(),
                                nullptr};
        m_conn = PQconnectdbParams(keys, values, 0);
    }
    ~TestSession() { PQfinish(m_conn); }
    TestSession(const TestSession&) = delete;
    TestSession& operator=(const TestSession&) = delete;

    bool ok() const { return PQstatus(m_conn) == CONNECTION_OK; }
    QString error() const { return QString::fromUtf8(PQerrorMessage(m_conn)); }
    int pid() const { return PQbackendPID(m_conn); }
    // Runs `sql`; the first field of the first row ("" when none), or nullopt on an error.
    std::optional<QString> exec(const char* sql)
    {
        PGresult* r = PQexec(m_conn, sql);
        std::optional<QString> value;
        const ExecStatusType s = PQresultStatus(r);
        if (s == PGRES_TUPLES_OK)
            value = PQntuples(r) > 0 ? QString::fromUtf8(PQgetvalue(r, 0, 0)) : QString();
        else if (s == PGRES_COMMAND_OK)
            value = QString();
        PQclear(r);
        return value;
    }
    bool alive() { return exec("SELECT 1").has_value(); }

private:
    PGconn* m_conn = nullptr;
};

using Sessions = std::vector<std::unique_ptr<TestSession>>;

QSet<int> pidsOf(const QList<PgSession>& sessions)
{
    QSet<int> pids;
    for (const PgSession& s : sessions)
        pids.insert(s.pid);
    return pids;
}

QSet<int> pidsOf(const Sessions& sessions)
{
    QSet<int> pids;
    for (const auto& s : sessions)
        pids.insert(s->pid());
    return pids;
}

template <typename T> T await(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

// Only PostgreSQL of the stack matters here: another service being unhealthy (a test elsewhere
// restarting Redis) is no reason to skip.
#define REQUIRE_POSTGRES()                                                                         \
    do {                                                                                           \
        if (!m_postgresReason.isEmpty()) {                                                         \
            if (StackFixture::stackRequired())                                                     \
                QFAIL(qPrintable(m_postgresReason));                                               \
            QSKIP(qPrintable(m_postgresReason));                                                   \
        }                                                                                          \
    } while (false)

// The PostgreSQL monitor against real servers: the demo stack's (read-only there: nothing of
// the stack is ended) and a throw-away container from the demo image with a low
// max_connections, for the full table and for terminate-idle.
class TestPostgres : public QObject
{
    Q_OBJECT

    // One running monitor and what it said last.
    struct Run
    {
        WorkerHandle<PgMonitor> handle{&PgMonitor::start, &PgMonitor::stop};
        std::optional<PgSnapshot> last;
        QList<PgSnapshot> all;
        SourceFault fault;
        QList<SourceFault::Kind> faults; // every change, in order
        PgMonitor* operator->() const { return handle.get(); }
    };

    std::unique_ptr<StackFixture> m_stack;
    std::unique_ptr<WorkerThread> m_dockerThread;
    std::unique_ptr<WorkerThread> m_pgThread;
    DockerClient* m_docker = nullptr;
    PgConnectionInfo m_demo;
    QString m_postgresReason = u"the demo stack's settings are not readable"_s;
    QTemporaryDir m_dir;

    // The throw-away server.
    const QString m_scratch = u"artgen_test_pg_limit"_s;
    const int m_scratchMax = 8;
    PgConnectionInfo m_scratchInfo;
    bool m_scratchUp = false;

    std::unique_ptr<Run> startMonitor(const PgConnectionInfo& info, PgMonitor::Path path,
                                      int intervalMs)
    {
        auto run = std::make_unique<Run>();
        auto* monitor = new PgMonitor(info, m_docker);
        monitor->setPath(path);
        monitor->setIntervalMs(intervalMs);
        run->handle.reset(monitor, m_pgThread->thread());
        Run* r = run.get();
        run->handle.connect(&PgMonitor::sampled, this, [r](const PgSnapshot& s) {
            r->last = s;
            r->all << s;
        });
        run->handle.connect(&PgMonitor::faultChanged, this, [r](const SourceFault& f) {
            r->fault = f;
            r->faults << f.kind;
        });
        run->handle.start();
        return run;
    }

    Sessions openSessions(const PgConnectionInfo& info, const QString& app, int n)
    {
        Sessions sessions;
        for (int i = 0; i < n; ++i) {
            sessions.push_back(std::make_unique<TestSession>(info, app));
            if (!sessions.back()->ok())
                qWarning("session %d failed: %s", i, qPrintable(sessions.back()->error()));
        }
        return sessions;
    }

    static int freePort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }

    // The throw-away server from the demo image, once per run: superuser `su_test`, and a
    // role `filler` that is not a superuser (so the reserved slots stay free for the exec path).
    bool ensureScratch()
    {
        if (m_scratchUp)
            return true;
        StackFixture::removeContainer(m_scratch);
        m_scratchInfo = PgConnectionInfo{};
        m_scratchInfo.profile = u"scratch"_s;
        m_scratchInfo.port = freePort();
        m_scratchInfo.database = u"limitdb"_s;
        m_scratchInfo.user = m_scratchInfo.execUser = u"su_test"_s;
        m_scratchInfo.password = m_scratchInfo.execPassword =
            QString::number(QRandomGenerator::global()->generate64(), 16);
        m_scratchInfo.container = m_scratch;
        // `timeout`: a crashed test leaves nothing running for long (--rm removes it).
        const auto run = StackFixture::docker({u"run"_s,
                                               u"-d"_s,
                                               u"--rm"_s,
                                               u"--name"_s,
                                               m_scratch,
                                               u"-p"_s,
                                               u"127.0.0.1:%1:5432"_s.arg(m_scratchInfo.port),
                                               u"-e"_s,
                                               u"POSTGRES_USER=su_test"_s,
                                               u"-e"_s,
                                               u"POSTGRES_DB=limitdb"_s,
                                               u"-e"_s,
                                               u"POSTGRES_PASSWORD="_s + m_scratchInfo.password,
                                               u"--entrypoint"_s,
                                               u"timeout"_s,
                                               u"artgen-demo/postgres:latest"_s,
                                               u"900"_s,
                                               u"/usr/local/bin/postgres-entrypoint"_s,
                                               u"-c"_s,
                                               u"max_connections=%1"_s.arg(m_scratchMax)});
        if (run.exitCode != 0) {
            qWarning("docker run: %s", run.err.constData());
            return false;
        }
        QDeadlineTimer deadline(90000);
        while (!deadline.hasExpired()) {
            TestSession s(m_scratchInfo, u"artgen-test-setup"_s);
            if (s.ok())
                return m_scratchUp =
                           s.exec("CREATE ROLE filler LOGIN PASSWORD 'filler'").has_value();
            QThread::msleep(200);
        }
        qWarning("the throw-away server did not accept connections within 90 s");
        return false;
    }

    PgConnectionInfo fillerInfo() const
    {
        PgConnectionInfo info = m_scratchInfo;
        info.user = u"filler"_s;
        info.password = u"filler"_s;
        return info;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_stack = std::make_unique<StackFixture>();
        m_dockerThread = std::make_unique<WorkerThread>(u"docker"_s);
        m_pgThread = std::make_unique<WorkerThread>(u"postgres"_s);
        m_pgThread->start();
        m_docker = new DockerClient(DockerEndpoint::fromEnvironment());
        m_dockerThread->adopt(m_docker);
        AuditLog::setPath(m_dir.filePath(u"audit.jsonl"_s));
        const auto info = PgConnectionInfo::fromProfile(m_stack->profile());
        if (!info)
            return; // each test skips (or fails under CI) with the reason
        m_demo = *info;
        const auto state = StackFixture::docker({u"inspect"_s, u"-f"_s,
                                                 u"{{.State.Status}}/{{.State.Health.Status}}"_s,
                                                 m_demo.container});
        m_postgresReason =
            state.out.trimmed() == "running/healthy"
                ? QString()
                : u"%1 is not running and healthy (%2); run scripts/dev.sh stack up"_s.arg(
                      m_demo.container, QString::fromUtf8(state.out.trimmed()));
    }

    void cleanupTestCase()
    {
        if (m_scratchUp)
            StackFixture::removeContainer(m_scratch);
        m_pgThread.reset();
        m_dockerThread.reset();
    }

    void extraSessionsMoveTheTotalByExactlyN()
    {
        REQUIRE_POSTGRES();
        auto run = startMonitor(m_demo, PgMonitor::Path::Direct, 200);
        QTRY_VERIFY_WITH_TIMEOUT(run->last.has_value(), 10000);
        TestSession checker(m_demo, u"artgen-test-check"_s);
        QVERIFY2(checker.ok(), qPrintable(checker.error()));
        QCOMPARE(checker.exec("SELECT count(*) FROM pg_stat_activity "
                              "WHERE application_name = 'artgen-monitor'"),
                 u"1"_s);
        // A baseline that already counts the checker.
        QTRY_COMPARE_WITH_TIMEOUT(run->last->byApplication.value(u"artgen-test-check"_s), 1, 10000);
        const int base = run->last->total;

        constexpr int n = 5;
        Sessions extra = openSessions(m_demo, u"artgen-test-extra"_s, n);
        QTRY_COMPARE_WITH_TIMEOUT(run->last->byApplication.value(u"artgen-test-extra"_s), n, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(run->last->total, base + n, 10000);
        const PgSnapshot s = *run->last;
        // The monitor's own connection: in `used` (it holds a slot), nowhere else.
        QCOMPARE(s.monitorBackends, 1);
        QCOMPARE(s.used, s.total + 1);
        QVERIFY(!s.byApplication.contains(u"artgen-monitor"_s));
        QVERIFY(s.maxConnections > 0);
        QCOMPARE(s.headroom(), s.maxConnections - s.superuserReserved - s.reserved - s.used);
        QVERIFY(s.blockHitRatio() > 0);
        QVERIFY(s.serverTimeUs > 0);
        QCOMPARE(checker.exec("SELECT count(*) FROM pg_stat_activity "
                              "WHERE application_name = 'artgen-monitor'"),
                 u"1"_s);

        extra.clear();
        QTRY_COMPARE_WITH_TIMEOUT(run->last->total, base, 10000);
        // Rates come from the second sample on.
        QVERIFY(run->last->transactionsPerSecond >= 0);
    }

    void byStateCountsMove()
    {
        REQUIRE_POSTGRES();
        auto run = startMonitor(m_demo, PgMonitor::Path::Direct, 200);
        QTRY_VERIFY_WITH_TIMEOUT(run->last.has_value(), 10000);
        const QString inTx = u"idle in transaction"_s, aborted = u"idle in transaction (aborted)"_s;
        const int baseInTx = run->last->byState.value(inTx);
        const int baseAborted = run->last->byState.value(aborted);

        TestSession a(m_demo, u"artgen-test-state"_s), b(m_demo, u"artgen-test-state"_s);
        QVERIFY(a.exec("BEGIN") && a.exec("SELECT 1"));
        QVERIFY(b.exec("BEGIN"));
        QVERIFY(!b.exec("SELECT 1/0")); // the transaction is now aborted
        QTRY_COMPARE_WITH_TIMEOUT(run->last->byState.value(inTx), baseInTx + 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(run->last->byState.value(aborted), baseAborted + 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(run->last->oldestIdleInTransactionMs > 0, 10000);
        QVERIFY(run->last->oldestTransactionMs >= run->last->oldestIdleInTransactionMs);

        QVERIFY(a.exec("ROLLBACK") && b.exec("ROLLBACK"));
        QTRY_COMPARE_WITH_TIMEOUT(run->last->byState.value(inTx), baseInTx, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(run->last->byState.value(aborted), baseAborted, 10000);
    }

    void wrongPasswordIsAnAuthenticationFailure()
    {
        REQUIRE_POSTGRES();
        PgConnectionInfo wrong = m_demo;
        wrong.password = u"not-the-password"_s;
        auto run = startMonitor(wrong, PgMonitor::Path::Direct, 200);
        QTRY_COMPARE_WITH_TIMEOUT(run->fault.kind, SourceFault::Kind::AuthenticationFailed, 10000);
        QVERIFY(run->fault.message.contains(m_demo.describe()));
        QVERIFY(!run->fault.message.contains(m_demo.password));
        QVERIFY(!run->last.has_value());
    }

    void aClosedPortIsUnreachable()
    {
        PgConnectionInfo closed = m_demo;
        closed.database = closed.user = u"x"_s;
        closed.port = freePort();
        auto run = startMonitor(closed, PgMonitor::Path::Direct, 200);
        QTRY_COMPARE_WITH_TIMEOUT(run->fault.kind, SourceFault::Kind::Unreachable, 10000);
        // Requests fail with the same reason instead of waiting for ever.
        const auto sessions = await(run->handle->listSessions());
        QVERIFY(!sessions);
        QCOMPARE(sessions.error().code(), Error::Code::Unreachable);
    }

    void execPathAndDirectPathAgree()
    {
        REQUIRE_POSTGRES();
        auto direct = startMonitor(m_demo, PgMonitor::Path::Direct, 0);
        auto exec = startMonitor(m_demo, PgMonitor::Path::Exec, 0);
        TestSession busy(m_demo, u"artgen-test-agree"_s);
        QVERIFY(busy.exec("BEGIN") && busy.exec("SELECT 1"));
        Sessions idle = openSessions(m_demo, u"artgen-test-agree"_s, 3);

        // The same moment: a direct sample before and after the exec one, all three alike.
        const auto figures = [&](bool viaExec) {
            auto& run = viaExec ? exec : direct;
            const auto reply = await(run->handle->query(PgQueries::snapshot()));
            return reply ? PgSnapshot::fromResult(*reply) : Result<PgSnapshot>(fail(Error()));
        };
        // A moment is "the same" when the direct figures before and after the exec sample
        // agree, and no psql of an earlier round is still on its way out (it would count as
        // one of the monitor's own). The stack's own clients may flip between idle and active
        // at any time, so a round in which they did is tried again; a real difference between
        // the paths never settles and fails the test with the last round's figures.
        std::optional<PgSnapshot> d, e;
        QString lastRound;
        const auto sameMoment = [&] {
            const auto before = figures(false), viaExec = figures(true), after = figures(false);
            if (!before || !viaExec || !after)
                return false;
            lastRound = QString::fromUtf8(
                QJsonDocument(QJsonArray{before->toJson(), viaExec->toJson(), after->toJson()})
                    .toJson(QJsonDocument::Compact));
            if (before->monitorBackends != 1 || before->byState != after->byState ||
                before->total != after->total || viaExec->byState != before->byState ||
                viaExec->total != before->total)
                return false;
            d = *before;
            e = *viaExec;
            return true;
        };
        // Not QTRY: each try runs queries, and QTRY evaluates its expression once more at the end.
        bool same = false;
        for (QDeadlineTimer deadline(30000); !same && !deadline.hasExpired();)
            same = sameMoment();
        QVERIFY2(same, qPrintable(u"the paths did not agree on one stable moment in 30 s: "_s +
                                  lastRound));
        QCOMPARE(e->byApplication.value(u"artgen-test-agree"_s), 4);
        QCOMPARE(e->maxConnections, d->maxConnections);
        // Own connections, exactly: the direct sample sees its own; the exec one sees its psql
        // and the direct monitor's idle connection. Both leave them out of every other figure.
        QCOMPARE(d->monitorBackends, 1);
        QCOMPARE(d->used, d->total + 1);
        QCOMPARE(e->monitorBackends, 2);
        QCOMPARE(e->used, e->total + 2);
        QCOMPARE(exec->fault.kind, SourceFault::Kind::None);
    }

    void terminateIdleEndsOnlyOldIdleSessions()
    {
        REQUIRE_POSTGRES();
        QVERIFY(ensureScratch());
        auto run = startMonitor(m_scratchInfo, PgMonitor::Path::Direct, 0);
        Sessions old = openSessions(m_scratchInfo, u"artgen-test-old"_s, 3);
        for (const auto& s : old)
            QVERIFY(s->alive());
        constexpr qint64 limitMs = 2000;
        // Until all three have been idle for longer than the limit.
        QTRY_VERIFY_WITH_TIMEOUT(
            pidsOf(await(run->handle->terminateIdle(limitMs, true)).value_or(QList<PgSession>()))
                .contains(pidsOf(old)),
            15000);
        Sessions fresh = openSessions(m_scratchInfo, u"artgen-test-fresh"_s, 2);
        for (const auto& s : fresh)
            QVERIFY(s->alive());

        // One session by pid: ended, and reported as exactly that one.
        Sessions single = openSessions(m_scratchInfo, u"artgen-test-single"_s, 1);
        const auto one = await(run->handle->terminate(single.front()->pid()));
        QVERIFY2(one, qPrintable(one ? QString() : one.error().message()));
        QCOMPARE(pidsOf(*one), pidsOf(single));
        QTRY_VERIFY_WITH_TIMEOUT(!single.front()->alive(), 10000);
        // A pid that is no client session: nothing ended.
        const auto none = await(run->handle->terminate(1));
        QVERIFY(none && none->isEmpty());

        const auto ended = await(run->handle->terminateIdle(limitMs, false));
        QVERIFY2(ended, qPrintable(ended ? QString() : ended.error().message()));
        QCOMPARE(pidsOf(*ended), pidsOf(old));
        for (const PgSession& s : *ended)
            QCOMPARE(s.state, u"idle"_s);
        for (const auto& s : old)
            QTRY_VERIFY_WITH_TIMEOUT(!s->alive(), 10000);
        for (const auto& s : fresh)
            QVERIFY(s->alive());
        // The monitor kept its connection.
        const auto after = await(run->handle->listSessions());
        QVERIFY(after);
        QCOMPARE(pidsOf(*after), pidsOf(fresh));

        QFile audit(m_dir.filePath(u"audit.jsonl"_s));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = audit.readAll().trimmed().split('\n');
        const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(last.value(u"action"_s).toString(), u"terminate-idle"_s);
        QCOMPARE(last.value(u"outcome"_s).toString(), u"succeeded"_s);
        QCOMPARE(last.value(u"details"_s).toObject().value(u"ended"_s).toArray().size(), 3);
    }

    void aFullTableIsTheLimitAndSessionsStillList()
    {
        REQUIRE_POSTGRES();
        QVERIFY(ensureScratch());
        auto holder = startMonitor(m_scratchInfo, PgMonitor::Path::Direct, 200);
        QTRY_VERIFY_WITH_TIMEOUT(holder->last.has_value(), 10000);
        QCOMPARE(holder->last->maxConnections, m_scratchMax);
        const int reserved = holder->last->superuserReserved + holder->last->reserved;
        // Sessions of the test before may still be on their way out: only the monitor's.
        QTRY_COMPARE_WITH_TIMEOUT(holder->last->used, 1, 10000);

        // Ordinary sessions until the server refuses one.
        Sessions fillers;
        SourceFault refused;
        for (int i = 0; i < m_scratchMax && !refused.isFault(); ++i) {
            auto s = std::make_unique<TestSession>(fillerInfo(), u"artgen-test-filler"_s);
            if (s->ok())
                fillers.push_back(std::move(s));
            else
                refused = PgFaultClassifier::classify({}, s->error(), m_scratchInfo.describe());
        }
        QCOMPARE(refused.kind, SourceFault::Kind::LimitReached);
        QCOMPARE(int(fillers.size()), m_scratchMax - reserved - 1); // 1: the monitor

        // The monitor that was already connected keeps its slot: figures and sessions go on.
        QTRY_VERIFY_WITH_TIMEOUT(holder->last->limitReached(), 10000);
        QCOMPARE(holder->last->headroom(), 0);
        QCOMPARE(holder->last->byApplication.value(u"artgen-test-filler"_s), int(fillers.size()));
        QCOMPARE(holder->fault.kind, SourceFault::Kind::None);
        const auto listed = await(holder->handle->listSessions());
        QVERIFY(listed);
        QCOMPARE(pidsOf(*listed), pidsOf(fillers));

        // A monitor that was not connected (an ordinary role): the limit, named as such; its
        // requests and samples go through psql in the container as the superuser.
        auto late = startMonitor(fillerInfo(), PgMonitor::Path::Auto, 500);
        QTRY_COMPARE_WITH_TIMEOUT(late->fault.kind, SourceFault::Kind::LimitReached, 10000);
        QVERIFY(late->fault.message.contains(u"53300"_s));
        const auto viaExec = await(late->handle->listSessions());
        QVERIFY2(viaExec, qPrintable(viaExec ? QString() : viaExec.error().message()));
        QCOMPARE(pidsOf(*viaExec), pidsOf(fillers));
        QTRY_VERIFY_WITH_TIMEOUT(late->last.has_value(), 15000);
        QVERIFY(late->last->viaExec);
        QVERIFY(late->last->limitReached());
        QCOMPARE(late->last->total, int(fillers.size()));

        // A slot frees up: the late monitor connects by itself, within 5 s.
        fillers.pop_back();
        fillers.pop_back();
        QTRY_COMPARE_WITH_TIMEOUT(late->fault.kind, SourceFault::Kind::None, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!late->last->viaExec, 5000);
    }

    // The server goes away and comes back (a restart of the throw-away container): a gap with
    // the reason, then figures again within 5 s of the server accepting connections.
    void aServerThatComesBackIsSampledAgain()
    {
        REQUIRE_POSTGRES();
        QVERIFY(ensureScratch());
        auto run = startMonitor(m_scratchInfo, PgMonitor::Path::Direct, 200);
        QTRY_VERIFY_WITH_TIMEOUT(run->last.has_value(), 10000);
        const auto restarted =
            StackFixture::docker({u"restart"_s, u"-t"_s, u"2"_s, m_scratch}, 120000);
        QVERIFY2(restarted.exitCode == 0, restarted.err.constData());
        QDeadlineTimer deadline(90000);
        while (!TestSession(m_scratchInfo, u"artgen-test-probe"_s).ok() && !deadline.hasExpired())
            QThread::msleep(100);
        QVERIFY(!deadline.hasExpired());
        // By the server's clock (the container shares the host's): a sample taken after now,
        // not one queued to this thread while it waited.
        const qint64 backUs = QDateTime::currentMSecsSinceEpoch() * 1000;
        QTRY_VERIFY_WITH_TIMEOUT(run->last->serverClockUs > backUs, 5000);
        QCOMPARE(run->fault.kind, SourceFault::Kind::None);
        QVERIFY(run->faults.contains(SourceFault::Kind::Unreachable));
        // Still exactly one connection of the monitor.
        QCOMPARE(run->all.last().monitorBackends, 1);
    }

    void cliListsSessionsAndRefusesWithoutATerminal()
    {
        REQUIRE_POSTGRES();
        TestSession mine(m_demo, u"artgen-test-cli"_s);
        QVERIFY(mine.alive());
        const QString config = m_dir.filePath(u"artgen.conf"_s);
        const auto list = m_stack->artgenctl({u"sessions"_s, u"--json"_s}, config);
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QSet<int> pids;
        for (const QJsonValue& v : QJsonDocument::fromJson(list.out).array()) {
            pids.insert(v[u"pid"_s].toInt());
            QVERIFY(!v[u"application"_s].toString().startsWith(u"artgen-monitor"_s));
        }
        QVERIFY(pids.contains(mine.pid()));

        QTRY_VERIFY_WITH_TIMEOUT(
            m_stack
                ->artgenctl({u"terminate-idle"_s, u"--older-than"_s, u"1s"_s, u"--dry-run"_s},
                            config)
                .out.contains(QByteArray::number(mine.pid())),
            15000);
        const auto refused =
            m_stack->artgenctl({u"terminate-idle"_s, u"--older-than"_s, u"1s"_s}, config);
        QCOMPARE(refused.exitCode, 64);
        QVERIFY(refused.err.contains("--yes"));
        QVERIFY(mine.alive());
    }

    // Neither the port nor Docker (for the exec path) answers: exit 2, naming PostgreSQL's
    // address.
    void cliExitsTwoWhenPostgresCannotBeReached()
    {
        REQUIRE_POSTGRES();
        QTemporaryDir stack;
        QVERIFY(QDir().mkpath(stack.filePath(u"Docker_all"_s)));
        QVERIFY(QFile::copy(m_stack->profile().composeFile(),
                            stack.filePath(u"Docker_all/docker-compose.yml"_s)));
        QFile env(stack.filePath(u"Docker_all/.env"_s));
        QVERIFY(env.open(QIODevice::WriteOnly));
        const int port = freePort();
        env.write(u"POSTGRES_USER=art\nPOSTGRES_DB=art\nPOSTGRES_PASSWORD=x\nPOSTGRES_PORT=%1\n"_s
                      .arg(port)
                      .toUtf8());
        env.close();
        QProcess artgenctl;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"ARTGEN_CONFIG"_s, m_dir.filePath(u"unreachable.conf"_s));
        environment.insert(u"DOCKER_HOST"_s, u"unix:///nonexistent/docker.sock"_s);
        artgenctl.setProcessEnvironment(environment);
        artgenctl.start(QStringLiteral(ARTGEN_TEST_BINARY_DIR "/src/cli/artgenctl"),
                        {u"--stack-dir"_s, stack.path(), u"sessions"_s});
        QVERIFY(artgenctl.waitForFinished(60000));
        const QByteArray err = artgenctl.readAllStandardError();
        QCOMPARE(artgenctl.exitCode(), 2);
        QVERIFY2(err.contains(u"127.0.0.1:%1"_s.arg(port).toUtf8()), err.constData());
    }

    // The monitor's cost per sample: the server time of its query (clock_timestamp() −
    // statement_timestamp() at the query's end) and the client's round trip, medians of 60.
    void measureSampleCost()
    {
        REQUIRE_POSTGRES();
        auto run = startMonitor(m_demo, PgMonitor::Path::Direct, 250);
        QTRY_VERIFY_WITH_TIMEOUT(run->all.size() >= 60, 60000);
        QList<qint64> server, roundTrip;
        for (const PgSnapshot& s : run->all) {
            server << s.serverTimeUs;
            roundTrip << s.roundTripUs;
        }
        qInfo("PostgreSQL monitor, %d samples: server time median %lld us, round trip median "
              "%lld us",
              int(run->all.size()), median(server), median(roundTrip));
        QVERIFY(median(server) > 0);
        QVERIFY(median(roundTrip) >= median(server));

        // The exec path (psql in the container per sample): what the fallback costs.
        auto exec = startMonitor(m_demo, PgMonitor::Path::Exec, 250);
        QTRY_VERIFY_WITH_TIMEOUT(exec->all.size() >= 20, 60000);
        QList<qint64> execServer, execRoundTrip;
        for (const PgSnapshot& s : exec->all) {
            QVERIFY(s.viaExec);
            execServer << s.serverTimeUs;
            execRoundTrip << s.roundTripUs;
        }
        qInfo("exec path, %d samples: server time median %lld us, round trip median %lld us",
              int(exec->all.size()), median(execServer), median(execRoundTrip));
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
