// The checklist's health check, "What is wrong?" and the runbooks' fixes against the real demo
// stack: a healthy stack passes check 6–10, a stopped backend is the 502 runbook and its restart
// heals it, a stopped Celery is the Celery runbook, and FLUSHDB refuses a wrongly typed number.
// Every service a test stops is started again and waited healthy in cleanup(), whatever happened.
#include "checklist/checklistjob.h"
#include "docker/dockerclient.h"
#include "stackfixture.h"
#include "troubleshoot/flushdbjob.h"
#include "troubleshoot/restartservicejob.h"
#include "util/workerthread.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace artgen::core;

namespace {

const QString kBackend = QStringLiteral("art_generation_backend");
const QString kCelery = QStringLiteral("art_generation_celery");
const QString kRedis = QStringLiteral("art_generation_redis");

QString health(const QString& container)
{
    const auto out = StackFixture::docker(
        {QStringLiteral("inspect"), QStringLiteral("-f"),
         QStringLiteral("{{.State.Status}}/{{if .State.Health}}{{.State.Health.Status}}{{end}}"),
         container});
    return QString::fromUtf8(out.out).trimmed();
}

bool waitHealthy(const QString& container, int timeoutMs = 180000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (health(container) == u"running/healthy")
            return true;
        QThread::msleep(500);
    }
    return false;
}

QByteArray redisCli(const QString& command)
{
    // The password from the container's own environment: never in this process's argv.
    return StackFixture::docker(
               {QStringLiteral("exec"), kRedis, QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("REDISCLI_AUTH=\"$REDIS_PASSWORD\" redis-cli ") + command})
        .out.trimmed();
}

QJsonObject stepOf(const QJsonObject& run, int id)
{
    for (const QJsonValue& v : run.value(QStringLiteral("steps")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toInt() == id)
            return v.toObject();
    return {};
}

} // namespace

class TestChecklistStack : public QObject
{
    Q_OBJECT

    struct Ran
    {
        int exitCode = -1;
        QJsonObject json;
        qint64 ms = 0;
        QByteArray err;
    };

    Ran artgenctl(const QStringList& args)
    {
        QElapsedTimer timer;
        timer.start();
        const StackFixture::Output out =
            m_stack->artgenctl(args + QStringList{QStringLiteral("--json")}, m_config);
        Ran r{out.exitCode, QJsonDocument::fromJson(out.out).object(), timer.elapsed(), out.err};
        return r;
    }

    std::unique_ptr<StackFixture> m_stack;
    std::unique_ptr<WorkerThread> m_thread;
    DockerClient* m_client = nullptr;
    QTemporaryDir m_home;
    QString m_config;

private Q_SLOTS:
    void initTestCase()
    {
        m_stack = std::make_unique<StackFixture>();
        m_thread = std::make_unique<WorkerThread>(QStringLiteral("docker"));
        m_client = new DockerClient(DockerEndpoint::fromEnvironment());
        m_thread->adopt(m_client);
        m_config = m_home.filePath(QStringLiteral("artgen.conf"));
    }

    // After every test, passed or failed: what a test stopped runs and is healthy again.
    void cleanup()
    {
        if (!m_stack->unavailableReason().isEmpty())
            return;
        for (const QString& c : {kBackend, kCelery}) {
            if (!health(c).startsWith(u"running"))
                StackFixture::docker({QStringLiteral("start"), c});
            QVERIFY2(waitHealthy(c), qPrintable(c + QStringLiteral(" is not healthy again")));
        }
    }

    void cleanupTestCase() { m_thread.reset(); }

    void healthCheckPassesOnTheHealthyStack()
    {
        REQUIRE_STACK(*m_stack);
        const Ran check =
            artgenctl({QStringLiteral("check"), QStringLiteral("--steps"), QStringLiteral("6-10")});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        for (int id : {7, 8, 10})
            QCOMPARE(stepOf(check.json, id).value(QStringLiteral("state")).toString(),
                     QStringLiteral("passed"));
        for (int id = 6; id <= 10; ++id)
            QVERIFY2(stepOf(check.json, id).value(QStringLiteral("state")).toString() != u"failed",
                     qPrintable(QString::number(id)));
        const QJsonObject figures =
            stepOf(check.json, 10).value(QStringLiteral("figures")).toObject();
        QCOMPARE(figures.value(QStringLiteral("requests")).toInt(), 100);
        QVERIFY(figures.value(QStringLiteral("errorPercent")).toDouble() < 1.0);
        QVERIFY(figures.value(QStringLiteral("p95Ms")).toDouble() < 200.0);
        const QJsonArray reports = check.json.value(QStringLiteral("reports")).toArray();
        QCOMPARE(reports.size(), 2);
        for (const QJsonValue& r : reports)
            QVERIFY(QFile::exists(r.toString()));

        const Ran withoutLoad =
            artgenctl({QStringLiteral("check"), QStringLiteral("--steps"), QStringLiteral("6-9")});
        QCOMPARE(withoutLoad.exitCode, 0);
        const Ran diagnose = artgenctl({QStringLiteral("diagnose")});
        QCOMPARE(diagnose.exitCode, 0);
        QVERIFY(diagnose.json.value(QStringLiteral("problem")).isNull());
        // Figures for the closing note, not thresholds.
        qInfo("check 6-10: %lld ms; check 6-9: %lld ms; diagnose: %lld ms", check.ms,
              withoutLoad.ms, diagnose.ms);
    }

