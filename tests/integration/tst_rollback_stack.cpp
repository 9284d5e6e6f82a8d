// The rollback tests on the real demo stack: a configuration change that breaks the
// backend (gunicorn's worker class set to one that does not exist) and a harmless change of a
// file of the backend's build context (so step 4 really builds a new image id), then
//  - `artgenctl deploy --yes --auto-rollback`: the deployment fails at step 5 or 7; the rollback
//    puts the compose file's bytes back, tags the previous image ids back and starts them
//    without a build, checks 5–9 pass, and a row inserted before the deployment is still there;
//  - the same with --json: stdout is one JSON document, the run's steps and its rollback;
//  - `deploy --yes` without --auto-rollback (exit 3, nothing rolled back), then
//    `deploy --rollback --yes` by hand (exit 0, green), after which a second --rollback finds
//    nothing to roll back and --resume refuses the rolled-back run (exit 1 both).
// Whatever happens, cleanup() puts the files back byte for byte, tags artgen-demo/* back to the
// ids they had, deletes the row and brings the stack back healthy. It changes the files the
// running stack was started from, so it runs only where the profile's folder is that one
// (ARTGEN_DEMO_STACK).
#include "checklist/checklistrun.h"
#include "stackfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace artgen::core;

namespace {

const QString kCompose = QStringLiteral("Docker_all/docker-compose.yml");
const QString kBuildInput = QStringLiteral("app/render.py"); // COPY'd into the app image
const QString kPostgres = QStringLiteral("art_generation_postgres");
const QString kBackend = QStringLiteral("art_generation_backend");
const QString kRowName = QStringLiteral("rollback-test-row");
const QString kSkip = QStringLiteral("skip: ");

QString inspect(const QString& format, const QString& object)
{
    return QString::fromUtf8(StackFixture::docker(
                                 {QStringLiteral("inspect"), QStringLiteral("-f"), format, object})
                                 .out)
        .trimmed();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// In place: the same inode, as the stack's own bind mounts need.
bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size() &&
           f.flush();
}

} // namespace

class TestRollbackStack : public QObject
{
    Q_OBJECT

    struct Ran
    {
        int exitCode = -1;
        QString out;
        QString err;
        qint64 ms = 0;
    };

    Ran artgenctl(const QStringList& args, int timeoutMs) const
    {
        QElapsedTimer timer;
        timer.start();
        // Each test its own runs: --rollback and --resume see only the test's deployments.
        const StackFixture::Output o =
            m_stack->artgenctl(args, m_home.filePath(QStringLiteral("artgen.conf")), timeoutMs,
                               m_home.filePath(QStringLiteral("data-") +
                                               QString::fromLatin1(QTest::currentTestFunction())));
        return {o.exitCode, QString::fromUtf8(o.out), QString::fromUtf8(o.err), timer.elapsed()};
    }

    QString sql(const QString& statement) const
    {
        const auto o = StackFixture::docker(
            {QStringLiteral("exec"), kPostgres, QStringLiteral("psql"), QStringLiteral("-X"),
             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-U"),
             m_stack->env(QStringLiteral("POSTGRES_USER")), QStringLiteral("-d"),
             m_stack->env(QStringLiteral("POSTGRES_DB")), QStringLiteral("-Atc"), statement});
        if (o.exitCode != 0)
            qWarning() << "psql failed:" << statement << o.err;
        return QString::fromUtf8(o.out).trimmed();
    }

    QString path(const QString& relative) const
    {
        return QDir(m_stack->profile().stackDir).filePath(relative);
    }

