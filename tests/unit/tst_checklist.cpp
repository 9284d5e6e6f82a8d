// The checklist's run model, report and evidence parsing, and the runbooks' matching on
// captured evidence — everything of issue #18 that needs no stack.
#include "checklist/buildstep.h"
#include "checklist/changesstep.h"
#include "checklist/checklist.h"
#include "checklist/checklistjob.h"
#include "checklist/checklistreport.h"
#include "checklist/checklistrun.h"
#include "checklist/checkliststep.h"
#include "checklist/containerlogreader.h"
#include "checklist/logscan.h"
#include "checklistconsole.h"
#include "docker/dockerclient.h"
#include "logging/auditlog.h"
#include "troubleshoot/diagnosejob.h"
#include "troubleshoot/flushdbjob.h"
#include "troubleshoot/nginxaccessline.h"
#include "troubleshoot/runbooks.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace artgen::core;

namespace {

// One frame of Docker's multiplexed log stream.
QByteArray frame(const QByteArray& line, bool stderrStream = false)
{
    QByteArray f(8, '\0');
    f[0] = stderrStream ? 2 : 1;
    const quint32 n = quint32(line.size());
    f[4] = char(n >> 24);
    f[5] = char(n >> 16);
    f[6] = char(n >> 8);
    f[7] = char(n);
    return f + line;
}

ChecklistRun sampleRun()
{
    ChecklistRun run = ChecklistRun::create(QStringLiteral("Demo stack"), 6, 11,
                                            QDateTime(QDate(2026, 11, 30), QTime(7, 0), Qt::UTC));
    StepRecord logs = StepRecord::warned(QStringLiteral("2 error lines"),
                                         {QStringLiteral("frontend ×2 ERROR: <b>HTTP 502</b>")});
    logs.id = 6;
    logs.startedAt = run.createdAt;
    logs.durationMs = 812;
    run.setRecord(logs);
    StepRecord api = StepRecord::passed(QStringLiteral("The API answers 200 OK in 4 ms."));
    api.id = 7;
    api.durationMs = 40;
    run.setRecord(api);
    StepRecord workers = StepRecord::failed(QStringLiteral("Celery runs 8, expected 12"),
                                            {QStringLiteral("Celery: 8 pool processes")});
    workers.id = 8;
    run.setRecord(workers);
    run.skip(9, QStringLiteral("PostgreSQL is being migrated"));
    StepRecord basic = StepRecord::passed(QStringLiteral("load test ok"));
    basic.id = 10;
    basic.figures = {
        {QStringLiteral("requests"), 100},     {QStringLiteral("failures"), 0},
        {QStringLiteral("errorPercent"), 0.0}, {QStringLiteral("p50Ms"), 3.5},
        {QStringLiteral("p95Ms"), 17.25},      {QStringLiteral("requestsPerSecond"), 19.9}};
    run.setRecord(basic);
    return run;
}

StackEvidence healthy()
{
    StackEvidence e;
    for (const char* s : {"backend", "celery", "postgres", "redis", "frontend"})
        e.services.insert(QString::fromLatin1(s),
                          {QStringLiteral("art_generation_") + QString::fromLatin1(s),
                           QStringLiteral("running"), QStringLiteral("healthy"), 0, true});
    e.apiStatus = 200;
    e.apiMs = 5;
    e.pgConnections = 20;
    e.pgMaxConnections = 100;
    e.redisPing = true;
    e.redisLatencyAvgMs = 0.3;
    e.redisLatencyMaxMs = 2;
    e.celeryPing = true;
    return e;
}

// A deployment started at `at` that stopped after its backup: it resumes at step 2.
ChecklistRun interruptedDeployment(const QDateTime& at)
{
    ChecklistRun run = ChecklistRun::create(QStringLiteral("p"), 1, 11, at);
    StepRecord backup = StepRecord::passed(QStringLiteral("ok"));
    backup.id = 1;
    run.setRecord(backup);
    return run;
}

} // namespace