    void stoppedBackendIsThe502RunbookAndItsFixHeals()
    {
        REQUIRE_STACK(*m_stack);
        QCOMPARE(StackFixture::docker(
                     {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("5"), kBackend})
                     .exitCode,
                 0);
        const Ran api =
            artgenctl({QStringLiteral("check"), QStringLiteral("--steps"), QStringLiteral("7")});
        QCOMPARE(api.exitCode, 3);
        QCOMPARE(stepOf(api.json, 7).value(QStringLiteral("state")).toString(),
                 QStringLiteral("failed"));

        const Ran diagnose = artgenctl({QStringLiteral("diagnose")});
        QCOMPARE(diagnose.exitCode, 3);
        const QJsonObject problem = diagnose.json.value(QStringLiteral("problem")).toObject();
        QCOMPARE(problem.value(QStringLiteral("runbook")).toString(), QStringLiteral("502"));
        QVERIFY(problem.value(QStringLiteral("evidence"))
                    .toArray()
                    .first()
                    .toString()
                    .contains(QStringLiteral("exited")));

        RestartServiceJob fix(m_stack->profile(), *m_client, StackRole::Backend);
        fix.start();
        QVERIFY2(fix.state() == Job::State::Succeeded, qPrintable(fix.error().message()));
        const Ran healed =
            artgenctl({QStringLiteral("check"), QStringLiteral("--steps"), QStringLiteral("6-10")});
        QVERIFY2(healed.exitCode == 0, healed.err.constData());
        QCOMPARE(stepOf(healed.json, 7).value(QStringLiteral("state")).toString(),
                 QStringLiteral("passed"));
    }

    void stoppedCeleryIsTheCeleryRunbook()
    {
        REQUIRE_STACK(*m_stack);
        QCOMPARE(StackFixture::docker(
                     {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("5"), kCelery})
                     .exitCode,
                 0);
        const Ran diagnose = artgenctl({QStringLiteral("diagnose")});
        QCOMPARE(diagnose.exitCode, 3);
        QCOMPARE(diagnose.json.value(QStringLiteral("problem"))
                     .toObject()
                     .value(QStringLiteral("runbook"))
                     .toString(),
                 QStringLiteral("celery"));

        // Its fix: restart, and wait until `celery inspect ping` answers.
        RestartServiceJob fix(m_stack->profile(), *m_client, StackRole::Celery);
        fix.start();
        QVERIFY2(fix.state() == Job::State::Succeeded, qPrintable(fix.error().message()));
        QCOMPARE(artgenctl({QStringLiteral("diagnose")}).exitCode, 0);
    }

