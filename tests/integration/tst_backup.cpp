// Backup and restore against the real PostgreSQL of the demo stack. The tests work in databases
// of their own (artgen_it, artgen_it_big) in the stack's postgres container, so the app's data
// is never touched — except one round trip that also stops and starts backend and celery.
#include "backup/backupcatalog.h"
#include "backup/backupjob.h"
#include "backup/restorejob.h"
#include "backup/verifyjob.h"
#include "cliapp.h"
#include "commandregistry.h"
#include "docker/dockerclient.h"
#include "job/jobrunner.h"
#include "logging/auditlog.h"
#include "logging/logservice.h"
#include "logging/secretredactor.h"
#include "restorecommand.h"
#include "settings/settingsstore.h"
#include "stackfixture.h"
#include "util/workerthread.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace artgen::core;

namespace {
const QString kPostgres = QStringLiteral("art_generation_postgres");
const QString kDb = QStringLiteral("artgen_it");
const QString kBigDb = QStringLiteral("artgen_it_big");
const QString kKillDb = QStringLiteral("artgen_it_kill");
constexpr int kKillRows = 2000000;
const QString kCtl = QStringLiteral(ARTGEN_TEST_BINARY_DIR "/src/cli/artgenctl");
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

    std::unique_ptr<StackFixture> m_stack;
    std::unique_ptr<WorkerThread> m_thread;
    DockerClient* m_client = nullptr;
    QTemporaryDir m_dir;
    JobRunner m_runner;
    QMap<QString, QString> m_killDumps; // format -> a dump of kKillDb
    std::unique_ptr<QProcess> m_poller; // see copiedIntoBig()

    // psql in the container through the docker CLI: the test's own view of the database.
    QString sql(const QString& db, const QString& statement)
    {
        const auto o = StackFixture::docker(
            {QStringLiteral("exec"), kPostgres, QStringLiteral("psql"), QStringLiteral("-X"),
             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-U"),
             m_stack->env(QStringLiteral("POSTGRES_USER")), QStringLiteral("-d"), db,
             QStringLiteral("-Atc"), statement},
            300000);
        if (o.exitCode != 0)
            qWarning() << "psql failed:" << statement << o.err;
        return QString::fromUtf8(o.out).trimmed();
    }
    qint64 count(const QString& db, const QString& table)
    {
        return sql(db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
    }
    bool databaseExists(const QString& db)
    {
        return sql(QStringLiteral("postgres"),
                   QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'")
                       .arg(db)) == QStringLiteral("1");
    }
    int sessionsNamed(const QString& prefix)
    {
        return sql(QStringLiteral("postgres"),
                   QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                  "starts_with(application_name, '%1')")
                       .arg(prefix))
            .toInt();
    }

    DatabaseTarget target(const QString& db)
    {
        auto t = DatabaseTarget::fromProfile(m_stack->profile());
        Q_ASSERT(t);
        t->database = db;
        return *t;
    }
    QString folder(const QString& name) { return m_dir.filePath(name); }