    // The running stack recorded (files, image ids), a row inserted, the backend broken and a
    // build input touched. Empty when the test cannot go on (then it failed or was skipped).
    QString breakTheBackend()
    {
        if (const QString elsewhere = m_stack->mountedElsewhere(); !elsewhere.isEmpty()) {
            if (qEnvironmentVariableIsSet("ARTGEN_DEMO_STACK"))
                return elsewhere;
            return kSkip + elsewhere;
        }
        m_images = StackFixture::demoImages();
        m_backendImage = inspect(QStringLiteral("{{.Image}}"), kBackend);
        if (m_backendImage != m_images.value(QStringLiteral("artgen-demo/app:latest")))
            return QStringLiteral("the backend runs %1, not artgen-demo/app:latest")
                .arg(m_backendImage);
        for (const QString& f : {kCompose, kBuildInput})
            m_files.insert(f, readFile(path(f)));

        // A row written before the deployment must outlive the rollback.
        m_rowsBefore = sql(QStringLiteral("SELECT count(*) FROM characters")).toLongLong();
        sql(QStringLiteral("INSERT INTO characters (name, style, description) VALUES "
                           "('%1', 'test', 'outlives a rollback')")
                .arg(kRowName));
        if (sql(QStringLiteral("SELECT count(*) FROM characters WHERE name = '%1'")
                    .arg(kRowName)) != u"1")
            return QStringLiteral("the test row was not inserted");

        QByteArray broken = m_files.value(kCompose);
        if (!broken.contains("--worker-class uvicorn.workers.UvicornWorker"))
            return QStringLiteral("the compose file names no UvicornWorker");
        broken.replace("--worker-class uvicorn.workers.UvicornWorker",
                       "--worker-class uvicorn.workers.NoSuchWorker");
        if (!writeFile(path(kCompose), broken) ||
            !writeFile(path(kBuildInput),
                       m_files.value(kBuildInput) + "# rollback test: a new image id\n"))
            return QStringLiteral("cannot write the stack's files");
        return {};
    }

    // The run a text-mode deploy or rollback saved, from its "Report: …md" line.
    static std::optional<ChecklistRun> runOf(const QString& out, QString* report = nullptr)
    {
        QString md;
        for (const QString& line : out.split(u'\n'))
            if (line.startsWith(u"Report: ") && line.endsWith(u".md"))
                md = line.mid(8);
        if (md.isEmpty())
            return std::nullopt;
        if (report)
            *report = md;
        const QString id = QFileInfo(md).completeBaseName().mid(7);
        auto run =
            ChecklistRun::load(QFileInfo(md).dir().filePath(QStringLiteral("run-%1.json").arg(id)));
        return run ? std::optional<ChecklistRun>(*run) : std::nullopt;
    }

    // A deployment of breakTheBackend()'s change failed and was rolled back green: step 4 built
    // a new app image, the rollback tagged the previous one back without a build, checks 5–9
    // pass, and the compose file, the backend's image and the row are as before.
    void checkRolledBack(const ChecklistRun& run)
    {
        const int failed = run.resumeStep();
        QVERIFY2(failed == 5 || failed == 7, qPrintable(QString::number(failed)));
        QCOMPARE(run.record(4)->state, StepState::Passed);
        QVERIFY(run.rollback);
        QCOMPARE(run.rollback->state, StepState::Passed);
        for (const StepRecord& r : run.rollback->recheck)
            QVERIFY2(r.state == StepState::Passed || r.state == StepState::Warned,
                     qPrintable(QStringLiteral("re-check %1: %2").arg(r.id).arg(r.summary)));
        QCOMPARE(run.rollback->stage(1)->state, StepState::Passed);
        QCOMPARE(run.rollback->stage(2)->state, StepState::Passed);
        const QJsonObject replaced =
            run.rollback->stage(2)->figures.value(QStringLiteral("replaced")).toObject();
        for (auto it = replaced.begin(); it != replaced.end(); ++it)
            m_built << it.value().toString();
        // Step 4 really built: the app reference had moved to a new id, now tagged back.
        QVERIFY(!replaced.value(QStringLiteral("artgen-demo/app:latest")).toString().isEmpty());
        QVERIFY(replaced.value(QStringLiteral("artgen-demo/app:latest")).toString() !=
                m_backendImage);
        QCOMPARE(run.rollback->stage(4)->state, StepState::Skipped);
        for (const StepRecord& r : run.rollback->stages)
            for (const QString& line : r.evidence)
                QVERIFY2(!line.contains(QStringLiteral("Building")), qPrintable(line));

        // The compose file's bytes, the image the backend runs, the row and the count.
        QCOMPARE(readFile(path(kCompose)), m_files.value(kCompose));
        QCOMPARE(inspect(QStringLiteral("{{.Image}}"), kBackend), m_backendImage);
        QCOMPARE(StackFixture::demoImages().value(QStringLiteral("artgen-demo/app:latest")),
                 m_backendImage);
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM characters WHERE name = '%1'").arg(kRowName)),
            QStringLiteral("1"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM characters")).toLongLong(),
                 m_rowsBefore + 1);
        QCOMPARE(m_stack->request("GET", QStringLiteral("/api/v1/health")).status, 200);
    }

