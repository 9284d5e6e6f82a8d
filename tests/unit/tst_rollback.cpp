#include "checklist/buildstep.h"
#include "checklist/checklistreport.h"
#include "checklist/checklistrun.h"
#include "checklist/rollbackjob.h"
#include "checklist/rollbackplan.h"
#include "checklist/rollbackrecord.h"
#include "checklist/runningconfig.h"
#include "checklist/stackimages.h"
#include "checklist/startstep.h"
#include "compose/composejob.h"
#include "docker/dockerclient.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;

namespace {

const QDateTime kStart(QDate(2026, 11, 30), QTime(7, 0), Qt::UTC);

StepRecord record(int id, StepState state, const QString& summary, qint64 ms = 1500)
{
    StepRecord r;
    r.id = id;
    r.state = state;
    r.summary = summary;
    r.startedAt = kStart.addSecs(id);
    r.durationMs = ms;
    return r;
}

// A deployment that failed at step 5, with what steps 1 and 2 recorded.
ChecklistRun failedDeployment()
{
    ChecklistRun run = ChecklistRun::create(QStringLiteral("Demo stack"), 1, 11, kStart);
    StepRecord backup = record(1, StepState::Passed, QStringLiteral("Verified backup"));
    backup.figures = {
        {QStringLiteral("backup"), QStringLiteral("/backups/demo-20261130.sql.gz")},
        {QStringLiteral("files"),
         QJsonObject{{QStringLiteral("Docker_all/docker-compose.yml"),
                      QStringLiteral("command: gunicorn --worker-class uvicorn.workers.X\n")},
                     {QStringLiteral("nginx-docker.conf"), QStringLiteral("server {}\n")}}}};
    run.setRecord(backup);
    StepRecord stop = record(2, StepState::Passed, QStringLiteral("stopped"));
    StackImages::Map images;
    images.insert(QStringLiteral("backend"),
                  {QStringLiteral("artgen-demo/app:latest"), QStringLiteral("sha256:aaa")});
    stop.figures = {{QStringLiteral("images"), StackImages::toJson(images)}};
    run.setRecord(stop);
    run.setRecord(record(3, StepState::Passed, QStringLiteral("confirmed")));
    run.setRecord(record(4, StepState::Passed, QStringLiteral("Images rebuilt.")));
    run.setRecord(record(5, StepState::Failed, QStringLiteral("backend is crashing")));
    return run;
}

RollbackRecord greenRollback()
{
    RollbackRecord r = RollbackRecord::create();
    r.startedAt = kStart.addSecs(60);
    r.durationMs = 41250;
    *r.stage(1) = record(1, StepState::Passed, QStringLiteral("Put back: compose file"), 120);
    r.stage(1)->evidence = {QStringLiteral("Wrote Docker_all/docker-compose.yml.")};
    *r.stage(2) = record(2, StepState::Passed, QStringLiteral("1 image tagged back"), 300);
    *r.stage(3) = record(3, StepState::Passed, QStringLiteral("All 5 services healthy"), 30000);
    StepRecord skipped = StepRecord::skipped(QStringLiteral("Not asked for"));
    skipped.id = 4;
    *r.stage(4) = skipped;
    for (int id = 5; id <= 9; ++id)
        *r.recheckRecord(id) = record(id, StepState::Passed, QStringLiteral("re-checked"), 700);
    r.recheckRecord(9)->state = StepState::Warned;
    r.state = r.verdict();
    return r;
}

// In `folder`: a deployment that failed at step 5 and a newer one rolled back green.
bool saveOlderAndRolledBack(const QString& folder, ChecklistRun* older, ChecklistRun* rolledBack)
{
    *older = failedDeployment();
    *rolledBack = failedDeployment();
    rolledBack->id = QStringLiteral("20261130-100000-000");
    rolledBack->rollback = greenRollback();
    return bool(older->save(folder)) && bool(rolledBack->save(folder));
}

ServiceStatus service(const QString& name, const QString& state, const QString& health,
                      int restarts = 0, int exitCode = 0)
{
    ServiceStatus s;
    s.service = name;
    s.id = name + QStringLiteral("-id");
    s.container = QStringLiteral("art_generation_") + name;
    s.state = state;
    s.health = health;
    s.restartCount = restarts;
    s.exitCode = exitCode;
    return s;
}

} // namespace