class TestChecklist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elevenStepsInTheInstructionsOrder()
    {
        const auto& steps = Checklist::steps();
        QCOMPARE(steps.size(), 11);
        for (int i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps.at(i)->id(), i + 1);
            QVERIFY(!steps.at(i)->title().isEmpty());
            QVERIFY(!steps.at(i)->description().isEmpty());
            QVERIFY(!steps.at(i)->action().isEmpty());
        }
        QCOMPARE(Checklist::step(1)->title(), QStringLiteral("Database backed up"));
        QCOMPARE(Checklist::step(11)->title(), QStringLiteral("Monitoring set up (recommended)"));
    }

    void rangesParse()
    {
        QCOMPARE(Checklist::parseRange(QStringLiteral("6-10")), std::optional(std::pair{6, 10}));
        QCOMPARE(Checklist::parseRange(QStringLiteral("7")), std::optional(std::pair{7, 7}));
        QCOMPARE(Checklist::parseRange(QStringLiteral(" 1 - 11 ")),
                 std::optional(std::pair{1, 11}));
        QVERIFY(!Checklist::parseRange(QStringLiteral("10-6")));
        QVERIFY(!Checklist::parseRange(QStringLiteral("0-5")));
        QVERIFY(!Checklist::parseRange(QStringLiteral("6-12")));
        QVERIFY(!Checklist::parseRange(QStringLiteral("6,10")));
    }

    void runRoundTripsThroughJsonAndDisk()
    {
        const ChecklistRun run = sampleRun();
        const auto back = ChecklistRun::fromJson(run.toJson());
        QVERIFY(back);
        QCOMPARE(back->id, run.id);
        QCOMPARE(back->profile, QStringLiteral("Demo stack"));
        QCOMPARE(back->osUser, run.osUser);
        QVERIFY(!back->osUser.isEmpty());
        QCOMPARE(back->createdAt, run.createdAt);
        QCOMPARE(back->steps, run.steps);

        QTemporaryDir dir;
        QVERIFY(run.save(dir.path()));
        const auto loaded = ChecklistRun::load(dir.filePath(run.fileName()));
        QVERIFY(loaded);
        QCOMPARE(loaded->steps, run.steps);
        QCOMPARE(loaded->record(10)->figures.value(QStringLiteral("p95Ms")).toDouble(), 17.25);
    }

    // The deployment's choices are saved with the run: a resumed run makes them again.
    void choicesAreSavedWithTheRun()
    {
        ChecklistOptions chosen;
        chosen.build = false;
        chosen.noCache = true;
        chosen.loadTest = false;
        chosen.recentBackupMinutes = 15;
        chosen.manualChangeConfirmed = true;
        chosen.maxP95Ms = 999; // not a choice of the run: not saved
        ChecklistRun run = sampleRun();
        run.options = chosen.choicesToJson();
        const auto back = ChecklistRun::fromJson(run.toJson());
        QVERIFY(back);
        const ChecklistOptions resumed = ChecklistOptions().withChoices(back->options);
        QCOMPARE(resumed.build, false);
        QCOMPARE(resumed.noCache, true);
        QCOMPARE(resumed.loadTest, false);
        QCOMPARE(resumed.recentBackupMinutes, 15);
        QCOMPARE(resumed.manualChangeConfirmed, true);
        QCOMPARE(resumed.maxP95Ms, ChecklistOptions().maxP95Ms);
        // A run saved before the choices were kept: the defaults.
        QJsonObject old = run.toJson();
        old.remove(QStringLiteral("options"));
        const auto older = ChecklistRun::fromJson(old);
        QVERIFY(older);
        QVERIFY(older->options.isEmpty());
        QCOMPARE(ChecklistOptions().withChoices(older->options).build, true);
        QCOMPARE(ChecklistOptions().withChoices(older->options).loadTest, true);
    }

    void resumesAtTheFirstStepNotDone()
    {
        ChecklistRun run = ChecklistRun::create(QStringLiteral("p"), 1, 11);
        QCOMPARE(run.steps.size(), 11);
        QCOMPARE(run.resumeStep(), 1);
        for (int id = 1; id <= 3; ++id) {
            StepRecord r = StepRecord::passed(QStringLiteral("ok"));
            r.id = id;
            run.setRecord(r);
        }
        StepRecord building;
        building.id = 4;
        building.state = StepState::Running; // the panel was killed during step 4
        run.setRecord(building);
        QCOMPARE(run.resumeStep(), 4);
        run.skip(4, QStringLiteral("no build input changed"));
        QCOMPARE(run.resumeStep(), 5);
        StepRecord failed = StepRecord::failed(QStringLiteral("unhealthy"));
        failed.id = 5;
        run.setRecord(failed);
        QCOMPARE(run.resumeStep(), 5); // a failed step is run again
        QVERIFY(run.anyFailed());

        QTemporaryDir dir;
        ChecklistRun done = ChecklistRun::create(QStringLiteral("p"), 7, 7,
                                                 QDateTime::currentDateTimeUtc().addSecs(60));
        StepRecord api = StepRecord::passed(QStringLiteral("ok"));
        api.id = 7;
        done.setRecord(api);
        QVERIFY(done.isComplete());
        QVERIFY(run.save(dir.path()));
        QVERIFY(done.save(dir.path())); // newer, but complete: not what --resume takes
        const auto latest = ChecklistRun::latestUnfinished(dir.path());
        QVERIFY(latest);
        QCOMPARE(latest->id, run.id);
        QCOMPARE(latest->resumeStep(), 5);
        QCOMPARE(
            ChecklistRun::latestUnfinished(dir.filePath(QStringLiteral("none"))).error().code(),
            Error::Code::NotFound);
    }

    // `deploy --resume` goes on with a deployment, never with a health check that failed after it.
    void resumeOfADeploymentPassesOverUnfinishedHealthChecks()
    {
        QTemporaryDir dir;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const ChecklistRun deployment = interruptedDeployment(now);
        QVERIFY(deployment.isDeployment());
        ChecklistRun check = ChecklistRun::create(QStringLiteral("p"), 6, 10, now.addSecs(60));
        StepRecord api = StepRecord::failed(QStringLiteral("502"));
        api.id = 7;
        check.setRecord(api);
        QVERIFY(!check.isDeployment());
        QVERIFY(check.save(dir.path()));
        QCOMPARE(ChecklistRun::latestUnfinishedDeployment(dir.path()).error().code(),
                 Error::Code::NotFound);
        QVERIFY(deployment.save(dir.path()));
        QCOMPARE(ChecklistRun::latestUnfinished(dir.path())->id, check.id);
        const auto resumed = ChecklistRun::latestUnfinishedDeployment(dir.path());
        QVERIFY(resumed);
        QCOMPARE(resumed->id, deployment.id);
        QCOMPARE(resumed->resumeStep(), 2);
    }

    // `deploy --resume` goes on only with the newest deployment: after a newer one completed,
    // an older interrupted one is superseded, and the reason says so.
    void resumeNeverGoesOnWithAnOlderDeployment()
    {
        QTemporaryDir dir;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const ChecklistRun older = interruptedDeployment(now);
        QVERIFY(older.save(dir.path()));
        QCOMPARE(ChecklistRun::latestUnfinishedDeployment(dir.path())->id, older.id);

        ChecklistRun newest = ChecklistRun::create(QStringLiteral("p"), 1, 11, now.addSecs(60));
        for (int id = 1; id <= 11; ++id) {
            StepRecord r = StepRecord::passed(QStringLiteral("ok"));
            r.id = id;
            newest.setRecord(r);
        }
        QVERIFY(newest.isComplete());
        QVERIFY(newest.save(dir.path()));
        const auto none = ChecklistRun::latestUnfinishedDeployment(dir.path());
        QVERIFY(!none);
        QCOMPARE(none.error().code(), Error::Code::NotFound);
        QVERIFY2(none.error().message().contains(newest.id + QStringLiteral(", is complete")),
                 qPrintable(none.error().message()));
        QVERIFY2(none.error().why().contains(u"redo its steps"), qPrintable(none.error().why()));
        QVERIFY(!ChecklistRun::latestUnfinished(dir.path()));

        // A newer interrupted deployment is the one to go on with.
        const ChecklistRun newer = interruptedDeployment(now.addSecs(120));
        QVERIFY(newer.save(dir.path()));
        QCOMPARE(ChecklistRun::latestUnfinishedDeployment(dir.path())->id, newer.id);
    }

    void brokenRunsAreRefused()
    {
        QJsonObject o = sampleRun().toJson();
        o.insert(QStringLiteral("version"), 99);
        QVERIFY(!ChecklistRun::fromJson(o));
        o = sampleRun().toJson();
        o.insert(QStringLiteral("first"), 5); // six records no longer fit 5..11
        QVERIFY(!ChecklistRun::fromJson(o));
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("run-x.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        QCOMPARE(ChecklistRun::load(f.fileName()).error().code(), Error::Code::Protocol);
    }

    void reportHasEveryStepEvidenceTimingsSkipsAndFigures()
    {
        const ChecklistRun run = sampleRun();
        const QString md = ChecklistReport::markdown(run);
        QVERIFY(md.contains(QStringLiteral("Profile: Demo stack")));
        QVERIFY(md.contains(QStringLiteral("Run by: %1 (OS user)").arg(run.osUser)));
        QVERIFY(
            md.contains(QStringLiteral("| 6 | Logs of all services checked | WARN | 812 ms |")));
        QVERIFY(md.contains(QStringLiteral("| 8 | Number of workers checked | FAIL |")));
        QVERIFY(md.contains(QStringLiteral("- Started: 2026-11-30 07:00:00 UTC")));
        QVERIFY(md.contains(QStringLiteral("Skipped: PostgreSQL is being migrated")));
        QVERIFY(
            md.contains(QStringLiteral("100 requests, 0 failed (0.0 %), p50 3.5 ms, p95 17.3 ms")));
        QVERIFY(md.contains(QStringLiteral("Celery: 8 pool processes")));
        QVERIFY(md.contains(QStringLiteral("| 11 | Monitoring set up (recommended) | PENDING |")));
        QVERIFY(md.contains(QStringLiteral("2 passed, 1 warned, 1 failed, 1 skipped, 1 not run")));

        const QString html = ChecklistReport::html(run);
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;HTTP 502&lt;/b&gt;"))); // evidence escaped
        QVERIFY(!html.contains(QStringLiteral("<b>HTTP 502")));
        QVERIFY(html.contains(QStringLiteral("class=\"failed\">FAIL")));
        QVERIFY(html.contains(QStringLiteral("Skipped: PostgreSQL is being migrated")));

        QTemporaryDir dir;
        const auto files = ChecklistReport::write(run, dir.path());
        QVERIFY(files);
        QCOMPARE(files->size(), 2);
        QFile written(files->first());
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), md);
    }

    void checkPrintsOneLinePerStepAndTheEvidenceOfWarnings()
    {
        const QStringList lines = artgen::cli::ChecklistConsole::lines(sampleRun());
        QCOMPARE(lines.first(),
                 QStringLiteral(" 6  WARN     Logs of all services checked — 2 error lines"));
        QVERIFY(lines.contains(QStringLiteral("        Celery: 8 pool processes")));
        QCOMPARE(lines.last(), QStringLiteral("2 passed, 1 warned, 1 failed, 1 skipped"));
    }

    void logsAreGroupedByWhatTheySay()
    {
        const QList<LogEntry> entries = {
            {QStringLiteral("backend"), LogStream::Stderr, 1000, LogLevel::Error,
             "[2026-11-30 06:00:01 +0000] [17] [CRITICAL] WORKER TIMEOUT (pid:17)"},
            {QStringLiteral("backend"), LogStream::Stderr, 2000, LogLevel::Error,
             "[2026-11-30 06:00:09 +0000] [23] [CRITICAL] WORKER TIMEOUT (pid:23)"},
            {QStringLiteral("backend"), LogStream::Stderr, 3000, LogLevel::Error,
             "Traceback (most recent call last):\n  File \"app/main.py\", line 7, in x\n"
             "ValueError: unknown image id 0123456789abcdef0123456789abcdef"},
            {QStringLiteral("backend"), LogStream::Stderr, 4000, LogLevel::Error,
             "Traceback (most recent call last):\n  File \"app/main.py\", line 9, in y\n"
             "ValueError: unknown image id fedcba9876543210fedcba9876543210"},
            {QStringLiteral("backend"), LogStream::Stdout, 5000, LogLevel::Info, "INFO: fine"},
        };
        LogScan scan;
        scan.addScanned(QStringLiteral("backend"), 9);
        scan.add(QStringLiteral("backend"), entries);
        QCOMPARE(scan.groups().size(), 2);
        QCOMPARE(scan.errorCount(), 4);
        QCOMPARE(scan.tracebackCount(), 2);
        QCOMPARE(scan.groups().at(1).signature, QStringLiteral("ValueError: unknown image id …"));
        QCOMPARE(scan.groups().at(1).lastNs, 4000);
        const QStringList ev = scan.evidence();
        QCOMPARE(ev.first(), QStringLiteral("Read since start: backend: 9 line(s)"));
        QVERIFY(ev.at(1).startsWith(QStringLiteral("backend ×2 ERROR: [#-#-# #:#:# +#] [#] "
                                                   "[CRITICAL] WORKER TIMEOUT (pid:#)")));

        bool traceback = false;
        QCOMPARE(LogScan::signatureOf("172.18.0.1 - - [30/Nov/2026:06:28:40 +0000] \"GET "
                                      "/api/v1/health HTTP/1.1\" 502 157 \"-\" \"Mozilla/5.0\"",
                                      &traceback),
                 QStringLiteral("HTTP 502 GET /api/v#/health HTTP/#.#"));
        QVERIFY(!traceback);
    }

    void dockerLogBodiesDecodeIntoLevelledEntries()
    {
        const QByteArray body =
            frame("2026-11-30T06:00:00.000000001Z INFO:     Started server process [7]\n") +
            frame("2026-11-30T06:00:01.000000000Z Traceback (most recent call last):\n", true) +
            frame("2026-11-30T06:00:01.000000001Z   File \"x.py\", line 1, in <module>\n", true) +
            frame("2026-11-30T06:00:01.000000002Z KeyError: 'x'\n", true) +
            frame("2026-11-30T06:00:02.000000000Z [2026-11-30 06:00:02 +0000] [1] [ERROR] "
                  "Worker (pid:9) was sent SIGKILL\n",
                  true);
        int lines = 0;
        const QList<LogEntry> all =
            ContainerLogReader::decode(body, false, 0, QStringLiteral("backend"), &lines);
        QCOMPARE(lines, 5);
        QCOMPARE(all.size(), 3); // the traceback is one entry
        QCOMPARE(all.at(1).level, LogLevel::Error);
        QVERIFY(all.at(1).text.endsWith("KeyError: 'x'"));
        // Lines before the container started (step 5 of the run) are left out.
        const QList<LogEntry> since = ContainerLogReader::decode(body, false, 1796018401000000000LL,
                                                                 QStringLiteral("backend"), &lines);
        QCOMPARE(since.size(), 2);
    }

    void nginxAccessLinesParse()
    {
        const auto combined = NginxAccessLine::parse(
            "127.0.0.1 - - [30/Nov/2026:06:28:13 +0000] \"GET /api/v1/health HTTP/1.1\" 504 157 "
            "\"-\" \"curl/7.88.1\"");
        QVERIFY(combined);
        QCOMPARE(combined->status, 504);
        QCOMPARE(combined->request, QStringLiteral("GET /api/v1/health HTTP/1.1"));
        QVERIFY(!combined->requestTimeSec); // the combined format has none
        const auto timed = NginxAccessLine::parse(
            "10.0.0.1 - - [30/Nov/2026:06:28:13 +0000] \"POST /api/v1/generate HTTP/1.1\" 200 "
            "52 \"-\" \"ab\" rt=180.004");
        QVERIFY(timed && timed->requestTimeSec);
        QCOMPARE(*timed->requestTimeSec, 180.004);
        QVERIFY(!NginxAccessLine::parse("2026/11/30 06:28:13 [error] 7#7: upstream timed out"));
    }

    void evidenceParsers()
    {
        StackEvidence e;
        DiagnoseJob::readNginxLog(
            {"1.2.3.4 - - [30/Nov/2026:06:00:00 +0000] \"GET /a HTTP/1.1\" 504 10 \"-\" \"x\"",
             "1.2.3.4 - - [30/Nov/2026:06:00:01 +0000] \"GET /b HTTP/1.1\" 502 10 \"-\" \"x\"",
             "1.2.3.4 - - [30/Nov/2026:06:00:02 +0000] \"GET /c HTTP/1.1\" 200 10 \"-\" \"x\"",
             "2026/11/30 06:00:00 [error] 7#7: *1 upstream timed out (110: Connection timed out) "
             "while reading response header from upstream"},
            &e);
        QCOMPARE(e.accessLinesRead, 3);
        QCOMPARE(e.gatewayTimeouts, 1);
        QCOMPARE(e.badGateways, 1);
        QCOMPARE(e.timeoutLines.size(), 1);
        QVERIFY(!e.accessLogHasRequestTime);

        StackEvidence timed;
        DiagnoseJob::readNginxLog({"1.2.3.4 - - [30/Nov/2026:06:00:00 +0000] \"GET /fast "
                                   "HTTP/1.1\" 200 1 \"-\" \"x\" 0.004",
                                   "1.2.3.4 - - [30/Nov/2026:06:00:00 +0000] \"GET /slow "
                                   "HTTP/1.1\" 200 1 \"-\" \"x\" 2.500"},
                                  &timed);
        QVERIFY(timed.accessLogHasRequestTime);
        QVERIFY(timed.slowestRequests.first().contains(QStringLiteral("GET /slow")));

        DiagnoseJob::readPostgres("total\t100\t97\t41\t\n"
                                  "80\tart\tart_generation\t172.18.0.3\tidle\n"
                                  "1\tart\tartgen-diagnose\tlocal\tactive\n",
                                  &e);
        QCOMPARE(e.pgConnections, std::optional(97));
        QCOMPARE(e.pgMaxConnections, 100);
        QCOMPARE(e.pgIdleOverFiveMinutes, 41);
        QCOMPARE(e.pgHolders.size(), 2);
        QCOMPARE(e.pgHolders.first(),
                 QStringLiteral("  80  art / art_generation / 172.18.0.3 / idle"));

        DiagnoseJob::readRedis(
            "0 17 0.34 79\n",
            "# Stats\r\nrejected_connections:3\r\ninstantaneous_ops_per_sec:9\r\n"
            "# Memory\r\nused_memory_human:1.70M\r\n",
            &e);
        QCOMPARE(e.redisLatencyAvgMs, std::optional(0.34));
        QCOMPARE(e.redisLatencyMaxMs, std::optional(17.0));
        QCOMPARE(e.redisRejectedConnections, 3);
        QVERIFY(e.redisStats.contains(QStringLiteral("instantaneous_ops_per_sec: 9")));
        QVERIFY(e.redisMemory.contains(QStringLiteral("used_memory_human: 1.70M")));
    }

    void runbooksMatchCapturedEvidence()
    {
        QVERIFY(!Runbooks::pick(Runbooks::diagnoseAll(healthy())));

        StackEvidence backendDown = healthy();
        backendDown.services[QStringLiteral("backend")].state = QStringLiteral("exited");
        backendDown.services[QStringLiteral("backend")].health.clear();
        backendDown.apiStatus = 502;
        backendDown.backendLog = {QStringLiteral("[INFO] Handling signal: term")};
        auto picked = Runbooks::pick(Runbooks::diagnoseAll(backendDown));
        QVERIFY(picked);
        QCOMPARE(picked->problem, Problem::BadGateway);
        QVERIFY(picked->evidence.contains(QStringLiteral("[INFO] Handling signal: term")));

        StackEvidence celeryDown = healthy();
        celeryDown.services[QStringLiteral("celery")].state = QStringLiteral("exited");
        celeryDown.celeryPing = false;
        picked = Runbooks::pick(Runbooks::diagnoseAll(celeryDown));
        QVERIFY(picked);
        QCOMPARE(picked->problem, Problem::CeleryDown);

        // Redis down makes the backend unhealthy too: the more basic cause is named.
        StackEvidence redisDown = healthy();
        redisDown.redisPing = false;
        redisDown.redisError = QStringLiteral("Could not connect to Redis");
        redisDown.services[QStringLiteral("backend")].health = QStringLiteral("unhealthy");
        redisDown.apiStatus = 503;
        const QList<Diagnosis> all = Runbooks::diagnoseAll(redisDown);
        QVERIFY(all.at(0).matched);                                    // 502 matches as well…
        QCOMPARE(Runbooks::pick(all)->problem, Problem::RedisTimeout); // …Redis is picked

        StackEvidence full = healthy();
        full.pgConnections = 95;
        QCOMPARE(Runbooks::pick(Runbooks::diagnoseAll(full))->problem, Problem::TooManyConnections);

        StackEvidence slow = healthy();
        slow.gatewayTimeouts = 3;
        const Diagnosis timeout = Runbooks::diagnose(Problem::GatewayTimeout, slow);
        QVERIFY(timeout.matched);
        QVERIFY(timeout.evidence.join(u'\n').contains(QStringLiteral("no request time")));

        StackEvidence slowRedis = healthy();
        slowRedis.redisLatencyAvgMs = 250;
        QCOMPARE(Runbooks::pick(Runbooks::diagnoseAll(slowRedis))->problem, Problem::RedisTimeout);
        QCOMPARE(Runbooks::fromKey(QStringLiteral("celery")), std::optional(Problem::CeleryDown));
    }

    // A run loaded from disk goes on at the step it stood: steps done before are not run again,
    // the run is saved as it goes and the report written at the end. Step 11 needs no stack.
    void jobResumesALoadedRunAndSavesAsItGoes()
    {
        QTemporaryDir dir;
        ChecklistRun run = ChecklistRun::create(QStringLiteral("p"), 10, 11);
        StepRecord basic = StepRecord::passed(QStringLiteral("done before the panel closed"));
        basic.id = 10;
        run.setRecord(basic);
        QVERIFY(run.save(dir.path()));
        const auto loaded = ChecklistRun::latestUnfinished(dir.path());
        QVERIFY(loaded);
        QCOMPARE(loaded->resumeStep(), 11);

        DockerClient docker(DockerEndpoint::fromEnvironment()); // step 11 never asks it
        Profile profile;
        profile.name = QStringLiteral("p");
        ChecklistOptions options;
        options.thresholds.apiAlertsMuted = true;
        ChecklistJob job(profile, docker, *loaded, options, dir.path());
        QCOMPARE(job.steps(), (QStringList{QStringLiteral("10. Basic testing done"),
                                           QStringLiteral("11. Monitoring set up (recommended)")}));
        QSignalSpy finished(&job, &ChecklistJob::stepFinished);
        job.start();
        QCOMPARE(job.state(), Job::State::Succeeded);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toInt(), 11);

        const auto saved = ChecklistRun::load(dir.filePath(loaded->fileName()));
        QVERIFY(saved);
        QVERIFY(saved->isComplete());
        QCOMPARE(saved->options, options.choicesToJson());
        QCOMPARE(saved->record(10)->summary, QStringLiteral("done before the panel closed"));
        const StepRecord* monitoring = saved->record(11);
        QCOMPARE(monitoring->state, StepState::Warned);
        QCOMPARE(monitoring->summary, QStringLiteral("API alerts are muted."));
        QVERIFY(monitoring->startedAt.isValid());
        QVERIFY(monitoring->durationMs >= 0);
        QCOMPARE(job.reportFiles().size(), 2);
        QVERIFY(QFile::exists(job.reportFiles().first()));
    }

    void flushDbRefusesAWronglyTypedNumberAndAuditsIt()
    {
        QVERIFY(FlushDbJob::confirms(0, QStringLiteral("0")));
        QVERIFY(FlushDbJob::confirms(15, QStringLiteral("15")));
        QVERIFY(!FlushDbJob::confirms(15, QStringLiteral("14")));
        QVERIFY(!FlushDbJob::confirms(0, QString()));
        QVERIFY(!FlushDbJob::confirms(1, QStringLiteral("01 ")));
        QVERIFY(!FlushDbJob::confirms(1, QStringLiteral("1; FLUSHALL")));

        QTemporaryDir dir;
        AuditLog::setPath(dir.filePath(QStringLiteral("audit.jsonl")));
        // Refused before Docker is asked: this endpoint answers nothing.
        DockerClient docker(DockerEndpoint::fromEnvironment());
        Profile profile;
        profile.name = QStringLiteral("p");
        FlushDbJob job(profile, docker, 3, QStringLiteral("4"));
        job.start();
        QCOMPARE(job.state(), Job::State::Failed);
        QCOMPARE(job.error().code(), Error::Code::InvalidInput);
        QFile audit(dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QJsonObject record = QJsonDocument::fromJson(audit.readLine()).object();
        QCOMPARE(record.value(QStringLiteral("action")).toString(),
                 QStringLiteral("redis-flushdb"));
        QCOMPARE(record.value(QStringLiteral("outcome")).toString(), QStringLiteral("refused"));
    }

    void changesAndBuildInputsAreDiffed()
    {
        const QJsonObject before{
            {QStringLiteral("nginx-docker.conf"), QStringLiteral("proxy_read_timeout 60s;\n")}};
        const QHash<QString, QByteArray> after{
            {QStringLiteral("nginx-docker.conf"), "proxy_read_timeout 180s;\n"}};
        const QStringList diff = ChangesStep::diff(before, after);
        QVERIFY(diff.contains(QStringLiteral("-proxy_read_timeout 60s;")));
        QVERIFY(diff.contains(QStringLiteral("+proxy_read_timeout 180s;")));
        QVERIFY(ChangesStep::diff(
                    before, {{QStringLiteral("nginx-docker.conf"), "proxy_read_timeout 60s;\n"}})
                    .isEmpty());

        const QHash<QString, QByteArray> a{{QStringLiteral("a"), "1"}, {QStringLiteral("b"), "2"}};
        const QHash<QString, QByteArray> b{{QStringLiteral("b"), "3"}, {QStringLiteral("c"), "4"}};
        QCOMPARE(BuildStep::changed(a, b),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(BuildStep::changed(a, a).isEmpty());

        QTemporaryDir stack;
        QVERIFY(QDir(stack.path()).mkpath(QStringLiteral("Docker_all")));
        for (const auto& [name, text] : {std::pair{"Docker_all/Dockerfile", "FROM x\n"},
                                         std::pair{"Docker_all/.env", "API_TOKEN=secret\n"},
                                         std::pair{"app.py", "print(1)\n"}}) {
            QFile f(stack.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        const auto sums = BuildStep::inputSums(stack.path());
        QCOMPARE(sums.size(), 2); // the .env with its secrets is no build input
        QVERIFY(sums.contains(QStringLiteral("Docker_all/Dockerfile")));
        QCOMPARE(sums.value(QStringLiteral("app.py")).size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestChecklist)
#include "tst_checklist.moc"