    std::unique_ptr<StackFixture> m_stack;
    QTemporaryDir m_home;
    QMap<QString, QByteArray> m_files; // relative path -> bytes before the test
    QMap<QString, QString> m_images;   // reference -> id before the test
    QStringList m_built;               // image ids the test's deployment built
    QString m_backendImage;            // the id the backend ran before the test
    qint64 m_rowsBefore = 0;           // rows of characters before the test's own

private Q_SLOTS:
    void initTestCase()
    {
        m_stack = std::make_unique<StackFixture>();
        if (m_stack->unavailableReason().startsWith(u"demo stack not healthy")) {
            StackFixture::notHealthy(m_stack->profile(), 180000);
            m_stack = std::make_unique<StackFixture>();
        }
    }

    // Passed or failed: the files byte for byte, the references on their ids, no test row, and
    // every container running the images it ran before, healthy.
    void cleanup()
    {
        for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
            if (readFile(path(it.key())) != it.value())
                QVERIFY2(writeFile(path(it.key()), it.value()), qPrintable(it.key()));
        const bool moved = !StackFixture::tagBack(m_images).isEmpty();
        // The deployment's own build, nameless after the rollback: removed unless in use (Docker
        // refuses then).
        for (const QString& id : std::exchange(m_built, {}))
            if (!StackFixture::demoImages().values().contains(id))
                StackFixture::docker({QStringLiteral("rmi"), id});
        if (m_files.isEmpty())
            return;
        m_files.clear();
        sql(QStringLiteral("DELETE FROM characters WHERE name = '%1'").arg(kRowName));
        const QString backendImage = m_images.value(QStringLiteral("artgen-demo/app:latest"));
        if (moved || !StackFixture::notHealthy(m_stack->profile(), 0).isEmpty() ||
            inspect(QStringLiteral("{{.Image}}"), kBackend) != backendImage) {
            const Ran up = artgenctl({QStringLiteral("up")}, 600000);
            QVERIFY2(up.exitCode == 0, qPrintable(up.out + up.err));
        }
        const QStringList bad = StackFixture::notHealthy(m_stack->profile(), 240000);
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("not healthy again: ") +
                                           bad.join(QStringLiteral(", "))));
    }

    void aBrokenBackendIsRolledBackAutomatically()
    {
        REQUIRE_STACK(*m_stack);
        const QString broken = breakTheBackend();
        if (broken.startsWith(kSkip))
            QSKIP(qPrintable(broken.mid(kSkip.size())));
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        const Ran deploy = artgenctl(
            {QStringLiteral("deploy"), QStringLiteral("--yes"), QStringLiteral("--auto-rollback")},
            1200000);
        qInfo("%s", qPrintable(deploy.out));
        QVERIFY2(deploy.exitCode == 3, qPrintable(deploy.out + deploy.err));
        QVERIFY2(deploy.out.contains(QStringLiteral("The rollback is green")),
                 qPrintable(deploy.out + deploy.err));

        // The run as saved: failed at 5 or 7, step 4 built, the rollback green.
        QString report;
        const auto run = runOf(deploy.out, &report);
        QVERIFY2(run, qPrintable(deploy.out));
        checkRolledBack(*run);
        if (QTest::currentTestFailed())
            return;
        const QString md = QString::fromUtf8(readFile(report));
        QVERIFY(md.contains(QStringLiteral("## Rollback — PASS")));

        // Figures for the closing note, not thresholds: from the failing gate's end to
        // the green rollback.
        const int failed = run->resumeStep();
        const StepRecord* gate = run->record(failed);
        const QDateTime gateEnd = gate->startedAt.addMSecs(gate->durationMs);
        const QDateTime green = run->rollback->startedAt.addMSecs(run->rollback->durationMs);
        QStringList stages;
        for (const StepRecord& r : run->rollback->stages + run->rollback->recheck)
            stages << QStringLiteral("%1:%2ms")
                          .arg(r.id <= 4 ? QStringLiteral("R%1").arg(r.id)
                                         : QStringLiteral("C%1").arg(r.id))
                          .arg(r.durationMs);
        qInfo("FIGURE failed at step %d after %lld ms; gate end -> green rollback %lld ms "
              "(rollback durationMs %lld); %s",
              failed, gate->durationMs, gateEnd.msecsTo(green), run->rollback->durationMs,
              qPrintable(stages.join(u' ')));
    }

    // --json --auto-rollback: stdout is one JSON document (nothing before or after it), the run
    // with its steps and its rollback, whose state is the rollback's verdict.
    void autoRollbackWithJsonPrintsOneDocument()
    {
        REQUIRE_STACK(*m_stack);
        const QString broken = breakTheBackend();
        if (broken.startsWith(kSkip))
            QSKIP(qPrintable(broken.mid(kSkip.size())));
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        const Ran deploy = artgenctl({QStringLiteral("deploy"), QStringLiteral("--yes"),
                                      QStringLiteral("--json"), QStringLiteral("--auto-rollback")},
                                     1200000);
        QVERIFY2(deploy.exitCode == 3, qPrintable(deploy.out + deploy.err));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(deploy.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(error.errorString() + u'\n' + deploy.out));
        QVERIFY2(doc.isObject(), qPrintable(deploy.out));
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QStringLiteral("steps")).toArray().size(), 11);
        QCOMPARE(o.value(QStringLiteral("rollback")).toObject().value(QStringLiteral("state")),
                 QJsonValue(QStringLiteral("passed")));
        QVERIFY(!o.value(QStringLiteral("reports")).toArray().isEmpty());
        // The progress went to stderr, not into the document's way.
        QVERIFY2(deploy.err.contains(QStringLiteral("rolling back")), qPrintable(deploy.err));
        const auto run = ChecklistRun::fromJson(o);
        QVERIFY(run);
        checkRolledBack(*run);
    }

    // Without --auto-rollback the failed deployment stays as it is (exit 3); `deploy --rollback`
    // by hand rolls it back green (exit 0). Then there is nothing left to roll back, and the
    // rolled-back run is not resumed (exit 1 both, the files and images untouched).
    void aFailedDeploymentIsRolledBackByHand()
    {
        REQUIRE_STACK(*m_stack);
        const QString broken = breakTheBackend();
        if (broken.startsWith(kSkip))
            QSKIP(qPrintable(broken.mid(kSkip.size())));
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        const QByteArray brokenCompose = readFile(path(kCompose));
        const Ran deploy = artgenctl({QStringLiteral("deploy"), QStringLiteral("--yes")}, 1200000);
        QVERIFY2(deploy.exitCode == 3, qPrintable(deploy.out + deploy.err));
        const auto failedRun = runOf(deploy.out);
        QVERIFY2(failedRun, qPrintable(deploy.out));
        QVERIFY2(failedRun->resumeStep() >= 5, qPrintable(deploy.out));
        QVERIFY(!failedRun->rollback);
        QVERIFY(!deploy.err.contains(QStringLiteral("rolling back")));
        QCOMPARE(readFile(path(kCompose)), brokenCompose); // nothing was rolled back

        const Ran rollback = artgenctl(
            {QStringLiteral("deploy"), QStringLiteral("--rollback"), QStringLiteral("--yes")},
            1200000);
        qInfo("%s", qPrintable(rollback.out));
        QVERIFY2(rollback.exitCode == 0, qPrintable(rollback.out + rollback.err));
        QVERIFY2(rollback.err.contains(
                     QStringLiteral("Rolling back the deployment %1").arg(failedRun->id)),
                 qPrintable(rollback.err));
        QVERIFY2(rollback.err.contains(QStringLiteral("file back to step 1's copy: ") + kCompose),
                 qPrintable(rollback.err));
        QVERIFY2(rollback.out.contains(QStringLiteral("The rollback is green")),
                 qPrintable(rollback.out));
        const auto run = runOf(rollback.out);
        QVERIFY2(run, qPrintable(rollback.out));
        QCOMPARE(run->id, failedRun->id);
        checkRolledBack(*run);
        if (QTest::currentTestFailed())
            return;

        const Ran again = artgenctl(
            {QStringLiteral("deploy"), QStringLiteral("--rollback"), QStringLiteral("--yes")},
            120000);
        QVERIFY2(again.exitCode == 1, qPrintable(again.out + again.err));
        QVERIFY2(again.err.contains(QStringLiteral("rolled back already: there is nothing to roll "
                                                   "back")),
                 qPrintable(again.err));
        const Ran resume = artgenctl(
            {QStringLiteral("deploy"), QStringLiteral("--resume"), QStringLiteral("--yes")},
            120000);
        QVERIFY2(resume.exitCode == 1, qPrintable(resume.out + resume.err));
        QVERIFY2(resume.err.contains(QStringLiteral("was rolled back: there is nothing to resume")),
                 qPrintable(resume.err));
        QVERIFY(again.out.isEmpty() && resume.out.isEmpty());
        QCOMPARE(inspect(QStringLiteral("{{.Image}}"), kBackend), m_backendImage);
        QCOMPARE(readFile(path(kCompose)), m_files.value(kCompose));
    }
};

QTEST_GUILESS_MAIN(TestRollbackStack)
#include "tst_rollback_stack.moc"
