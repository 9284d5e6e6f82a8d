#include "cliapp.h"
#include "commandregistry.h"
#include "docker/dockerclient.h"
#include "docker/stackinspector.h"
#include "docker/stackmonitor.h"
#include "docker/workerinspector.h"
#include "settings/settingsstore.h"
#include "stackfixture.h"
#include "util/workerthread.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen;
using namespace artgen::core;

// QVERIFY2 evaluates its message even on success, and error() of a value is undefined.
#define QVERIFY_OK(result)                                                                         \
    QVERIFY2(bool(result), (result) ? "" : qPrintable((result).error().message()))

// The Engine API client against the real daemon and the real demo stack.
class TestDockerClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<StackFixture> m_stack;
    std::unique_ptr<WorkerThread> m_thread;
    DockerClient* m_client = nullptr;
    QTemporaryDir m_dir;

    template <typename T> static T wait(QFuture<T> f)
    {
        f.waitForFinished();
        return f.result();
    }

    struct CliRun
    {
        int code;
        QString out;
        QString err;
    };
    CliRun artgenctl(const QStringList& args)
    {
        SettingsStore settings(m_dir.filePath(QStringLiteral("cli.conf")));
        settings.setProfiles({m_stack->profile()});
        const cli::CommandRegistry registry = cli::CommandRegistry::standard();
        cli::CliApp app(registry, settings);
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = app.run(QStringList{QStringLiteral("artgenctl")} + args, o, e);
        return {code, out, err};
    }

    // The real artgenctl binary, with a settings file of the test's own.
    struct ProcessRun
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    static ProcessRun artgenctlProcess(const QStringList& args, const QString& config,
                                       const QString& dockerHost = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ARTGEN_CONFIG"), config);
        if (dockerHost.isEmpty())
            env.remove(QStringLiteral("DOCKER_HOST"));
        else
            env.insert(QStringLiteral("DOCKER_HOST"), dockerHost);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ARTGEN_TEST_BINARY_DIR "/src/cli/artgenctl"), args);
        ProcessRun r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
        } else if (p.exitStatus() == QProcess::NormalExit) {
            r.code = p.exitCode();
        }
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    bool waitHealthy(const QString& container, int ms)
    {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            const auto d = wait(m_client->inspect(container));
            if (d && d->summary.state == QStringLiteral("running") &&
                d->summary.health == QStringLiteral("healthy"))
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
    }

    void cleanupTestCase() { m_thread.reset(); }

    void versionIsNegotiated()
    {
        REQUIRE_STACK(*m_stack);
        const auto v = wait(m_client->version());
        QVERIFY_OK(v);
        QVERIFY(!v->version.isEmpty());
        QVERIFY(v->apiVersion.startsWith(QStringLiteral("1.")));
    }

    void listFindsTheStackByLabel()
    {
        REQUIRE_STACK(*m_stack);
        const auto list = wait(m_client->listContainers(m_stack->profile().projectName));
        QVERIFY_OK(list);
        QStringList services;
        for (const auto& c : *list) {
            services << c.service;
            QCOMPARE(c.project, m_stack->profile().projectName);
            QCOMPARE(c.name, m_stack->profile().containers.value(c.service));
        }
        services.sort();
        QCOMPARE(services, (QStringList{QStringLiteral("backend"), QStringLiteral("celery"),
                                        QStringLiteral("frontend"), QStringLiteral("postgres"),
                                        QStringLiteral("redis")}));
        // Another project lists nothing: the filter is by label, not by name.
        const auto none = wait(m_client->listContainers(QStringLiteral("no_such_project_x")));
        QVERIFY(none && none->isEmpty());
    }

    void topCountsNineGunicornProcesses()
    {
        REQUIRE_STACK(*m_stack);
        const auto t = wait(m_client->top(QStringLiteral("art_generation_backend"),
                                          QStringLiteral("-eo pid,ppid,args")));
        QVERIFY_OK(t);
        QCOMPARE(WorkerInspector::countTree(*t, QStringLiteral("gunicorn")), std::make_pair(1, 8));
        const auto report = wait(WorkerInspector(*m_client).inspect(m_stack->profile()));
        QVERIFY(report);
        QVERIFY(report->gunicornOk());
        QCOMPARE(report->expectedCeleryConcurrency, 12);
        QCOMPARE(report->celeryWorkers, 12);
    }

    void execReturnsSeparatedOutputAndExitCode()
    {
        REQUIRE_STACK(*m_stack);
        const auto r =
            wait(m_client->exec(QStringLiteral("art_generation_backend"),
                                {QStringLiteral("sh"), QStringLiteral("-c"),
                                 QStringLiteral("echo out-$GREETING; echo err-line >&2; exit 7")},
                                {QStringLiteral("GREETING=hello")}));
        QVERIFY_OK(r);
        QCOMPARE(r->exitCode, 7);
        QCOMPARE(r->out, QByteArray("out-hello\n"));
        QCOMPARE(r->err, QByteArray("err-line\n"));
        // A large output arrives whole (several frames).
        const auto big = wait(m_client->exec(
            QStringLiteral("art_generation_backend"),
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("seq 1 200000")}));
        QVERIFY(big);
        QCOMPARE(big->exitCode, 0);
        QCOMPARE(big->out.count('\n'), 200000);
        QVERIFY(big->out.endsWith("\n200000\n"));
    }

    void archiveRoundTrip()
    {
        REQUIRE_STACK(*m_stack);
        const QString c = QStringLiteral("art_generation_backend");
        QVERIFY(
            wait(m_client->exec(c, {QStringLiteral("sh"), QStringLiteral("-c"),
                                    QStringLiteral("mkdir -p /tmp/arch-in /tmp/arch-out && printf "
                                                   "'payload-42' > /tmp/arch-in/file.txt")})));
        const auto tar = wait(m_client->getArchive(c, QStringLiteral("/tmp/arch-in/file.txt")));
        QVERIFY_OK(tar);
        QVERIFY(tar->contains("payload-42"));
        QVERIFY(tar->size() % 512 == 0); // a tar stream
        QVERIFY(wait(m_client->putArchive(c, QStringLiteral("/tmp/arch-out"), *tar)));
        const auto cat = wait(
            m_client->exec(c, {QStringLiteral("cat"), QStringLiteral("/tmp/arch-out/file.txt")}));
        QVERIFY_OK(cat);
        QCOMPARE(cat->out, QByteArray("payload-42"));
        const auto missing = wait(m_client->getArchive(c, QStringLiteral("/no/such/path")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
    }

    void logsTailWithTimestampsAndStreams()
    {
        REQUIRE_STACK(*m_stack);
        const QString c = QStringLiteral("art_generation_backend");
        QVERIFY(wait(m_client->exec(
            c,
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral(
                 "echo to-stdout-marker > /proc/1/fd/1; echo to-stderr-marker > /proc/1/fd/2")})));
        const auto lines = wait(m_client->logs(c, 20));
        QVERIFY_OK(lines);
        QVERIFY(!lines->isEmpty() && lines->size() <= 20);
        bool out = false, err = false;
        for (const LogLine& l : *lines) {
            QVERIFY2(l.text.startsWith("20"), l.text.constData()); // RFC 3339 timestamp first
            out |= !l.stderrStream && l.text.endsWith(" to-stdout-marker");
            err |= l.stderrStream && l.text.endsWith(" to-stderr-marker");
        }
        QVERIFY(out);
        QVERIFY(err);
    }

    void unknownContainerIsNotFound()
    {
        REQUIRE_STACK(*m_stack);
        const auto d = wait(m_client->inspect(QStringLiteral("art_generation_nope")));
        QVERIFY(!d);
        QCOMPARE(d.error().code(), Error::Code::NotFound);
        QVERIFY(d.error().message().contains(QStringLiteral("No such container")));
    }

    void statusAndWorkersCommands()
    {
        REQUIRE_STACK(*m_stack);
        const CliRun table = artgenctl({QStringLiteral("status")});
        QCOMPARE(table.code, 0);
        QCOMPARE(table.out.count(u'\n'), 6); // header + five services
        const CliRun json = artgenctl(
            {QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--stats")});
        QCOMPARE(json.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("healthy")).toBool(), true);
        const QJsonArray services = doc.value(QStringLiteral("services")).toArray();
        QCOMPARE(services.size(), 5);
        for (const QJsonValue& s : services) {
            QCOMPARE(s.toObject().value(QStringLiteral("state")).toString(),
                     QStringLiteral("running"));
            QVERIFY(s.toObject().value(QStringLiteral("memoryBytes")).toDouble() > 0);
        }
        const CliRun workers = artgenctl({QStringLiteral("workers")});
        QCOMPARE(workers.code, 0);
        QVERIFY(workers.out.contains(QStringLiteral("1 master + 8 workers")));
    }

    void stoppedServiceMakesStatusExit3()
    {
        REQUIRE_STACK(*m_stack);
        // nginx, not redis: Debian's Celery 5.2 stops consuming after its Redis restarts
        // (celery/celery#8030), which would break the tests after this one.
        const QString frontend = QStringLiteral("art_generation_frontend");
        QVERIFY(wait(m_client->act(frontend, DockerClient::Action::Stop, 5)));
        const CliRun down = artgenctl({QStringLiteral("status"), QStringLiteral("--json")});
        const Status started = wait(m_client->act(frontend, DockerClient::Action::Start));
        QCOMPARE(down.code, 3);
        const QJsonArray services = QJsonDocument::fromJson(down.out.toUtf8())
                                        .object()
                                        .value(QStringLiteral("services"))
                                        .toArray();
        bool seen = false;
        for (const QJsonValue& s : services)
            if (s.toObject().value(QStringLiteral("service")).toString() ==
                QStringLiteral("frontend")) {
                seen = true;
                QCOMPARE(s.toObject().value(QStringLiteral("state")).toString(),
                         QStringLiteral("exited"));
                QCOMPARE(s.toObject().value(QStringLiteral("ok")).toBool(), false);
            }
        QVERIFY(seen);
        QVERIFY(started);
        QVERIFY(waitHealthy(frontend, 60000));
        QCOMPARE(artgenctl({QStringLiteral("status")}).code, 0);
    }

    void unreachableDaemonExits2()
    {
        qputenv("DOCKER_HOST", "unix:///tmp/artgen-no-docker.sock");
        const CliRun r = artgenctl({QStringLiteral("status")});
        qunsetenv("DOCKER_HOST");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(
                     QStringLiteral("There is no Docker socket at /tmp/artgen-no-docker.sock.")),
                 qPrintable(r.err));
    }

    // Defect: with Docker out of reach, `workers` printed a MISMATCH table of zeros before the
    // error (once per container), and `logs` the same error once per service.
    void unreachableDockerIsOneErrorNotATable()
    {
        const QString config = m_dir.filePath(QStringLiteral("unreachable.conf"));
        const QString host = QStringLiteral("unix:///nonexistent");
        const QByteArray error = "There is no Docker socket at /nonexistent.";
        for (const QStringList& args :
             {QStringList{QStringLiteral("workers")},
              QStringList{QStringLiteral("workers"), QStringLiteral("--json")},
              QStringList{QStringLiteral("logs")},
              QStringList{QStringLiteral("logs"), QStringLiteral("--tail"), QStringLiteral("5"),
                          QStringLiteral("backend"), QStringLiteral("frontend")}}) {
            const ProcessRun r = artgenctlProcess(args, config, host);
            const QByteArray what = args.join(u' ').toUtf8() + ": " + r.err;
            QVERIFY2(r.code == 2, what.constData());
            QVERIFY2(r.err.count(error) == 1, what.constData());
            QVERIFY2(r.err.count("artgenctl: ") == 1, what.constData());
            QVERIFY2(!r.out.contains("MISMATCH"), r.out.constData());
            QVERIFY2(r.out.isEmpty(), r.out.constData());
        }
    }

    // Defect: with Celery stopped, `workers` showed Docker's raw "409 … is not running" text.
    void stoppedContainerSaysNotRunningNotRaw409()
    {
        REQUIRE_STACK(*m_stack);
        const QString celery = m_stack->profile().containers.value(QStringLiteral("celery"));
        QVERIFY(wait(m_client->act(celery, DockerClient::Action::Stop, 10)));
        // Whatever fails below, Celery runs and is healthy again for the tests after this one.
        auto restart = qScopeGuard([&] {
            wait(m_client->act(celery, DockerClient::Action::Start));
            if (!waitHealthy(celery, 180000))
                qWarning("%s did not become healthy again", qPrintable(celery));
        });

        const CliRun workers = artgenctl({QStringLiteral("workers")});
        QVERIFY2(!workers.err.contains(QStringLiteral("409")), qPrintable(workers.err));
        QVERIFY2(workers.err.contains(celery + QStringLiteral(" is not running (exited).")),
                 qPrintable(workers.err));
        QVERIFY2(workers.err.contains(QStringLiteral("artgenctl up celery")),
                 qPrintable(workers.err));
        QVERIFY(workers.out.contains(QStringLiteral("1 master + 8 workers"))); // backend: fine
        QCOMPARE(workers.code, 3);

        // An exec, the way the backup and the checklist reach into a container, says the same.
        const auto exec = wait(m_client->exec(celery, {QStringLiteral("true")}));
        QVERIFY(!exec);
        QCOMPARE(exec.error().code(), Error::Code::Unreachable);
        QCOMPARE(exec.error().what(), celery + QStringLiteral(" is not running (exited)."));
        QCOMPARE(exec.error().todo(), QStringLiteral("Start it: artgenctl up celery"));
        QVERIFY2(!exec.error().message().contains(QStringLiteral("409")),
                 qPrintable(exec.error().message()));

        QVERIFY(wait(m_client->act(celery, DockerClient::Action::Start)));
        QVERIFY(waitHealthy(celery, 180000));
        restart.dismiss();
        QCOMPARE(artgenctl({QStringLiteral("workers")}).code, 0);
    }

    // A paused container is said to be paused, with how to unpause it.
    void pausedContainerSaysPausedNotRaw409()
    {
        REQUIRE_STACK(*m_stack);
        const QString frontend = m_stack->profile().containers.value(QStringLiteral("frontend"));
        QCOMPARE(StackFixture::docker({QStringLiteral("pause"), frontend}).exitCode, 0);
        auto unpause = qScopeGuard([&] {
            StackFixture::docker({QStringLiteral("unpause"), frontend});
        });
        const auto exec = wait(m_client->exec(frontend, {QStringLiteral("true")}));
        QCOMPARE(StackFixture::docker({QStringLiteral("unpause"), frontend}).exitCode, 0);
        unpause.dismiss();
        QVERIFY(!exec);
        QCOMPARE(exec.error().what(), frontend + QStringLiteral(" is paused."));
        QCOMPARE(exec.error().todo(), QStringLiteral("Unpause it: docker unpause ") + frontend);
        QVERIFY(!exec.error().message().contains(QStringLiteral("409")));
        QVERIFY(waitHealthy(frontend, 60000));
    }

    // Defect: a profile mapping "frontend" to another container was followed by `logs` but not
    // by `status`, which showed the compose-labelled art_generation_frontend.
    void statusAndLogsFollowTheProfilesContainerMapping()
    {
        REQUIRE_STACK(*m_stack);
        Profile profile = m_stack->profile();
        profile.name = QStringLiteral("mapped");
        const QString redis = profile.containers.value(QStringLiteral("redis"));
        profile.containers[QStringLiteral("frontend")] = redis;
        const QString config = m_dir.filePath(QStringLiteral("mapped.conf"));
        {
            SettingsStore settings(config);
            settings.setProfiles({profile});
            settings.setActiveProfileName(profile.name);
        }

        const ProcessRun status =
            artgenctlProcess({QStringLiteral("status"), QStringLiteral("--json")}, config);
        QVERIFY2(status.code == 0, status.err.constData());
        QStringList frontendContainers;
        QStringList containers;
        for (const QJsonValue& v : QJsonDocument::fromJson(status.out)
                                       .object()
                                       .value(QStringLiteral("services"))
                                       .toArray()) {
            const QJsonObject s = v.toObject();
            containers << s.value(QStringLiteral("container")).toString();
            if (s.value(QStringLiteral("service")).toString() == QStringLiteral("frontend")) {
                frontendContainers << s.value(QStringLiteral("container")).toString();
                QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
                QCOMPARE(s.value(QStringLiteral("image")).toString(),
                         QStringLiteral("artgen-demo/redis:latest"));
            }
        }
        QCOMPARE(frontendContainers, QStringList{redis});
        // The compose-labelled frontend is not the profile's frontend: not a second row.
        QVERIFY2(!containers.contains(QStringLiteral("art_generation_frontend")),
                 status.out.constData());

        // logs frontend reads the same container: its lines are Redis's, as Docker has them.
        const auto truth = wait(m_client->logs(redis, 5));
        QVERIFY_OK(truth);
        QVERIFY(!truth->isEmpty());
        QStringList expected;
        for (const LogLine& l : *truth)
            expected << QString::fromUtf8(l.text.mid(l.text.indexOf(' ') + 1)).trimmed();
        const ProcessRun logs = artgenctlProcess({QStringLiteral("logs"), QStringLiteral("--json"),
                                                  QStringLiteral("--tail"), QStringLiteral("5"),
                                                  QStringLiteral("frontend")},
                                                 config);
        QVERIFY2(logs.code == 0, logs.err.constData());
        QStringList texts;
        for (const QByteArray& line : logs.out.trimmed().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.value(QStringLiteral("service")).toString(), QStringLiteral("frontend"));
            QCOMPARE(o.value(QStringLiteral("container")).toString(), redis);
            texts << o.value(QStringLiteral("text")).toString().trimmed();
        }
        QCOMPARE(texts, expected);
    }

    void restartArrivesAsEvents()
    {
        REQUIRE_STACK(*m_stack);
        auto* monitor = new StackMonitor(*m_client, m_stack->profile());
        monitor->setPublishInterval(500);
        monitor->moveToThread(m_client->thread());
        QStringList actions;
        QList<StackStatus> snapshots;
        // Dies before what the lambdas write to, even when a check fails and returns early.
        QObject context;
        connect(monitor, &StackMonitor::containerEvent, &context,
                [&](const QString& service, const QString&, const QString& action) {
                    if (service == QStringLiteral("frontend"))
                        actions << action;
                });
        connect(monitor, &StackMonitor::snapshot, &context,
                [&](const StackStatus& s) { snapshots << s; });
        QMetaObject::invokeMethod(monitor, &StackMonitor::start, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty() && snapshots.last().services.size() == 5,
                                 15000);

        QVERIFY(wait(m_client->act(QStringLiteral("art_generation_frontend"),
                                   DockerClient::Action::Restart, 5)));
        // The state sequence of a restart, in order, from the event stream (not polled).
        QTRY_VERIFY_WITH_TIMEOUT(actions.contains(QStringLiteral("restart")), 20000);
        const qsizetype die = actions.indexOf(QStringLiteral("die"));
        const qsizetype start = actions.indexOf(QStringLiteral("start"));
        QVERIFY2(die >= 0 && start > die, qPrintable(actions.join(u' ')));
        // ... and the published picture follows: nginx running and healthy again.
        const auto frontendHealthy = [&] {
            if (snapshots.isEmpty())
                return false;
            for (const ServiceStatus& s : snapshots.last().services)
                if (s.service == QStringLiteral("frontend"))
                    return s.state == QStringLiteral("running") &&
                           s.health == QStringLiteral("healthy");
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(frontendHealthy(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(actions.contains(QStringLiteral("health_status: healthy")), 10000);
        monitor->disconnect(&context);
        QMetaObject::invokeMethod(monitor, &StackMonitor::stop, Qt::QueuedConnection);
        monitor->deleteLater();
    }

    // Last: it restarts the daemon itself. Only where the panel's scripts own dockerd (CI, or
    // ARTGEN_ALLOW_DOCKERD_RESTART=1) — never against a developer's systemd-managed daemon.
    void monitorSurvivesDaemonRestart()
    {
        REQUIRE_STACK(*m_stack);
        if (!StackFixture::mayRestartDaemon())
            QSKIP("restarting dockerd needs CI=true or ARTGEN_ALLOW_DOCKERD_RESTART=1");
        const QByteArray pid = StackFixture::daemonPid();
        QVERIFY2(!pid.isEmpty(),
                 "no /var/run/docker.pid: dockerd not started by scripts/stack.sh?");

        auto* monitor = new StackMonitor(*m_client, m_stack->profile());
        monitor->setPublishInterval(500);
        monitor->moveToThread(m_client->thread());
        QList<bool> connection;
        StackStatus last;
        // Dies before what the lambdas write to, even when a check fails and returns early.
        QObject context;
        connect(monitor, &StackMonitor::connectionChanged, &context,
                [&](bool up, const Error&) { connection << up; });
        connect(monitor, &StackMonitor::snapshot, &context,
                [&](const StackStatus& s) { last = s; });
        QMetaObject::invokeMethod(monitor, &StackMonitor::start, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(last.allGood(), 20000);

        // Whatever fails below, the daemon is started again so later tests find it.
        auto guard = qScopeGuard([] { StackFixture::startDaemon(); });
        QVERIFY(StackFixture::terminateDaemon(pid));
        // While it is down nothing may still claim to be running.
        QTRY_VERIFY_WITH_TIMEOUT(connection.contains(false), 30000);
        const auto noneRunning = [&] {
            return std::none_of(
                last.services.cbegin(), last.services.cend(),
                [](const ServiceStatus& s) { return s.state == QStringLiteral("running"); });
        };
        if (!QTest::qWaitFor(noneRunning, 10000)) {
            QStringList states;
            for (const ServiceStatus& s : last.services)
                states << s.service + u'=' + s.state;
            QFAIL(qPrintable(states.join(u' ')));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            !QFile::exists(QStringLiteral("/proc/") + QString::fromLatin1(pid)), 60000);

        QVERIFY(StackFixture::startDaemon());

        // Reconnected by itself, listed again, and the stack (restart: unless-stopped) healthy.
        QTRY_VERIFY_WITH_TIMEOUT(!connection.isEmpty() && connection.last(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(last.allGood() && last.services.size() == 5, 240000);
        monitor->disconnect(&context);
        QMetaObject::invokeMethod(monitor, &StackMonitor::stop, Qt::QueuedConnection);
        monitor->deleteLater();
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    TestDockerClient test;
    const int failures = QTest::qExec(&test, argc, argv);
    const bool skipped =
        !StackFixture().unavailableReason().isEmpty() && !StackFixture::stackRequired();
    return failures == 0 && skipped ? 77 : failures;
}

#include "tst_dockerclient.moc"