    // Step 1 makes (or picks) a verified backup and keeps the files; step 3 then shows a change
    // of them as a diff and goes on only once it is confirmed. The change is made in a copy of
    // the stack's files: the running stack's own stay as they are.
    void backupStepThenAConfirmedChange()
    {
        REQUIRE_STACK(*m_stack);
        const Profile profile = m_stack->profile();
        const QString folder = m_home.filePath(QStringLiteral("runs"));
        ChecklistJob backup(profile, *m_client, ChecklistRun::create(profile.name, 1, 3),
                            ChecklistOptions{}, folder);
        backup.limitTo(1, 1);
        backup.start();
        const ChecklistRun afterBackup = backup.snapshot();
        const StepRecord* one = afterBackup.record(1);
        QVERIFY2(one->state == StepState::Passed, qPrintable(one->summary));
        QVERIFY(QFile::exists(one->figures.value(QStringLiteral("backup")).toString()));
        QVERIFY(one->evidence.join(u'\n').contains(QStringLiteral("Verified:")));
        QCOMPARE(afterBackup.resumeStep(), 2);

        QTemporaryDir copy;
        for (const QString& path :
             {QStringLiteral("nginx-docker.conf"), QStringLiteral("Docker_all/docker-compose.yml"),
              QStringLiteral("app/database/db.py"), QStringLiteral("app/utils/http_client.py")}) {
            QVERIFY(QDir().mkpath(QFileInfo(copy.filePath(path)).absolutePath()));
            QVERIFY(QFile::copy(QDir(profile.stackDir).filePath(path), copy.filePath(path)));
        }
        QFile nginx(copy.filePath(QStringLiteral("nginx-docker.conf")));
        QVERIFY(nginx.open(QIODevice::ReadOnly));
        QByteArray text = nginx.readAll();
        nginx.close();
        QVERIFY(text.contains("proxy_read_timeout 180s;"));
        text.replace("proxy_read_timeout 180s;", "proxy_read_timeout 240s;");
        QVERIFY(nginx.open(QIODevice::WriteOnly | QIODevice::Truncate));
        nginx.write(text);
        nginx.close();
        Profile changed = profile;
        changed.stackDir = copy.path();

        ChecklistJob unconfirmed(changed, *m_client, afterBackup, ChecklistOptions{}, folder);
        unconfirmed.limitTo(3, 3);
        unconfirmed.start();
        const StepRecord three = *unconfirmed.snapshot().record(3);
        QCOMPARE(three.state, StepState::Failed);
        QVERIFY(three.evidence.contains(QStringLiteral("-        proxy_read_timeout 180s;")));
        QVERIFY(three.evidence.contains(QStringLiteral("+        proxy_read_timeout 240s;")));

        ChecklistOptions confirmed;
        confirmed.manualChangeConfirmed = true;
        ChecklistJob retry(changed, *m_client, unconfirmed.snapshot(), confirmed, folder);
        retry.limitTo(3, 3);
        retry.start();
        QCOMPARE(retry.snapshot().record(3)->state, StepState::Passed);
        const auto saved = ChecklistRun::load(QDir(folder).filePath(afterBackup.fileName()));
        QVERIFY(saved);
        QCOMPARE(saved->record(3)->state, StepState::Passed);
        QCOMPARE(saved->resumeStep(), 2); // step 2 (compose down) was never run
    }

    // Docker answers, but the profile's compose project has no container: nothing to check (2).
    void checkOfAStackWithoutContainersExitsTwo()
    {
        REQUIRE_STACK(*m_stack);
        QTemporaryDir stack;
        QVERIFY(QDir(stack.path()).mkpath(QStringLiteral("Docker_all")));
        QFile env(stack.filePath(QStringLiteral("Docker_all/.env")));
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write("COMPOSE_PROJECT_NAME=artgen_checklist_nothing\nFRONTEND_PORT=1\n");
        env.close();
        QVERIFY(QFile::copy(QDir(m_stack->profile().stackDir)
                                .filePath(QStringLiteral("Docker_all/docker-compose.yml")),
                            stack.filePath(QStringLiteral("Docker_all/docker-compose.yml"))));
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("ARTGEN_CONFIG"), m_config);
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(ARTGEN_TEST_BINARY_DIR "/src/cli/artgenctl"),
                {QStringLiteral("--stack-dir"), stack.path(), QStringLiteral("check")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("artgen_checklist_nothing"));
    }

    void flushDbRefusesAWronglyTypedNumber()
    {
        REQUIRE_STACK(*m_stack);
        const int db = 15; // the app uses 0: nothing of the stack's lives here
        QCOMPARE(redisCli(QStringLiteral("-n 15 SET artgen-checklist-test 1")), QByteArray("OK"));
        FlushDbJob wrong(m_stack->profile(), *m_client, db, QStringLiteral("14"));
        wrong.start();
        QCOMPARE(wrong.state(), Job::State::Failed);
        QCOMPARE(wrong.error().code(), Error::Code::InvalidInput);
        QCOMPARE(redisCli(QStringLiteral("-n 15 DBSIZE")), QByteArray("1"));

        FlushDbJob right(m_stack->profile(), *m_client, db, QStringLiteral("15"));
        right.start();
        QVERIFY2(right.state() == Job::State::Succeeded, qPrintable(right.error().message()));
        QCOMPARE(redisCli(QStringLiteral("-n 15 DBSIZE")), QByteArray("0"));
    }
};

QTEST_GUILESS_MAIN(TestChecklistStack)
#include "tst_checklist.moc"