    std::shared_ptr<BackupJob> backup(const QString& db, BackupFormat format, const QString& dir,
                                      const QString& profile = {})
    {
        BackupJob::Options o;
        o.target = target(db);
        if (!profile.isEmpty())
            o.target.profile = profile;
        o.folder = dir;
        o.format = format;
        return std::make_shared<BackupJob>(m_client, o);
    }
    RestoreJob::Options restoreOptions(const QString& db, const QString& file)
    {
        RestoreJob::Options o;
        o.target = target(db);
        o.file = file;
        o.safetyBackup = false;
        o.stopServices = false;
        o.safetyFolder = folder(QStringLiteral("safety"));
        return o;
    }
    // Runs a job on its own thread and waits for it, with a deadline.
    bool runToEnd(const std::shared_ptr<Job>& job, int ms = 180000)
    {
        m_runner.start(job);
        QDeadlineTimer deadline(ms);
        while (!job->isFinished() && !deadline.hasExpired())
            QTest::qWait(20);
        if (!job->isFinished())
            return false;
        QTest::qWait(0); // let the queued finished() arrive
        return true;
    }
    static QString why(const std::shared_ptr<Job>& job) { return job->error().message(); }
    // The titles of the steps a job announced, from a spy on its stepStarted().
    static QStringList announced(const QSignalSpy& steps)
    {
        QStringList titles;
        for (const QList<QVariant>& s : steps)
            titles << s.at(1).toString();
        return titles;
    }
    QStringList filesIn(const QString& dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden);
    }

    struct CliRun
    {
        int code;
        QString out;
        QString err;
    };
    // artgenctl in-process, with the stack's profile and a backup folder of the test's own.
    // `answer` is what a user types at the confirmation prompt (a terminal is pretended).
    CliRun artgenctl(const QStringList& args, const QString& answer = {})
    {
        SettingsStore settings(m_dir.filePath(QStringLiteral("cli.conf")));
        Profile p = m_stack->profile();
        p.backupDir = folder(QStringLiteral("cli"));
        settings.setProfiles({p});
        const artgen::cli::CommandRegistry registry = artgen::cli::CommandRegistry::standard();
        QString typed = answer + u'\n';
        QTextStream in(&typed);
        if (!answer.isNull())
            static_cast<artgen::cli::RestoreCommand*>(registry.find(QStringLiteral("restore")))
                ->setConfirmationInput(&in, true);
        artgen::cli::CliApp app(registry, settings);
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = app.run(QStringList{QStringLiteral("artgenctl")} + args, o, e);
        o.flush();
        e.flush();
        return {code, out, err};
    }

    void makeSmallDatabase()
    {
        sql(QStringLiteral("postgres"),
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(kDb));
        sql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(kDb));
        sql(kDb,
            QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, v text); "
                           "INSERT INTO t SELECT g, 'row ' || g FROM generate_series(1, 1000) g; "
                           "CREATE TABLE u (k text); INSERT INTO u VALUES ('a'), ('b'), ('c')"));
    }

    // What a restore must leave alone when it does not finish: every table's row count, the
    // columns, constraints and indexes of kKillDb.
    QString fingerprint(const QString& db)
    {
        return sql(db,
                   QStringLiteral(
                       "SELECT (SELECT count(*) FROM big) || '/' || (SELECT count(*) FROM small) "
                       "|| '/' || (SELECT string_agg(conname || ':' || contype::text, ',' ORDER BY "
                       "conname) FROM pg_constraint WHERE connamespace = 'public'::regnamespace) "
                       "|| '/' || (SELECT string_agg(indexname, ',' ORDER BY indexname) FROM "
                       "pg_indexes WHERE schemaname = 'public') || '/' || (SELECT "
                       "string_agg(table_name || '.' || column_name, ',' ORDER BY table_name, "
                       "column_name) FROM information_schema.columns WHERE table_schema = "
                       "'public')"));
    }

    // A stack folder of the test's own for artgenctl: the demo stack's compose file and .env,
    // with POSTGRES_DB pointed at `db`, so a real artgenctl process works on a test database.
    QString stackFor(const QString& db)
    {
        const QString dir = folder(QStringLiteral("stack-") + db);
        QDir().mkpath(dir + QStringLiteral("/Docker_all"));
        const QString src = m_stack->profile().stackDir + QStringLiteral("/Docker_all/");
        QFile::copy(src + QStringLiteral("docker-compose.yml"),
                    dir + QStringLiteral("/Docker_all/docker-compose.yml"));
        QFile in(src + QStringLiteral(".env"));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QByteArray env;
        for (const QByteArray& line : in.readAll().split('\n'))
            if (!line.startsWith("POSTGRES_DB="))
                env += line + '\n';
        env += "POSTGRES_DB=" + db.toUtf8() + '\n';
        QFile out(dir + QStringLiteral("/Docker_all/.env"));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        out.write(env);
        return dir;
    }

    // artgenctl as a real process (so that it can be killed), with settings and data folders
    // of the test's own.
    std::unique_ptr<QProcess> startCtl(const QStringList& args, const QString& dockerHost = {})
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ARTGEN_CONFIG"), m_dir.filePath(QStringLiteral("proc.conf")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        if (!dockerHost.isEmpty())
            env.insert(QStringLiteral("DOCKER_HOST"), dockerHost);
        p->setProcessEnvironment(env);
        p->start(kCtl, args);
        return p;
    }
    // Reads the process's output (both channels) until `needle` shows up, or the deadline.
    static bool waitForOutput(QProcess& p, const QByteArray& needle, QByteArray* seen, int ms)
    {
        QDeadlineTimer deadline(ms);
        const auto take = [&] {
            *seen += p.readAllStandardError() + p.readAllStandardOutput();
        };
        while (!seen->contains(needle) && !deadline.hasExpired()) {
            if (p.state() == QProcess::NotRunning)
                break;
            p.waitForReadyRead(100);
            take();
        }
        take();
        return seen->contains(needle);
    }

    // Rows a restore's COPY has put into a table so far (any database), from the server's view.
    // One psql session kept open (docker exec -i): a poll costs milliseconds, not a docker
    // exec, so a restore's COPY is caught at the fraction a test asks for even on a fast machine.
    qint64 copiedIntoBig()
    {
        if (!m_poller || m_poller->state() != QProcess::Running) {
            m_poller = std::make_unique<QProcess>();
            m_poller->start(QStringLiteral("docker"),
                            {QStringLiteral("exec"), QStringLiteral("-i"), kPostgres,
                             QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-q"),
                             QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-U"),
                             m_stack->env(QStringLiteral("POSTGRES_USER")), QStringLiteral("-d"),
                             QStringLiteral("postgres")});
            if (!m_poller->waitForStarted(10000))
                return -1;
        }
        m_poller->write("SELECT coalesce(max(tuples_processed), 0) FROM pg_stat_progress_copy p "
                        "JOIN pg_stat_activity a USING (pid) WHERE "
                        "starts_with(a.application_name, 'artgen-restore');\n");
        QDeadlineTimer deadline(10000);
        while (!m_poller->canReadLine() && !deadline.hasExpired())
            m_poller->waitForReadyRead(100);
        return m_poller->canReadLine() ? m_poller->readLine().trimmed().toLongLong() : -1;
    }

    void makeKillDatabase()
    {
        sql(QStringLiteral("postgres"),
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(kKillDb));
        sql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(kKillDb));
        sql(kKillDb,
            QStringLiteral("CREATE TABLE big (id int PRIMARY KEY, a text, b text); INSERT INTO big "
                           "SELECT g, md5(g::text), md5((g + 7)::text) FROM "
                           "generate_series(1, %1) g; CREATE TABLE small (id int PRIMARY "
                           "KEY, name text UNIQUE); INSERT INTO small SELECT g, 'n' || g FROM "
                           "generate_series(1, 7) g")
                .arg(kKillRows));
    }

    bool waitHealthy(const QString& container, int ms)
    {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            const auto o = StackFixture::docker(
                {QStringLiteral("inspect"), QStringLiteral("-f"),
                 QStringLiteral(
                     "{{.State.Status}}/{{if .State.Health}}{{.State.Health.Status}}{{end}}"),
                 container});
            if (o.out.trimmed() == "running/healthy")
                return true;
            QTest::qWait(250);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_stack = std::make_unique<StackFixture>();
        AuditLog::setPath(m_dir.filePath(QStringLiteral("audit.jsonl")));
        m_thread = std::make_unique<WorkerThread>(QStringLiteral("docker"));
        m_client = new DockerClient(DockerEndpoint::fromEnvironment());
        m_thread->adopt(m_client);
        if (!m_stack->unavailableReason().isEmpty())
            return;
        // ~1.5 M rows, ~110 MB of dump: long enough to stop, cancel and watch a backup midway.
        sql(QStringLiteral("postgres"),
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(kBigDb));
        sql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(kBigDb));
        sql(kBigDb, QStringLiteral("CREATE TABLE big (id int, a text, b text); INSERT INTO big "
                                   "SELECT g, md5(g::text), md5((g + 1)::text) FROM "
                                   "generate_series(1, 1500000) g"));
    }

    void cleanupTestCase()
    {
        if (m_stack && m_stack->unavailableReason().isEmpty()) {
            for (const QString& db : {kDb, kBigDb, kKillDb, RestoreJob::tempDatabaseName(kBigDb),
                                      RestoreJob::tempDatabaseName(kKillDb)})
                sql(QStringLiteral("postgres"),
                    QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db));
        }
        if (m_poller) {
            m_poller->closeWriteChannel();
            m_poller->waitForFinished(5000);
        }
        m_runner.shutdown();
        m_thread.reset();
    }

    void roundTrip_data()
    {
        QTest::addColumn<BackupFormat>("format");
        QTest::addColumn<bool>("clean");
        QTest::newRow("plain, into existing") << BackupFormat::Plain << false;
        QTest::newRow("plain-gz, clean") << BackupFormat::PlainGzip << true;
        QTest::newRow("plain-zst, into existing") << BackupFormat::PlainZstd << false;
        QTest::newRow("custom, clean") << BackupFormat::Custom << true;
    }

    void roundTrip()
    {
        REQUIRE_STACK(*m_stack);
        QFETCH(BackupFormat, format);
        QFETCH(bool, clean);
        makeSmallDatabase();
        const QString dir = folder(QStringLiteral("rt-") + BackupFormats::name(format));
        auto b = backup(kDb, format, dir);
        QSignalSpy backupSteps(b.get(), &Job::stepStarted);
        QVERIFY(runToEnd(b));
        QVERIFY2(b->state() == Job::State::Succeeded, qPrintable(why(b)));
        QCOMPARE(announced(backupSteps), b->steps()); // all three, in order
        QVERIFY(QFile::exists(b->filePath()));
        QVERIFY(QFile::exists(b->manifestPath()));
        QCOMPARE(b->manifest().tableRows.value(QStringLiteral("public.t")), 1000);
        QCOMPARE(b->manifest().tableRows.value(QStringLiteral("public.u")), 3);
        QVERIFY(b->manifest().serverVersion.startsWith(QStringLiteral("15")));
        QCOMPARE(filesIn(dir).size(), 2); // the backup and its manifest, no .part

        // Written after the backup: must be gone after the restore.
        sql(kDb,
            QStringLiteral("INSERT INTO t SELECT g, 'late' FROM generate_series(1001, 1005) g; "
                           "DELETE FROM u WHERE k = 'a'; CREATE TABLE extra (x int)"));
        QCOMPARE(count(kDb, QStringLiteral("t")), 1005);

        auto o = restoreOptions(kDb, b->filePath());
        o.mode = clean ? RestoreJob::Mode::Clean : RestoreJob::Mode::Existing;
        auto r = std::make_shared<RestoreJob>(m_client, o);
        QSignalSpy restoreSteps(r.get(), &Job::stepStarted);
        QVERIFY(runToEnd(r));
        QVERIFY2(r->state() == Job::State::Succeeded, qPrintable(why(r)));
        QCOMPARE(announced(restoreSteps), RestoreJob::plan(o)); // what was shown is what ran
        QCOMPARE(count(kDb, QStringLiteral("t")), 1000);
        QCOMPARE(count(kDb, QStringLiteral("u")), 3);
        QCOMPARE(sql(kDb, QStringLiteral("SELECT v FROM t WHERE id = 1000")),
                 QStringLiteral("row 1000"));
        QVERIFY(r->report().manifestFound);
        QCOMPARE(r->report().tablesCompared, 2);
        QVERIFY(r->report().mismatches.isEmpty());
        // Clean replaces the whole database; into-existing replaces what the dump holds.
        QCOMPARE(
            sql(kDb, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'extra'")),
            clean ? QStringLiteral("0") : QStringLiteral("1"));
        QVERIFY(!databaseExists(RestoreJob::tempDatabaseName(kDb)));
    }

    void restoreWithSafetyBackupStopsAndStartsServices()
    {
        REQUIRE_STACK(*m_stack);
        makeSmallDatabase();
        auto b = backup(kDb, BackupFormat::PlainZstd, folder(QStringLiteral("svc")));
        QVERIFY(runToEnd(b));
        QVERIFY2(b->state() == Job::State::Succeeded, qPrintable(why(b)));
        sql(kDb, QStringLiteral("DELETE FROM t WHERE id > 500"));
        auto o = restoreOptions(kDb, b->filePath());
        o.safetyBackup = true;
        o.stopServices = true;
        o.services = {QStringLiteral("art_generation_backend"),
                      QStringLiteral("art_generation_celery")};
        auto r = std::make_shared<RestoreJob>(m_client, o);
        QSignalSpy steps(r.get(), &Job::stepStarted);
        QVERIFY(runToEnd(r));
        QVERIFY2(r->state() == Job::State::Succeeded, qPrintable(why(r)));
        // Every step of the plan, in order, up to starting the services again.
        QCOMPARE(announced(steps), RestoreJob::plan(o));
        QCOMPARE(steps.size(), 6);
        QCOMPARE(count(kDb, QStringLiteral("t")), 1000);
        // The safety backup holds the state before the restore: 500 rows.
        QVERIFY(QFile::exists(r->report().safetyBackup));
        const auto safety = BackupManifest::load(BackupManifest::pathFor(r->report().safetyBackup));
        QVERIFY(safety);
        QCOMPARE(safety->tableRows.value(QStringLiteral("public.t")), 500);
        QCOMPARE(safety->reason, QStringLiteral("safety"));
        QCOMPARE(r->report().servicesRestarted.size(), 2);
        QVERIFY(waitHealthy(QStringLiteral("art_generation_backend"), 90000));
        QVERIFY(waitHealthy(QStringLiteral("art_generation_celery"), 90000));
    }

    void truncatedFileIsRefusedAndDatabaseUnchanged()
    {
        REQUIRE_STACK(*m_stack);
        makeSmallDatabase();
        const QString dir = folder(QStringLiteral("cut"));
        auto b = backup(kDb, BackupFormat::Plain, dir);
        QVERIFY(runToEnd(b));
        QVERIFY2(b->state() == Job::State::Succeeded, qPrintable(why(b)));
        sql(kDb, QStringLiteral("INSERT INTO t VALUES (5000, 'after')"));
        // Cut in half, without its manifest: the completeness rule alone must catch it.
        QFile f(b->filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray half = f.read(f.size() / 2);
        f.close();
        const QString cutPath = folder(QStringLiteral("cut.sql"));
        QFile out(cutPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(half);
        out.close();
        auto o = restoreOptions(kDb, cutPath);
        o.safetyBackup = true; // the check comes before it: no safety backup either
        o.safetyFolder = folder(QStringLiteral("safety-cut"));
        auto r = std::make_shared<RestoreJob>(m_client, o);
        QVERIFY(runToEnd(r));
        QCOMPARE(r->state(), Job::State::Failed);
        QVERIFY2(r->error().what().contains(QStringLiteral("incomplete")), qPrintable(why(r)));
        QCOMPARE(count(kDb, QStringLiteral("t")), 1001);
        QVERIFY(r->report().safetyBackup.isEmpty());
        QVERIFY(!QDir(o.safetyFolder).exists() || filesIn(o.safetyFolder).isEmpty());

        // The same cut as a gzip file, and a file changed after its manifest was written.
        QFile whole(b->filePath());
        QVERIFY(whole.open(QIODevice::ReadWrite));
        whole.seek(whole.size() / 3);
        whole.write("X");
        whole.close();
        auto v = std::make_shared<VerifyJob>(b->filePath(), m_client, target(kDb));
        QVERIFY(runToEnd(v));
        QCOMPARE(v->state(), Job::State::Failed);
        QVERIFY2(v->error().what().contains(QStringLiteral("does not match its manifest")),
                 qPrintable(why(v)));
    }

    void failingStatementLeavesDatabaseUnchanged()
    {
        REQUIRE_STACK(*m_stack);
        makeSmallDatabase();
        auto b = backup(kDb, BackupFormat::Plain, folder(QStringLiteral("bad")));
        QVERIFY(runToEnd(b));
        QVERIFY2(b->state() == Job::State::Succeeded, qPrintable(why(b)));
        sql(kDb, QStringLiteral("INSERT INTO t VALUES (7000, 'kept')"));
        // A statement that fails after the dump's DROP TABLEs have run: the whole transaction,
        // drops included, must roll back.
        QFile f(b->filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        const qsizetype at = text.indexOf("COPY public.u");
        QVERIFY(at > 0);
        text.insert(at, "INSERT INTO no_such_table VALUES (1);\n");
        const QString badPath = folder(QStringLiteral("bad.sql")); // no manifest beside it
        QFile out(badPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        auto r = std::make_shared<RestoreJob>(m_client, restoreOptions(kDb, badPath));
        QVERIFY(runToEnd(r));
        QCOMPARE(r->state(), Job::State::Failed);
        QVERIFY2(r->error().why().contains(QStringLiteral("no_such_table")), qPrintable(why(r)));
        QCOMPARE(count(kDb, QStringLiteral("t")), 1001);
        QCOMPARE(sql(kDb, QStringLiteral("SELECT v FROM t WHERE id = 7000")),
                 QStringLiteral("kept"));
    }

    void cancelBackupLeavesNothing()
    {
        REQUIRE_STACK(*m_stack);
        const QString dir = folder(QStringLiteral("cancel-backup"));
        auto b = backup(kBigDb, BackupFormat::PlainGzip, dir);
        qint64 seen = 0;
        QObject context; // dies before seen: no late progress writes to it after a failed check
        connect(b.get(), &Job::bytesProgressChanged, &context,
                [&seen](qint64 done, qint64) { seen = done; });
        m_runner.start(b);
        QTRY_VERIFY_WITH_TIMEOUT(seen > (2 << 20) || b->isFinished(), 60000);
        QVERIFY2(!b->isFinished(), "the backup ended before it could be cancelled");
        b->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(b->isFinished(), 30000);
        QCOMPARE(b->state(), Job::State::Cancelled);
        QCOMPARE(filesIn(dir), QStringList());
        // pg_dump in the container was ended too, not left streaming into nowhere.
        QTRY_COMPARE_WITH_TIMEOUT(sessionsNamed(QStringLiteral("artgen-backup")), 0, 15000);
    }

    void cancelRestoreRollsBack()
    {
        REQUIRE_STACK(*m_stack);
        auto b = backup(kBigDb, BackupFormat::Plain, folder(QStringLiteral("cancel-restore")));
        QVERIFY(runToEnd(b));
        QVERIFY2(b->state() == Job::State::Succeeded, qPrintable(why(b)));
        sql(kBigDb, QStringLiteral("DELETE FROM big WHERE id <= 1000"));
        auto o = restoreOptions(kBigDb, b->filePath());
        o.mode = RestoreJob::Mode::Clean;
        auto r = std::make_shared<RestoreJob>(m_client, o);
        m_runner.start(r);
        // Past the check (which reads the file once, reporting bytes too): wait for the
        // restore database to exist and data to flow into it.
        QTRY_VERIFY_WITH_TIMEOUT(
            databaseExists(RestoreJob::tempDatabaseName(kBigDb)) || r->isFinished(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(
            sessionsNamed(QStringLiteral("artgen-restore")) > 0 || r->isFinished(), 30000);
        QVERIFY2(!r->isFinished(), qPrintable(QStringLiteral("finished early: ") + why(r)));
        r->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(r->isFinished(), 60000);
        QCOMPARE(r->state(), Job::State::Cancelled);
        QCOMPARE(count(kBigDb, QStringLiteral("big")), 1499000);
        QTRY_COMPARE_WITH_TIMEOUT(sessionsNamed(QStringLiteral("artgen-restore")), 0, 15000);
        QVERIFY(!databaseExists(RestoreJob::tempDatabaseName(kBigDb)));
    }

    void passwordNeverInCommandLinesOrLog()
    {
        REQUIRE_STACK(*m_stack);
        const QString password = m_stack->env(QStringLiteral("POSTGRES_PASSWORD"));
        QVERIFY(password.size() >= 8);
        QTemporaryDir logDir;
        LogService::Options lo;
        lo.directory = logDir.path();
        lo.fileName = QStringLiteral("panel.log");
        lo.toStderr = false;
        LogService log(lo, SecretRedactor::global());
        auto b = backup(kBigDb, BackupFormat::Plain, folder(QStringLiteral("pw")));
        m_runner.start(b);
        const QByteArray pw = password.toUtf8();
        const QByteArray envNeedle = "PGPASSWORD=" + pw;
        int scans = 0;
        bool sawDumpWithPasswordInEnv = false;
        QDeadlineTimer deadline(180000);
        while (!b->isFinished() && !deadline.hasExpired()) {
            QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
            while (it.hasNext()) {
                const QString proc = it.next();
                QFile cmd(proc + QStringLiteral("/cmdline"));
                if (!cmd.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray cmdline = cmd.readAll();
                QVERIFY2(!cmdline.contains(pw),
                         qPrintable(QStringLiteral("password in the command line of ") + proc));
                if (cmdline.startsWith("pg_dump")) {
                    QFile env(proc + QStringLiteral("/environ"));
                    if (env.open(QIODevice::ReadOnly) && env.readAll().contains(envNeedle))
                        sawDumpWithPasswordInEnv = true;
                }
            }
            ++scans;
            QTest::qWait(5);
        }
        QVERIFY(b->isFinished());
        QVERIFY2(b->state() == Job::State::Succeeded, qPrintable(why(b)));
        QVERIFY2(scans > 10, "the scan did not run while the backup ran");
        // It did travel — as the environment of pg_dump.
        QVERIFY(sawDumpWithPasswordInEnv);
        // A failing run puts an error (with the target's details) into the log as well.
        auto failing = backup(QStringLiteral("no_such_database_x"), BackupFormat::Plain,
                              folder(QStringLiteral("pw-fail")));
        QVERIFY(runToEnd(failing));
        QCOMPARE(failing->state(), Job::State::Failed);
        qWarning().noquote() << "backup failed:" << failing->error().message() << password;
        log.flush();
        QFile file(log.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("Backing up database"), "the job's lines reach the log file");
        QVERIFY2(text.contains("backup failed:"), "the warning reached the log file");
        QVERIFY2(!text.contains(pw), "the password reached the log file");
    }

    void artgenctlBackupVerifyListRestore()
    {
        REQUIRE_STACK(*m_stack);
        QCOMPARE(
            artgenctl({QStringLiteral("backup"), QStringLiteral("--format"), QStringLiteral("zip")})
                .code,
            64);
        const CliRun b = artgenctl({QStringLiteral("backup"), QStringLiteral("--format"),
                                    QStringLiteral("plain-zst"), QStringLiteral("--json")});
        QVERIFY2(b.code == 0, qPrintable(b.err));
        const QJsonObject o = QJsonDocument::fromJson(b.out.toUtf8()).object();
        const QString path = o.value(QStringLiteral("path")).toString();
        QVERIFY2(QFile::exists(path), qPrintable(b.out));
        QVERIFY(QFile::exists(o.value(QStringLiteral("manifestPath")).toString()));
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("plain-zst"));
        QCOMPARE(o.value(QStringLiteral("sha256")).toString().size(), 64);

        const CliRun v = artgenctl({QStringLiteral("verify"), path});
        QVERIFY2(v.code == 0, qPrintable(v.err));
        QVERIFY(v.out.contains(QStringLiteral("matches its manifest")));

        const CliRun list = artgenctl({QStringLiteral("backups"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(QFileInfo(path).fileName()));
        QVERIFY(list.out.contains(QStringLiteral("\"state\":\"size-matches\"")));

        // Not a terminal and no --yes: refused before anything happens.
        const CliRun refused = artgenctl({QStringLiteral("restore"), path});
        QCOMPARE(refused.code, 64);
        QVERIFY(refused.err.contains(QStringLiteral("--yes")));
        // Clean mode wants the database name typed; a wrong name changes nothing.
        const CliRun wrong = artgenctl({QStringLiteral("restore"), QStringLiteral("--clean"), path},
                                       QStringLiteral("nope"));
        QCOMPARE(wrong.code, 1);
        QVERIFY(wrong.err.contains(QStringLiteral("does not match")));
        QVERIFY(wrong.err.contains(QStringLiteral("safety backup"))); // the plan was shown

        const CliRun r =
            artgenctl({QStringLiteral("restore"), path, QStringLiteral("--yes"),
                       QStringLiteral("--keep-services"), QStringLiteral("--no-safety-backup")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("row counts match")));

        // A file cut in half: verify says so, exit 1.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray half = f.read(f.size() / 2);
        f.close();
        const QString cut = folder(QStringLiteral("cli-cut.sql.zst"));
        QFile c(cut);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(half);
        c.close();
        const CliRun bad = artgenctl({QStringLiteral("verify"), cut});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("damaged")), qPrintable(bad.err));
    }

    // Case 1: whatever ends the client during a restore — SIGINT, SIGTERM, SIGKILL, or the
    // Docker connection dropped (a socat proxy in front of the daemon, killed) — at an early or
    // a late point, in both modes and formats, the database keeps its rows and its schema.
    void case1_interruptedRestoreLeavesDatabaseAsItWas_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<bool>("clean");
        QTest::addColumn<bool>("custom");
        // How far the restore's COPY into the big table got (in %) before the client is ended.
        QTest::addColumn<int>("copiedPercent");
        QTest::newRow("SIGINT early") << "INT" << false << false << 0;
        QTest::newRow("SIGINT mid") << "INT" << false << false << 40;
        QTest::newRow("SIGTERM mid") << "TERM" << false << false << 40;
        QTest::newRow("SIGKILL early") << "KILL" << false << false << 0;
        QTest::newRow("SIGKILL mid") << "KILL" << false << false << 40;
        QTest::newRow("SIGKILL late") << "KILL" << false << false << 75;
        QTest::newRow("connection dropped mid") << "DROP" << false << false << 40;
        QTest::newRow("SIGKILL custom mid") << "KILL" << false << true << 40;
        QTest::newRow("connection dropped custom late") << "DROP" << false << true << 75;
        QTest::newRow("SIGINT clean mid") << "INT" << true << false << 40;
        QTest::newRow("SIGKILL clean mid") << "KILL" << true << false << 40;
        QTest::newRow("connection dropped clean late") << "DROP" << true << false << 75;
    }
    void case1_interruptedRestoreLeavesDatabaseAsItWas()
    {
        REQUIRE_STACK(*m_stack);
        QFETCH(QString, how);
        QFETCH(bool, clean);
        QFETCH(bool, custom);
        QFETCH(int, copiedPercent);
        const QString format = custom ? QStringLiteral("custom") : QStringLiteral("plain");
        const QString stack = stackFor(kKillDb);
        QVERIFY(!stack.isEmpty());
        if (m_killDumps.isEmpty())
            makeKillDatabase();
        if (!m_killDumps.contains(format)) {
            // Made for the profile artgenctl will restore with (named after its stack folder).
            auto b =
                backup(kKillDb, custom ? BackupFormat::Custom : BackupFormat::Plain,
                       folder(QStringLiteral("kill-") + format), Profile::fromStackDir(stack).name);
            QVERIFY(runToEnd(b, 300000));
            QVERIFY2(b->state() == Job::State::Succeeded, qPrintable(why(b)));
            m_killDumps.insert(format, b->filePath());
        }
        // The state the restore must not change differs from the dump's; a row that failed
        // (and left the dump's state) does not spoil the next.
        sql(kKillDb, QStringLiteral("DELETE FROM big WHERE id % 1000 = 0; INSERT INTO small "
                                    "VALUES (100, 'after the backup') ON CONFLICT DO NOTHING"));
        const QString before = fingerprint(kKillDb);
        QVERIFY2(before.startsWith(QStringLiteral("%1/8/").arg(kKillRows - kKillRows / 1000)),
                 qPrintable(before));

        QString dockerHost;
        QProcess proxy;
        if (how == QStringLiteral("DROP")) {
            const QString sock = folder(QStringLiteral("docker-proxy.sock"));
            QFile::remove(sock);
            proxy.start(QStringLiteral("socat"),
                        {QStringLiteral("UNIX-LISTEN:") + sock + QStringLiteral(",fork"),
                         QStringLiteral("UNIX-CONNECT:/var/run/docker.sock")});
            QVERIFY(proxy.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(sock), 5000);
            dockerHost = QStringLiteral("unix://") + sock;
        }
        auto endProxy = qScopeGuard([&proxy] {
            proxy.kill();
            proxy.waitForFinished(5000);
        });
        QStringList args{QStringLiteral("--stack-dir"),
                         stack,
                         QStringLiteral("restore"),
                         m_killDumps.value(format),
                         QStringLiteral("--yes"),
                         QStringLiteral("--keep-services"),
                         QStringLiteral("--no-safety-backup")};
        if (clean)
            args << QStringLiteral("--clean");
        auto ctl = startCtl(args, dockerHost);
        auto endCtl = qScopeGuard([&ctl] {
            ctl->kill();
            ctl->waitForFinished(10000);
        });
        QByteArray out;
        QVERIFY2(waitForOutput(*ctl, "Restoring into", &out, 120000), out.constData());
        // Data is flowing: the restore's COPY into big has got as far as asked.
        const qint64 threshold = qint64(kKillRows) * copiedPercent / 100;
        QDeadlineTimer deadline(60000);
        while (ctl->state() == QProcess::Running && !deadline.hasExpired() &&
               !(copiedPercent == 0 ? sessionsNamed(QStringLiteral("artgen-restore")) > 0
                                    : copiedIntoBig() >= threshold))
            QTest::qWait(10);
        out += ctl->readAllStandardError() + ctl->readAllStandardOutput();
        QVERIFY2(ctl->state() == QProcess::Running,
                 qPrintable(QStringLiteral("the restore ended before it could be interrupted "
                                           "(make the database bigger): ") +
                            QString::fromUtf8(out)));
        QVERIFY2(!deadline.hasExpired(), out.constData());
        if (how == QStringLiteral("DROP")) {
            ::kill(pid_t(proxy.processId()), SIGKILL);
            // socat's forked children hold the open connections: end them too.
            QProcess::execute(QStringLiteral("pkill"),
                              {QStringLiteral("-KILL"), QStringLiteral("-f"),
                               QStringLiteral("docker-proxy.sock")});
        } else {
            const int sig = how == QStringLiteral("INT")    ? SIGINT
                            : how == QStringLiteral("TERM") ? SIGTERM
                                                            : SIGKILL;
            ::kill(pid_t(ctl->processId()), sig);
        }
        QVERIFY(ctl->waitForFinished(120000));
        out += ctl->readAllStandardError() + ctl->readAllStandardOutput();
        if (how != QStringLiteral("KILL"))
            QVERIFY2(ctl->exitCode() != 0, out.constData());
        // The server notices the end of the stream and rolls back; then nothing restores.
        QTRY_COMPARE_WITH_TIMEOUT(sessionsNamed(QStringLiteral("artgen-restore")), 0, 60000);
        QCOMPARE(fingerprint(kKillDb), before);
        if (clean)
            sql(QStringLiteral("postgres"),
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                    .arg(RestoreJob::tempDatabaseName(kKillDb)));
    }

    // Case 1, the other way round: an uninterrupted restore of the same dump commits all of it.
    void case1_wholeRestoreCommits()
    {
        REQUIRE_STACK(*m_stack);
        QVERIFY(m_killDumps.contains(QStringLiteral("plain")));
        auto o = restoreOptions(kKillDb, m_killDumps.value(QStringLiteral("plain")));
        o.target.profile = Profile::fromStackDir(stackFor(kKillDb)).name;
        auto r = std::make_shared<RestoreJob>(m_client, o);
        QVERIFY(runToEnd(r, 300000));
        QVERIFY2(r->state() == Job::State::Succeeded, qPrintable(why(r)));
        QVERIFY(fingerprint(kKillDb).startsWith(QStringLiteral("%1/7/").arg(kKillRows)));
        QVERIFY(r->report().mismatches.isEmpty());
    }

    // Case 7: the file is cut to its first 23 lines after it was checked (during the safety
    // backup): what is streamed is not what was checked, so nothing is committed.
    void case7_fileChangedAfterCheckIsNotCommitted()
    {
        REQUIRE_STACK(*m_stack);
        makeSmallDatabase();
        auto b = backup(kDb, BackupFormat::Plain, folder(QStringLiteral("case7")));
        QVERIFY(runToEnd(b));
        QVERIFY2(b->state() == Job::State::Succeeded, qPrintable(why(b)));
        sql(kDb, QStringLiteral("INSERT INTO t VALUES (9000, 'after')"));
        // A copy without its manifest: only the check-time hash can catch the change.
        const QString file = folder(QStringLiteral("case7.sql"));
        QVERIFY(QFile::copy(b->filePath(), file));
        auto o = restoreOptions(kDb, file);
        o.safetyBackup = true;
        auto r = std::make_shared<RestoreJob>(m_client, o);
        QObject context;
        bool cut = false;
        connect(r.get(), &Job::logLines, &context, [&](const QStringList& lines) {
            if (cut || !lines.join(u'\n').contains(QStringLiteral("Taking a safety backup")))
                return;
            QFile f(file);
            if (!f.open(QIODevice::ReadWrite))
                return;
            QByteArray head;
            for (int i = 0; i < 23; ++i)
                head += f.readLine();
            cut = f.resize(head.size());
        });
        QVERIFY(runToEnd(r));
        QVERIFY(cut);
        QCOMPARE(r->state(), Job::State::Failed);
        QVERIFY2(r->error().what().contains(QStringLiteral("changed after it was checked")),
                 qPrintable(why(r)));
        QCOMPARE(count(kDb, QStringLiteral("t")), 1001);
        QCOMPARE(count(kDb, QStringLiteral("u")), 3);
    }

    // Case 2: three backups at once into one folder, and two profiles sharing a folder: every
    // run that reports success has its own file, complete and matching its manifest.
    void case2_concurrentBackupsEachKeepTheirFile()
    {
        REQUIRE_STACK(*m_stack);
        makeSmallDatabase();
        const QString dir = folder(QStringLiteral("concurrent"));
        std::vector<std::unique_ptr<QProcess>> runs;
        auto endRuns = qScopeGuard([&runs] {
            for (auto& p : runs) {
                p->kill();
                p->waitForFinished(10000);
            }
        });
        for (int i = 0; i < 3; ++i)
            runs.push_back(startCtl({QStringLiteral("--stack-dir"), m_stack->profile().stackDir,
                                     QStringLiteral("backup"), QStringLiteral("--out"), dir,
                                     QStringLiteral("--format"), QStringLiteral("plain"),
                                     QStringLiteral("--json")}));
        // Two profiles (two stack folders, so two profile names) with one backup folder.
        for (const QString& db : {kDb, m_stack->env(QStringLiteral("POSTGRES_DB"))})
            runs.push_back(
                startCtl({QStringLiteral("--stack-dir"), stackFor(db), QStringLiteral("backup"),
                          QStringLiteral("--out"), dir, QStringLiteral("--format"),
                          QStringLiteral("plain-gz"), QStringLiteral("--json")}));
        QStringList written;
        for (auto& p : runs) {
            QVERIFY(p->waitForFinished(300000));
            const QByteArray err = p->readAllStandardError();
            QVERIFY2(p->exitCode() == 0, err.constData());
            const QString path = QJsonDocument::fromJson(p->readAllStandardOutput())
                                     .object()
                                     .value(QStringLiteral("path"))
                                     .toString();
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            written << path;
        }
        written.removeDuplicates();
        QCOMPARE(written.size(), 5);
        for (const QString& path : written) {
            auto v = std::make_shared<VerifyJob>(path, m_client, target(kDb));
            QVERIFY(runToEnd(v));
            QVERIFY2(v->state() == Job::State::Succeeded, qPrintable(path + u' ' + why(v)));
            QVERIFY(v->checksumMatched());
        }
        QCOMPARE(BackupCatalog(dir).list().size(), 5);
        QVERIFY(QDir(dir).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
    }

    // A part file left by a killed backup is removed by the next one; a part that a running
    // writer still holds is not.
    void orphanPartsAreCleanedButLivePartsKept()
    {
        REQUIRE_STACK(*m_stack);
        makeSmallDatabase();
        const QString dir = folder(QStringLiteral("orphans"));
        QDir().mkpath(dir);
        const QString orphan = dir + QStringLiteral("/backup_20200101_000000.sql.part");
        const QString live = dir + QStringLiteral("/backup_20200101_000001.sql.part");
        const QString young = dir + QStringLiteral("/backup_20200101_000002.sql.part");
        for (const QString& f : {orphan, live, young}) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("-- half a dump\n");
            QVERIFY(file.flush()); // or closing it would touch the time set below
            // Killed a while ago (a part written within the last minute may be a writer's
            // that has not taken its lock yet).
            if (f != young)
                QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                         QFileDevice::FileModificationTime));
        }
        const int fd = ::open(QFile::encodeName(live).constData(), O_RDONLY);
        QVERIFY(fd >= 0);
        auto closeFd = qScopeGuard([fd] { ::close(fd); });
        QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0); // as a running writer holds it
        auto b = backup(kDb, BackupFormat::Plain, dir);
        QVERIFY(runToEnd(b));
        QVERIFY2(b->state() == Job::State::Succeeded, qPrintable(why(b)));
        QVERIFY(!QFileInfo::exists(orphan));
        QVERIFY(QFileInfo::exists(live));
        QVERIFY(QFileInfo::exists(young));
        // The audit says how the killed run ended, as far as anyone can know.
        QFile audit(m_dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray log = audit.readAll();
        QVERIFY2(log.contains("\"ended-unknown\"") && log.contains("backup_20200101_000000.sql\""),
                 log.constData());
    }

    // Case 5: a backup of another database is refused without an explicit yes — by the job,
    // by artgenctl (exit 1, before any prompt) — and restored when the user says so.
    void case5_otherDatabasesBackupIsRefused()
    {
        REQUIRE_STACK(*m_stack);
        makeSmallDatabase();
        auto b = backup(kDb, BackupFormat::Plain, folder(QStringLiteral("case5")));
        QVERIFY(runToEnd(b));
        QVERIFY2(b->state() == Job::State::Succeeded, qPrintable(why(b)));
        const QString other = QStringLiteral("artgen_it_other");
        sql(QStringLiteral("postgres"),
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(other));
        sql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(other));
        auto dropOther = qScopeGuard([&] {
            sql(QStringLiteral("postgres"),
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(other));
        });
        sql(other, QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t "
                                  "SELECT g, 'other' FROM generate_series(1, 5) g"));
        auto r = std::make_shared<RestoreJob>(m_client, restoreOptions(other, b->filePath()));
        QVERIFY(runToEnd(r));
        QCOMPARE(r->state(), Job::State::Failed);
        QVERIFY2(r->error().why().contains(kDb), qPrintable(why(r)));
        QCOMPARE(count(other, QStringLiteral("t")), 5);

        const QString stack = stackFor(other);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ARTGEN_CONFIG"), m_dir.filePath(QStringLiteral("c5.conf")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        p.setProcessEnvironment(env);
        const QStringList base{QStringLiteral("--stack-dir"),
                               stack,
                               QStringLiteral("restore"),
                               b->filePath(),
                               QStringLiteral("--yes"),
                               QStringLiteral("--keep-services"),
                               QStringLiteral("--no-safety-backup")};
        p.start(kCtl, base);
        QVERIFY(p.waitForFinished(120000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("--into-other-database") && err.contains(kDb.toUtf8()),
                 err.constData());
        QCOMPARE(count(other, QStringLiteral("t")), 5);

        p.start(kCtl, base + QStringList{QStringLiteral("--into-other-database")});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(count(other, QStringLiteral("t")), 1000);
    }

    // Case 6: a restore ended while it stops the services starts them again.
    void case6_cancelWhileStoppingServicesStartsThemAgain()
    {
        REQUIRE_STACK(*m_stack);
        makeSmallDatabase();
        auto b = backup(kDb, BackupFormat::Plain, folder(QStringLiteral("case6")),
                        Profile::fromStackDir(stackFor(kDb)).name);
        QVERIFY(runToEnd(b));
        QVERIFY2(b->state() == Job::State::Succeeded, qPrintable(why(b)));
        QProcess* raw = nullptr;
        auto ctl = startCtl({QStringLiteral("--stack-dir"), stackFor(kDb),
                             QStringLiteral("restore"), b->filePath(), QStringLiteral("--yes"),
                             QStringLiteral("--no-safety-backup")});
        raw = ctl.get();
        QByteArray err;
        QVERIFY2(waitForOutput(*raw, "Stopping art_generation_", &err, 60000), err.constData());
        QTest::qWait(300);
        ::kill(pid_t(raw->processId()), SIGINT);
        QVERIFY(raw->waitForFinished(120000));
        err += raw->readAllStandardError();
        QCOMPARE(raw->exitCode(), 130);
        for (const QString& c :
             {QStringLiteral("art_generation_backend"), QStringLiteral("art_generation_celery")})
            QVERIFY2(waitHealthy(c, 120000), qPrintable(c + u' ' + QString::fromUtf8(err)));
    }

    // Case 9: a full disk is reported as a full disk, with where and how much.
    void case9_diskFullSaysSo()
    {
        REQUIRE_STACK(*m_stack);
        const QString dir = folder(QStringLiteral("tiny"));
        QDir().mkpath(dir);
        if (QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=5m"), QStringLiteral("tmpfs"), dir}) != 0) {
            if (StackFixture::stackRequired())
                QFAIL("cannot mount a 5 MB tmpfs (needs root, as CI runs)");
            QSKIP("cannot mount a 5 MB tmpfs here (not root)");
        }
        auto unmount = qScopeGuard([dir] {
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), dir});
        });
        auto b = backup(kBigDb, BackupFormat::Plain, dir);
        QVERIFY(runToEnd(b));
        QCOMPARE(b->state(), Job::State::Failed);
        QVERIFY2(b->error().what().contains(QStringLiteral("is full")) &&
                     b->error().what().contains(dir),
                 qPrintable(why(b)));
        QVERIFY2(b->error().todo().contains(QStringLiteral("Free at least")), qPrintable(why(b)));
        QVERIFY2(!b->error().message().contains(QStringLiteral("container is running")),
                 qPrintable(why(b)));
        QCOMPARE(filesIn(dir), QStringList());
    }

    // Case 11: a dump is readable by its owner only.
    void case11_backupsArePrivate()
    {
        REQUIRE_STACK(*m_stack);
        const QString dir = folder(QStringLiteral("private/backups"));
        auto b = backup(kDb, BackupFormat::PlainGzip, dir);
        QVERIFY(runToEnd(b));
        QVERIFY2(b->state() == Job::State::Succeeded, qPrintable(why(b)));
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(b->filePath()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QCOMPARE(::stat(QFile::encodeName(dir).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0700));
    }

    // Last: it stops the postgres container, which the other tests need.
    void case10_postgresStoppedMidBackupLeavesNoBackup()
    {
        REQUIRE_STACK(*m_stack);
        const QString dir = folder(QStringLiteral("stopped"));
        auto b = backup(kBigDb, BackupFormat::PlainGzip, dir);
        qint64 seen = 0;
        QObject context; // dies before seen: no late progress writes to it after a failed check
        connect(b.get(), &Job::bytesProgressChanged, &context,
                [&seen](qint64 d, qint64) { seen = d; });
        m_runner.start(b);
        QTRY_VERIFY_WITH_TIMEOUT(seen > (2 << 20) || b->isFinished(), 60000);
        QVERIFY2(!b->isFinished(), "the backup ended before postgres could be stopped");
        const auto stop = StackFixture::docker(
            {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("2"), kPostgres});
        // Whatever fails below, the stack gets its database back.
        auto restart = qScopeGuard([this] {
            StackFixture::docker({QStringLiteral("start"), kPostgres});
            waitHealthy(kPostgres, 90000);
        });
        QCOMPARE(stop.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(b->isFinished(), 60000);
        QCOMPARE(b->state(), Job::State::Failed);
        QVERIFY2(b->error().message().contains(kPostgres), qPrintable(why(b)));
        // Case 10: the server went away; not a question of user, name or password.
        QVERIFY2(b->error().what().contains(QStringLiteral("went away")), qPrintable(why(b)));
        QVERIFY2(!b->error().message().contains(QStringLiteral("password")), qPrintable(why(b)));
        QCOMPARE(filesIn(dir), QStringList());
        QVERIFY(BackupCatalog(dir).list().isEmpty());
        restart.dismiss();
        StackFixture::docker({QStringLiteral("start"), kPostgres});
        QVERIFY(waitHealthy(kPostgres, 90000));
        for (const QString& c :
             {QStringLiteral("art_generation_backend"), QStringLiteral("art_generation_celery")})
            QVERIFY(waitHealthy(c, 120000));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
