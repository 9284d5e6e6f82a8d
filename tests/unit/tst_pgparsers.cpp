#include "postgres/pgconnectioninfo.h"
#include "postgres/pgexecrunner.h"
#include "postgres/pgfaultclassifier.h"
#include "postgres/pgqueries.h"
#include "postgres/pgresult.h"
#include "postgres/pgsession.h"
#include "postgres/pgsnapshot.h"
#include "terminateidlecommand.h"

#include <QTest>

using namespace artgen::core;
using Kind = SourceFault::Kind;
using namespace Qt::StringLiterals;

// The pieces of the PostgreSQL monitor that need no server: psql's output read as rows, the
// snapshot and session rows read as figures, and what PostgreSQL, libpq and psql say read as a
// SourceFault.
class TestPgParsers : public QObject
{
    Q_OBJECT

    static QByteArray psqlRows(const QList<QByteArrayList>& rows)
    {
        QByteArrayList records;
        for (const QByteArrayList& r : rows)
            records << r.join(PgResult::kFieldSeparator);
        return records.join(PgResult::kRecordSeparator) + '\n';
    }

    static QList<QByteArrayList> snapshotRows()
    {
        return {{"state", "active", "2"},
                {"state", "idle", "5"},
                {"state", "idle in transaction", "1"},
                {"state", "other", "1"},
                {"database", "art_generation", "8"},
                {"database", "", "1"},
                {"user", "art", "9"},
                {"application", "gunicorn", "4"},
                {"application", "", "5"},
                {"client", "172.18.0.5", "8"},
                {"client", "local", "1"},
                {"count", "used", "11"},
                {"count", "monitor", "2"},
                {"setting", "max_connections", "100"},
                {"setting", "superuser_reserved_connections", "3"},
                {"age_ms", "xact", "1500"},
                {"age_ms", "idle_xact", "900"},
                {"stat", "xacts", "1000"},
                {"stat", "blks_hit", "990"},
                {"stat", "blks_read", "10"},
                {"clock", "now_us", "1700000000000000"},
                {"clock", "server_us", "420"}};
    }

private Q_SLOTS:
    void psqlOutputIsReadAsRows()
    {
        const PgResult r = PgResult::fromPsql(psqlRows({{"a", "", "c d"}, {"1", "2", "3"}}));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows[0], (QStringList{QStringLiteral("a"), QString(), QStringLiteral("c d")}));
        QCOMPARE(r.rows[1],
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QVERIFY(PgResult::fromPsql("\n").rows.isEmpty());
        QVERIFY(PgResult::fromPsql("").rows.isEmpty());
        // UTF-8 survives.
        QCOMPARE(PgResult::fromPsql("пользователь\n").rows[0][0], u"пользователь"_s);
    }

