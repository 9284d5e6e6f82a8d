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
#include "logging/logservice.h"
#include "logging/secretredactor.h"
#include "restorecommand.h"
#include "settings/settingsstore.h"
#include "stackfixture.h"
#include "util/workerthread.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;

namespace {
const QString kPostgres = QStringLiteral("art_generation_postgres");
const QString kDb = QStringLiteral("artgen_it");
const QString kBigDb = QStringLiteral("artgen_it_big");
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

    std::unique_ptr<StackFixture> m_stack;
    std::unique_ptr<WorkerThread> m_thread;
    DockerClient* m_client = nullptr;
    QTemporaryDir m_dir;
    JobRunner m_runner;

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

    std::shared_ptr<BackupJob> backup(const QString& db, BackupFormat format, const QString& dir)
    {
        BackupJob::Options o;
        o.target = target(db);
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
            for (const QString& db : {kDb, kBigDb, RestoreJob::tempDatabaseName(kBigDb)})
                sql(QStringLiteral("postgres"),
                    QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db));
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
        QVERIFY(runToEnd(b));
        QVERIFY2(b->state() == Job::State::Succeeded, qPrintable(why(b)));
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
        QVERIFY(runToEnd(r));
        QVERIFY2(r->state() == Job::State::Succeeded, qPrintable(why(r)));
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
        QVERIFY(runToEnd(r));
        QVERIFY2(r->state() == Job::State::Succeeded, qPrintable(why(r)));
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
        QVERIFY(list.out.contains(QStringLiteral("\"state\":\"verified\"")));

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

    // Last: it stops the postgres container, which the other tests need.
    void postgresStoppedMidBackupLeavesNoBackup()
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