class TestRollback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rollbackRoundTripsThroughTheRunsJson()
    {
        ChecklistRun run = failedDeployment();
        run.rollback = greenRollback();
        QCOMPARE(run.rollback->state, StepState::Passed);
        const auto back = ChecklistRun::fromJson(run.toJson());
        QVERIFY(back);
        QVERIFY(back->rollback);
        QCOMPARE(*back->rollback, *run.rollback);
        QCOMPARE(back->rollback->recheck.size(), 5);
        QCOMPARE(back->rollback->stage(4)->skipReason, QStringLiteral("Not asked for"));

        QTemporaryDir dir;
        QVERIFY(run.save(dir.path()));
        const auto loaded = ChecklistRun::load(dir.filePath(run.fileName()));
        QVERIFY(loaded);
        QCOMPARE(*loaded->rollback, *run.rollback);
    }

    void runsWithoutARollbackStillLoad()
    {
        const ChecklistRun run = failedDeployment();
        QJsonObject o = run.toJson();
        QVERIFY(!o.contains(QStringLiteral("rollback")));
        const auto back = ChecklistRun::fromJson(o);
        QVERIFY(back);
        QVERIFY(!back->rollback);

        o.insert(QStringLiteral("rollback"), QJsonObject{{QStringLiteral("state"), 7}});
        QVERIFY(!ChecklistRun::fromJson(o));
    }

    void verdictNeedsEveryStageAndRecheck()
    {
        RollbackRecord r = greenRollback();
        QCOMPARE(r.verdict(), StepState::Passed); // a warned re-check and a skipped stage pass
        r.recheckRecord(7)->state = StepState::Failed;
        QCOMPARE(r.verdict(), StepState::Failed);
        r = greenRollback();
        r.recheckRecord(8)->state = StepState::Pending; // not run: no green rollback
        QCOMPARE(r.verdict(), StepState::Failed);
        QCOMPARE(RollbackRecord::create().verdict(), StepState::Failed);
    }

    void latestFailedDeploymentIsFound()
    {
        QTemporaryDir dir;
        const ChecklistRun failed = failedDeployment();
        QVERIFY(failed.save(dir.path()));
        ChecklistRun health =
            ChecklistRun::create(QStringLiteral("Demo stack"), 6, 10, kStart.addSecs(600));
        health.setRecord(record(7, StepState::Failed, QStringLiteral("502")));
        QVERIFY(health.save(dir.path()));
        const auto found = ChecklistRun::latestFailedDeployment(dir.path());
        QVERIFY(found);
        QCOMPARE(found->id, failed.id);
        QTemporaryDir empty;
        QCOMPARE(ChecklistRun::latestFailedDeployment(empty.path()).error().code(),
                 Error::Code::NotFound);
    }

    // deploy --resume and the Deployment page's Resume never go on with a rolled-back run, nor
    // with an older unfinished deployment under it: that would redo the older one's steps over
    // the state the rollback restored.
    void aRolledBackDeploymentIsNotResumed()
    {
        QTemporaryDir dir;
        ChecklistRun older, rolledBack;
        QVERIFY(saveOlderAndRolledBack(dir.path(), &older, &rolledBack));
        QVERIFY(older.canResume());
        QVERIFY(older.isSupersededBy(rolledBack));
        QVERIFY(!rolledBack.isSupersededBy(older));
        const auto none = ChecklistRun::latestUnfinishedDeployment(dir.path());
        QVERIFY(!none);
        QCOMPARE(none.error().code(), Error::Code::NotFound);
        QVERIFY2(none.error().message().contains(u"was rolled back: there is nothing to resume"),
                 qPrintable(none.error().message()));
        QVERIFY(!ChecklistRun::latestUnfinished(dir.path()));
        rolledBack.rollback->state = StepState::Failed;
        QVERIFY(rolledBack.save(dir.path()));
        const auto failedRollback = ChecklistRun::latestUnfinishedDeployment(dir.path());
        QVERIFY(!failedRollback);
        QVERIFY2(failedRollback.error().todo().contains(u"deploy --rollback"),
                 qPrintable(failedRollback.error().message()));
        QVERIFY(!ChecklistRun::latestUnfinished(dir.path()));
        QVERIFY(QFile::remove(dir.filePath(older.fileName())));
        QCOMPARE(ChecklistRun::latestUnfinishedDeployment(dir.path()).error().code(),
                 Error::Code::NotFound);
        // The one to roll back again by hand is still found.
        QCOMPARE(ChecklistRun::latestFailedDeployment(dir.path())->id, rolledBack.id);
    }

    // deploy --rollback after a green rollback: nothing to roll back, and never an older failure
    // under the newest deployment.
    void aGreenRollbackLeavesNothingToRollBack()
    {
        QTemporaryDir dir;
        ChecklistRun older, rolledBack;
        QVERIFY(saveOlderAndRolledBack(dir.path(), &older, &rolledBack));
        const auto none = ChecklistRun::latestFailedDeployment(dir.path());
        QVERIFY(!none);
        QCOMPARE(none.error().code(), Error::Code::NotFound);
        QVERIFY2(none.error().message().contains(QStringLiteral("rolled back already")),
                 qPrintable(none.error().message()));
        QVERIFY2(none.error().why().contains(rolledBack.id), qPrintable(none.error().why()));

        // A newer deployment that passed: the older failure is not rolled back over it.
        QVERIFY(QFile::remove(dir.filePath(rolledBack.fileName())));
        ChecklistRun passed =
            ChecklistRun::create(QStringLiteral("Demo stack"), 1, 11, kStart.addSecs(7200));
        for (int id = 1; id <= 11; ++id)
            passed.setRecord(record(id, StepState::Passed, QStringLiteral("ok")));
        QVERIFY(passed.save(dir.path()));
        const auto notFailed = ChecklistRun::latestFailedDeployment(dir.path());
        QVERIFY(!notFailed);
        QVERIFY2(notFailed.error().why().contains(passed.id), qPrintable(notFailed.error().why()));
        QVERIFY(QFile::remove(dir.filePath(passed.fileName())));
        QCOMPARE(ChecklistRun::latestFailedDeployment(dir.path())->id, older.id);
    }

    void reportNamesTheRollbackItsStagesRechecksAndTimings()
    {
        ChecklistRun run = failedDeployment();
        QVERIFY(!ChecklistReport::markdown(run).contains(QStringLiteral("Rollback")));
        run.rollback = greenRollback();
        const QString md = ChecklistReport::markdown(run);
        QVERIFY2(md.contains(QStringLiteral("## Rollback — PASS")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("took 41 s")));
        QVERIFY(md.contains(QStringLiteral("| 1 | Configuration files put back | PASS | 120 ms | "
                                           "Put back: compose file |")));
        QVERIFY(md.contains(QStringLiteral("| 3 | Containers started on the previous images | "
                                           "PASS | 30 s |")));
        QVERIFY(md.contains(
            QStringLiteral("| 4 | Database restored from the backup (if asked) | SKIPPED | — | "
                           "Not asked for |")));
        QVERIFY(md.contains(QStringLiteral("Checks 5–9 run again after the rollback")));
        QVERIFY(
            md.contains(QStringLiteral("| 9 | DB and Redis connections checked | WARN | 700 ms")));
        QVERIFY(md.contains(QStringLiteral("Wrote Docker_all/docker-compose.yml.")));

        const QString html = ChecklistReport::html(run);
        QVERIFY(html.contains(QStringLiteral("<h2 class=\"passed\">Rollback — PASS</h2>")));
        QVERIFY(html.contains(QStringLiteral("Containers started on the previous images")));
        QVERIFY(html.contains(QStringLiteral("Checks 5–9 run again after the rollback")));
        QVERIFY(html.contains(QStringLiteral("<td class=\"warned\">WARN</td><td>700 ms</td>")));
    }

    void planNamesWhatStepsOneAndTwoDidNotRecord()
    {
        const ChecklistRun bare = ChecklistRun::create(QStringLiteral("p"), 1, 11, kStart);
        const RollbackPlan none = RollbackPlan::fromRecords(bare, {}, QStringLiteral("artgen"));
        QVERIFY(!none.canRollBack());
        QCOMPARE(none.problems.size(), 2);
        QVERIFY(none.problems.at(0).contains(QStringLiteral("Step 1")));
        QVERIFY(none.problems.at(1).contains(QStringLiteral("Step 2")));

        const ChecklistRun health = ChecklistRun::create(QStringLiteral("p"), 6, 10, kStart);
        QVERIFY(RollbackPlan::fromRecords(health, {}, {})
                    .problems.first()
                    .contains(QStringLiteral("no deployment")));
    }

    void planListsTheFilesAndTheDiffBackToStepOne()
    {
        const ChecklistRun run = failedDeployment();
        const QHash<QString, QByteArray> current{
            {QStringLiteral("Docker_all/docker-compose.yml"),
             "command: gunicorn --worker-class no.such.Worker\n"},
            {QStringLiteral("nginx-docker.conf"), "server {}\n"}};
        const RollbackPlan plan = RollbackPlan::fromRecords(run, current, QStringLiteral("artgen"));
        QVERIFY2(plan.canRollBack(), qPrintable(plan.problems.join(u'\n')));
        QCOMPARE(plan.filesToRestore, QStringList{QStringLiteral("Docker_all/docker-compose.yml")});
        QVERIFY(plan.configDiff.contains(
            QStringLiteral("-command: gunicorn --worker-class no.such.Worker")));
        QVERIFY(plan.configDiff.contains(
            QStringLiteral("+command: gunicorn --worker-class uvicorn.workers.X")));
        QCOMPARE(plan.backupFile, QStringLiteral("/backups/demo-20261130.sql.gz"));
        QCOMPARE(plan.database, QStringLiteral("artgen"));
        QCOMPARE(RollbackPlan::recordedFiles(run).size(), 2);
    }

    void restoreNeedsTheTypedDatabaseName()
    {
        RollbackOptions o;
        QVERIFY(RollbackJob::refusal(o, QStringLiteral("artgen")).isEmpty());
        o.restoreBackup = true;
        o.confirmedDatabase = QStringLiteral("artgen");
        QVERIFY(RollbackJob::refusal(o, QStringLiteral("artgen")).isEmpty());
        o.confirmedDatabase = QStringLiteral("Artgen");
        QVERIFY(
            RollbackJob::refusal(o, QStringLiteral("artgen")).contains(u"nothing was restored"));
        o.confirmedDatabase = QString();
        QVERIFY(!RollbackJob::refusal(o, QStringLiteral("artgen")).isEmpty());
        QVERIFY(!RollbackJob::refusal(o, QString()).isEmpty());
    }

    void aWronglyTypedNameChangesNothing()
    {
        QTemporaryDir stack;
        QVERIFY(QDir(stack.path()).mkpath(QStringLiteral("Docker_all")));
        const QByteArray broken = "command: gunicorn --worker-class no.such.Worker\n";
        const QString compose = stack.filePath(QStringLiteral("Docker_all/docker-compose.yml"));
        for (const auto& [path, bytes] :
             {std::pair{compose, broken},
              std::pair{stack.filePath(QStringLiteral("Docker_all/.env")),
                        QByteArray("POSTGRES_USER=artgen\nPOSTGRES_DB=artgen\n"
                                   "POSTGRES_PASSWORD=secret\n")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        Profile profile;
        profile.name = QStringLiteral("rollback-refusal");
        profile.stackDir = stack.path();
        RollbackOptions options;
        options.restoreBackup = true;
        options.confirmedDatabase = QStringLiteral("artgen_prod");
        QTemporaryDir folder;
        // Refused before Docker is asked: this endpoint answers nothing.
        DockerClient docker(DockerEndpoint::fromEnvironment());
        RollbackJob job(profile, docker, failedDeployment(), options, folder.path());
        QSignalSpy stages(&job, &RollbackJob::stageFinished);
        job.start();
        QCOMPARE(job.state(), Job::State::Succeeded);
        const ChecklistRun run = job.snapshot();
        QVERIFY(run.rollback);
        QCOMPARE(run.rollback->state, StepState::Failed);
        QCOMPARE(run.rollback->stages.at(3).state, StepState::Failed);
        QVERIFY(run.rollback->stages.at(3).summary.contains(QStringLiteral("artgen_prod")));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(run.rollback->stages.at(i).state, StepState::Pending);
        for (const StepRecord& r : run.rollback->recheck)
            QCOMPARE(r.state, StepState::Pending);
        QCOMPARE(stages.size(), 1);
        QCOMPARE(stages.first().first().toInt(), 4);
        QFile f(compose);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), broken);
        const auto saved = ChecklistRun::load(QDir(folder.path()).filePath(run.fileName()));
        QVERIFY(saved && saved->rollback);
        QCOMPARE(saved->rollback->state, StepState::Failed);
        QCOMPARE(job.reportFiles().size(), 2);
    }

    // A file changed since the stack started goes back to its git HEAD bytes; one the stack
    // read (older than its start) or a folder outside git gives nothing to go back to.
    void runningConfigComesFromGitHeadForFilesChangedSinceStart()
    {
        QTemporaryDir stack;
        const QString compose = QStringLiteral("Docker_all/docker-compose.yml");
        QVERIFY(QDir(stack.path()).mkpath(QStringLiteral("Docker_all")));
        const auto write = [&](const QByteArray& bytes) {
            QFile f(stack.filePath(compose));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        QVERIFY(write("worker: good\n"));
        QStringList evidence;
        const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QVERIFY(RunningConfig::previousFiles(stack.path(), {compose}, {}, &evidence).isEmpty());
        QVERIFY(RunningConfig::previousFiles(stack.path(), {compose}, past, &evidence).isEmpty());
        QVERIFY(evidence.join(u' ').contains(QStringLiteral("no git HEAD")));

        const auto git = [&](const QStringList& args) {
            QProcess p;
            p.setWorkingDirectory(stack.path());
            p.start(QStringLiteral("git"),
                    QStringList{QStringLiteral("-c"), QStringLiteral("user.name=t"),
                                QStringLiteral("-c"), QStringLiteral("user.email=t@t")} +
                        args);
            return p.waitForFinished() && p.exitCode() == 0;
        };
        QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(git({QStringLiteral("add"), compose}));
        QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("good")}));
        QVERIFY(write("worker: broken\n"));
        const QJsonObject previous =
            RunningConfig::previousFiles(stack.path(), {compose}, past, &evidence);
        QCOMPARE(previous.value(compose).toString(), QStringLiteral("worker: good\n"));
        const QDateTime future = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(RunningConfig::previousFiles(stack.path(), {compose}, future, &evidence).isEmpty());

        // The rollback's target: step 1's copy, those files as they ran.
        ChecklistRun run = failedDeployment();
        StepRecord backup = *run.record(1);
        backup.figures.insert(QStringLiteral("previousFiles"), previous);
        run.setRecord(backup);
        QCOMPARE(RollbackPlan::recordedFiles(run).value(compose), QByteArray("worker: good\n"));
    }

    void startFailsFastOnACrashButWaitsForStarting()
    {
        QHash<QString, int> atUp;
        StackStatus s;
        s.services = {service(QStringLiteral("postgres"), QStringLiteral("running"),
                              QStringLiteral("healthy"), 2),
                      service(QStringLiteral("backend"), QStringLiteral("running"),
                              QStringLiteral("starting"))};
        QVERIFY(!StartStep::crashing(s, &atUp)); // restarts from before up do not count
        QVERIFY(!StartStep::crashing(s, &atUp));
        s.services[1] = service(QStringLiteral("backend"), QStringLiteral("running"),
                                QStringLiteral("starting"), 1, 3);
        const auto crashed = StartStep::crashing(s, &atUp);
        QVERIFY(crashed);
        QCOMPARE(crashed->service, QStringLiteral("backend"));
        QCOMPARE(crashed->exitCode, 3);

        QHash<QString, int> fresh;
        s.services[1] = service(QStringLiteral("backend"), QStringLiteral("exited"), {}, 0, 1);
        QVERIFY(StartStep::crashing(s, &fresh));
        s.services[1] = service(QStringLiteral("backend"), QStringLiteral("restarting"), {}, 0, 3);
        QVERIFY(StartStep::crashing(s, &fresh));
        s.services[1] = service(QStringLiteral("backend"), QStringLiteral("exited"), {}, 0, 0);
        QVERIFY(!StartStep::crashing(s, &fresh)); // a clean exit is no crash loop

        // A container from before compose up (a rollback starts on a crashed stack) is passed
        // over while up replaces it; its replacement, another id, is watched.
        QHash<QString, int> rollback;
        s.services[1] = service(QStringLiteral("backend"), QStringLiteral("restarting"), {}, 7, 1);
        QVERIFY(!StartStep::crashing(s, &rollback, {QStringLiteral("backend-id")}));
        s.services[1].id = QStringLiteral("new-backend-id");
        QVERIFY(StartStep::crashing(s, &rollback, {QStringLiteral("backend-id")}));
    }

    void imagesAreKeptByTagAndTheOldestRunsDropped()
    {
        QCOMPARE(StackImages::keepTag(QStringLiteral("Art_Generation"), QStringLiteral("backend"),
                                      QStringLiteral("20261130-061502-123")),
                 QStringLiteral("artgen-rollback/art_generation-backend:20261130-061502-123"));
        const QStringList tags{QStringLiteral("artgen-rollback/p-backend:20261130-010000-000"),
                               QStringLiteral("artgen-rollback/p-celery:20261130-010000-000"),
                               QStringLiteral("artgen-rollback/p-backend:20261130-020000-000"),
                               QStringLiteral("artgen-rollback/p-backend:20261130-030000-000"),
                               QStringLiteral("artgen-rollback/p-backend:20261130-040000-000")};
        QCOMPARE(StackImages::tagsToDrop(tags, 3), tags.mid(0, 2));
        QVERIFY(StackImages::tagsToDrop(tags.mid(2), 3).isEmpty());

        QCOMPARE(DockerClient::splitReference(QStringLiteral("artgen-demo/app:latest")),
                 std::make_pair(QStringLiteral("artgen-demo/app"), QStringLiteral("latest")));
        QCOMPARE(DockerClient::splitReference(QStringLiteral("localhost:5000/app")),
                 std::make_pair(QStringLiteral("localhost:5000/app"), QStringLiteral("latest")));

        StackImages::Map images;
        images.insert(QStringLiteral("celery"),
                      {QStringLiteral("artgen-demo/app:latest"), QStringLiteral("sha256:b")});
        QCOMPARE(
            StackImages::fromJson(StackImages::toJson(images)).value(QStringLiteral("celery")).id,
            QStringLiteral("sha256:b"));
    }

    void composeReferencesOfTheDemoStack()
    {
        QFile f(QStringLiteral(ARTGEN_TEST_SOURCE_DIR
                               "/resources/demo-stack/Docker_all/docker-compose.yml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QMap<QString, QString> refs = StackImages::composeReferences(f.readAll());
        QCOMPARE(refs.size(), 5);
        QCOMPARE(refs.value(QStringLiteral("backend")), QStringLiteral("artgen-demo/app:latest"));
        QCOMPARE(refs.value(QStringLiteral("celery")), QStringLiteral("artgen-demo/app:latest"));
        QCOMPARE(refs.value(QStringLiteral("frontend")),
                 QStringLiteral("artgen-demo/frontend:latest"));
    }

    void theRollbacksUpNeverBuilds()
    {
        Profile profile;
        profile.projectName = QStringLiteral("art_generation");
        QCOMPARE(ComposeJob::upWithoutBuild(profile)->composeArguments(),
                 (QStringList{QStringLiteral("-p"), QStringLiteral("art_generation"),
                              QStringLiteral("up"), QStringLiteral("-d"),
                              QStringLiteral("--no-build")}));
        // After files were put back: every container recreated, so bind mounts are read again.
        QCOMPARE(ComposeJob::upWithoutBuild(profile, true)->composeArguments(),
                 (QStringList{QStringLiteral("-p"), QStringLiteral("art_generation"),
                              QStringLiteral("up"), QStringLiteral("-d"),
                              QStringLiteral("--no-build"), QStringLiteral("--force-recreate")}));
    }

    void buildInputsRecordGoesBackToWhatItWas()
    {
        Profile profile;
        profile.name = QStringLiteral("build-record");
        QDir().mkpath(QFileInfo(BuildStep::recordPath(profile)).absolutePath());
        QVERIFY(BuildStep::restoreRecord(profile, QJsonValue::Null));
        QVERIFY(!QFile::exists(BuildStep::recordPath(profile)));
        QCOMPARE(BuildStep::readRecord(profile), QJsonValue(QJsonValue::Null));
        const QJsonObject before{
            {QStringLiteral("builtAt"), QStringLiteral("2026-11-29T10:00:00Z")},
            {QStringLiteral("files"), QJsonObject{}}};
        QVERIFY(BuildStep::restoreRecord(profile, before));
        QCOMPARE(BuildStep::readRecord(profile), QJsonValue(before));
        QVERIFY(BuildStep::restoreRecord(profile, QJsonValue::Null));
        QVERIFY(!QFile::exists(BuildStep::recordPath(profile)));
    }
};

QTEST_GUILESS_MAIN(TestRollback)
#include "tst_rollback.moc"