    void snapshotRowsBecomeFigures()
    {
        PgResult result = PgResult::fromPsql(psqlRows(snapshotRows()));
        result.roundTripUs = 1234;
        const auto s = PgSnapshot::fromResult(result);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message()));
        QCOMPARE(s->total, 9);
        QCOMPARE(s->used, 11);
        QCOMPARE(s->monitorBackends, 2);
        QCOMPARE(s->byState.value(QStringLiteral("active")), 2);
        QCOMPARE(s->byState.value(QStringLiteral("idle in transaction (aborted)")), 0);
        QCOMPARE(s->byState.size(), PgSnapshot::states().size());
        QCOMPARE(s->byDatabase.value(QString()), 1);
        QCOMPARE(s->byClient.value(QStringLiteral("local")), 1);
        QCOMPARE(s->maxConnections, 100);
        QCOMPARE(s->superuserReserved, 3);
        QCOMPARE(s->reserved, 0); // PostgreSQL 15 has no reserved_connections
        QCOMPARE(s->headroom(), 100 - 3 - 0 - 11);
        QVERIFY(!s->limitReached());
        QCOMPARE(s->oldestTransactionMs, 1500);
        QCOMPARE(s->oldestIdleInTransactionMs, 900);
        QCOMPARE(s->blockHitRatio(), 0.99);
        QCOMPARE(s->serverTimeUs, 420);
        QCOMPARE(s->roundTripUs, 1234);
        QCOMPARE(s->transactionsPerSecond, -1.0);

        PgSnapshot later = *s;
        later.transactions = 1050;
        later.serverClockUs += 2000000;
        later.rateFrom(*s);
        QCOMPARE(later.transactionsPerSecond, 25.0);
    }

    void reservedConnectionsCountOnPostgres16()
    {
        auto rows = snapshotRows();
        rows << QByteArrayList{"setting", "reserved_connections", "5"};
        const auto s = PgSnapshot::fromResult(PgResult::fromPsql(psqlRows(rows)));
        QVERIFY(s);
        QCOMPARE(s->headroom(), 100 - 3 - 5 - 11);
    }

    void fullTableIsTheLimit()
    {
        auto rows = snapshotRows();
        rows[11] = {"count", "used", "97"};
        const auto s = PgSnapshot::fromResult(PgResult::fromPsql(psqlRows(rows)));
        QVERIFY(s);
        QCOMPARE(s->headroom(), 0);
        QVERIFY(s->limitReached());
    }

    void badSnapshotRowsAreAProtocolError()
    {
        QVERIFY(!PgSnapshot::fromResult(PgResult::fromPsql(psqlRows({{"state", "idle"}}))));
        QVERIFY(!PgSnapshot::fromResult(PgResult::fromPsql(psqlRows({{"state", "idle", "x"}}))));
        // No clock and no max_connections: not a snapshot.
        const auto s =
            PgSnapshot::fromResult(PgResult::fromPsql(psqlRows({{"state", "idle", "1"}})));
        QVERIFY(!s);
        QCOMPARE(s.error().code(), Error::Code::Protocol);
    }

    void sessionRowsBecomeSessions()
    {
        const auto list = PgSession::listFromResult(PgResult::fromPsql(
            psqlRows({{"4242", "art", "gunicorn", "172.18.0.5", "idle", "1700000000000",
                       "1700000005000", "1700000004000", "SELECT 1"},
                      {"4243", "art", "", "local", "active", "1700000000000", "", "", ""}})));
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        const PgSession& s = list->first();
        QCOMPARE(s.pid, 4242);
        QCOMPARE(s.application, u"gunicorn"_s);
        QCOMPARE(s.state, u"idle"_s);
        QCOMPARE(s.stateChange.toMSecsSinceEpoch(), 1700000005000);
        QCOMPARE(s.queryStart.toMSecsSinceEpoch(), 1700000004000);
        QCOMPARE(s.query, u"SELECT 1"_s);
        QVERIFY(!list->at(1).stateChange.isValid());
        QVERIFY(!PgSession::listFromResult(PgResult::fromPsql(psqlRows({{"x", "y"}}))));
    }

    void faultsAreClassified_data()
    {
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::newRow("28P01") << u"28P01"_s << QString() << int(Kind::AuthenticationFailed);
        QTest::newRow("28000") << u"28000"_s << QString() << int(Kind::AuthenticationFailed);
        QTest::newRow("53300") << u"53300"_s << QString() << int(Kind::LimitReached);
        QTest::newRow("syntax") << u"42601"_s << u"syntax error"_s << int(Kind::Other);
        QTest::newRow("libpq password")
            << QString()
            << u"connection to server at \"127.0.0.1\", port 15432 failed: FATAL:  password "
               "authentication failed for user \"art\""_s
            << int(Kind::AuthenticationFailed);
        QTest::newRow("libpq full")
            << QString()
            << u"connection to server at \"127.0.0.1\", port 5 failed: FATAL:  sorry, too many "
               "clients already"_s
            << int(Kind::LimitReached);
        QTest::newRow("libpq reserved")
            << QString()
            << u"FATAL:  remaining connection slots are reserved for non-replication superuser "
               "connections"_s
            << int(Kind::LimitReached);
        QTest::newRow("refused")
            << QString()
            << u"connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n\tIs "
               "the server running on that host and accepting TCP/IP connections?"_s
            << int(Kind::Unreachable);
        QTest::newRow("psql in container")
            << QString()
            << u"psql: error: connection to server on socket \"/var/run/postgresql/.s.PGSQL.5432\" "
               "failed: FATAL:  sorry, too many clients already"_s
            << int(Kind::LimitReached);
        QTest::newRow("no database")
            << QString()
            << u"psql: error: connection to server on socket \"/var/run/postgresql/.s.PGSQL.5432\" "
               "failed: FATAL:  database \"art\" does not exist"_s
            << int(Kind::Other);
        QTest::newRow("no socket")
            << QString()
            << u"psql: error: connection to server on socket \"/var/run/postgresql/.s.PGSQL.5432\" "
               "failed: No such file or directory"_s
            << int(Kind::Unreachable);
    }
    void faultsAreClassified()
    {
        QFETCH(QString, sqlState);
        QFETCH(QString, message);
        QFETCH(int, kind);
        const SourceFault f = PgFaultClassifier::classify(sqlState, message, u"127.0.0.1:1"_s);
        QCOMPARE(int(f.kind), kind);
        QVERIFY(f.message.contains(u"127.0.0.1:1"_s));
    }

    void reasonDropsTheNoise()
    {
        QCOMPARE(PgFaultClassifier::reason(
                     u"psql: error: connection to server on socket \"/x\" failed: FATAL:  sorry, "
                     "too many clients already\n"_s),
                 u"sorry, too many clients already"_s);
        QCOMPARE(PgFaultClassifier::reason(u"ERROR:  53300: too many\nLOCATION: x"_s),
                 u"too many"_s);
    }

    void psqlExitIsInterpreted()
    {
        PgConnectionInfo info;
        info.container = u"pg"_s;
        const PgReply ok = PgExecRunner::interpret(info, 0, psqlRows({{"1", "2"}}), {});
        QVERIFY(ok);
        QCOMPARE(ok->rows.size(), 1);
        const PgReply full = PgExecRunner::interpret(
            info, 2, {},
            "psql: error: connection to server on socket failed: FATAL:  sorry, too "
            "many clients already\n");
        QVERIFY(!full);
        QCOMPARE(full.error().kind, Kind::LimitReached);
        const PgReply query =
            PgExecRunner::interpret(info, 1, {}, "ERROR:  42P01: relation \"x\" does not exist\n");
        QCOMPARE(query.error().kind, Kind::Other);
    }

    void thePasswordIsNeverInArgv()
    {
        PgConnectionInfo info;
        info.execUser = u"art"_s;
        info.database = u"db"_s;
        info.execPassword = u"s3cret-pw"_s;
        const QStringList argv = PgExecRunner::command(info, PgQueries::snapshot());
        QVERIFY(!argv.join(u' ').contains(u"s3cret-pw"_s));
        QVERIFY(argv.contains(u"-X"_s));
        QVERIFY(PgExecRunner::environment(info).contains(u"PGPASSWORD=s3cret-pw"_s));
        QCOMPARE(info.describe(), u"127.0.0.1:15432"_s);
        QVERIFY(!info.describe().contains(u"s3cret"_s));
    }

    void queriesLeaveTheMonitorOut()
    {
        for (const QByteArray& sql :
             {PgQueries::sessions(), PgQueries::terminate(7), PgQueries::terminateIdle(5000, true),
              PgQueries::terminateIdle(5000, false)}) {
            QVERIFY(sql.contains("pid <> pg_backend_pid()"));
            QVERIFY(sql.contains("NOT LIKE 'artgen-monitor%'"));
            QVERIFY(sql.contains("'client backend'"));
        }
        QVERIFY(!PgQueries::terminateIdle(5000, true).contains("pg_terminate_backend"));
        QVERIFY(PgQueries::terminateIdle(5000, false).contains("state = 'idle'"));
    }

    void durationsAreRead()
    {
        using artgen::cli::TerminateIdleCommand;
        QCOMPARE(TerminateIdleCommand::parseDurationMs(u"5m"_s), 300000);
        QCOMPARE(TerminateIdleCommand::parseDurationMs(u"5"_s), 300000);
        QCOMPARE(TerminateIdleCommand::parseDurationMs(u"90s"_s), 90000);
        QCOMPARE(TerminateIdleCommand::parseDurationMs(u"2h"_s), 7200000);
        QCOMPARE(TerminateIdleCommand::parseDurationMs(u"1500ms"_s), 1500);
        QVERIFY(!TerminateIdleCommand::parseDurationMs(u"soon"_s));
        QVERIFY(!TerminateIdleCommand::parseDurationMs(u"-5m"_s));
    }
};

QTEST_GUILESS_MAIN(TestPgParsers)
#include "tst_pgparsers.moc"
