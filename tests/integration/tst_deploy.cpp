// `artgenctl deploy --yes --no-build` on the real demo stack: the whole checklist 1–11 headless —
// backup, compose down, the files confirmed, build skipped, compose up and healthy, logs, API,
// workers, connections, basic and load test, monitoring — passes end to end (warnings allowed:
// step 9's capacity arithmetic exceeds the demo's max_connections), prints one line per step and
// the report's paths, writes the run and its reports, and leaves the stack healthy. The
// deployment recreates the containers from the profile's folder, so it runs only where that is
// the folder the running stack was started from (ARTGEN_DEMO_STACK). Whatever happens, cleanup()
// brings every container back and waits until it is healthy.
#include "checklist/checklist.h"
#include "checklist/checklistrun.h"
#include "checklist/checkliststep.h"
#include "stackfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;

namespace {

QString health(const QString& container)
{
    const auto out = StackFixture::docker(
        {QStringLiteral("inspect"), QStringLiteral("-f"),
         QStringLiteral("{{.State.Status}}/{{if .State.Health}}{{.State.Health.Status}}{{end}}"),
         container});
    return QString::fromUtf8(out.out).trimmed();
}

} // namespace

class TestDeploy : public QObject
{
    Q_OBJECT

    struct Ran
    {
        int exitCode = -1;
        QString out;
        QString err;
        qint64 ms = 0;
    };

    // The real artgenctl with the test's own settings and data folder (runs, reports, backups).
    Ran artgenctl(const QStringList& args, int timeoutMs) const
    {
        QElapsedTimer timer;
        timer.start();
        const StackFixture::Output o =
            m_stack->artgenctl(args, m_home.filePath(QStringLiteral("artgen.conf")), timeoutMs,
                               m_home.filePath(QStringLiteral("data")));
        return {o.exitCode, QString::fromUtf8(o.out), QString::fromUtf8(o.err), timer.elapsed()};
    }

    std::unique_ptr<StackFixture> m_stack;
    QTemporaryDir m_home;

private Q_SLOTS:
    // A stack whose services are still starting (another test restarted them) is waited for.
    void initTestCase()
    {
        m_stack = std::make_unique<StackFixture>();
        if (m_stack->unavailableReason().startsWith(u"demo stack not healthy")) {
            StackFixture::notHealthy(m_stack->profile(), 180000);
            m_stack = std::make_unique<StackFixture>();
        }
    }

    // After the test, passed or failed: every container exists, runs and is healthy again —
    // started if it stopped, created by compose up (from the same folder) if it was removed.
    void cleanup()
    {
        if (!m_stack->unavailableReason().isEmpty() || !m_stack->mountedElsewhere().isEmpty())
            return;
        const Profile& profile = m_stack->profile();
        if (StackFixture::notHealthy(profile, 0).isEmpty())
            return;
        bool missing = false;
        for (const QString& c : profile.containers) {
            const QString state = health(c);
            if (state.isEmpty())
                missing = true;
            else if (!state.startsWith(u"running"))
                StackFixture::docker({QStringLiteral("start"), c});
        }
        if (missing) {
            const Ran up = artgenctl({QStringLiteral("up")}, 600000);
            QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        }
        const QStringList bad = StackFixture::notHealthy(profile, 240000);
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("not healthy again: ") +
                                           bad.join(QStringLiteral(", "))));
    }

    void fullDeploymentPassesEndToEndAndWritesItsReport()
    {
        REQUIRE_STACK(*m_stack);
        // compose down/up from another folder would re-point the shared stack's bind mounts.
        if (const QString elsewhere = m_stack->mountedElsewhere(); !elsewhere.isEmpty()) {
            if (qEnvironmentVariableIsSet("ARTGEN_DEMO_STACK"))
                QFAIL(qPrintable(elsewhere));
            QSKIP(qPrintable(elsewhere));
        }
        const Ran deploy = artgenctl(
            {QStringLiteral("deploy"), QStringLiteral("--yes"), QStringLiteral("--no-build")},
            900000);
        QVERIFY2(deploy.exitCode == 0, qPrintable(deploy.out + deploy.err));
        qInfo("%s", qPrintable(deploy.out));

        // One line per step as it ended, 1 to 11 in order, then the totals and the reports.
        const QStringList lines = deploy.out.split(u'\n', Qt::SkipEmptyParts);
        static const QRegularExpression stepLine(QStringLiteral("^\\s?(\\d+)  (\\S+)\\s+(.*)$"));
        QList<int> ids;
        for (const QString& line : lines)
            if (const auto m = stepLine.match(line); m.hasMatch())
                ids << m.captured(1).toInt();
        QCOMPARE(ids, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
        QVERIFY2(deploy.out.contains(QStringLiteral(" 0 failed, 1 skipped")),
                 qPrintable(deploy.out));
        QStringList reports;
        for (const QString& line : lines)
            if (line.startsWith(u"Report: "))
                reports << line.mid(8);
        QCOMPARE(reports.size(), 2);
        QVERIFY(reports.at(0).endsWith(u".md"));
        QVERIFY(reports.at(1).endsWith(u".html"));
        for (const QString& r : reports)
            QVERIFY2(QFileInfo(r).size() > 0, qPrintable(r));

        // The run as saved beside its reports: every step done, none failed.
        const QString id = QFileInfo(reports.first()).completeBaseName().mid(7); // "report-"
        const auto run = ChecklistRun::load(
            QFileInfo(reports.first()).dir().filePath(QStringLiteral("run-%1.json").arg(id)));
        QVERIFY2(run, qPrintable(run ? QString() : run.error().message()));
        QVERIFY(run->isDeployment());
        QVERIFY(run->isComplete());
        QVERIFY(!run->anyFailed());
        for (int step : {1, 2, 5, 7, 8, 10})
            QVERIFY2(run->record(step)->state == StepState::Passed,
                     qPrintable(
                         QStringLiteral("step %1: %2").arg(step).arg(run->record(step)->summary)));
        QCOMPARE(run->record(4)->state, StepState::Skipped);
        QVERIFY(run->record(4)->skipReason.contains(QStringLiteral("--no-build")));
        QVERIFY(QFile::exists(run->record(1)->figures.value(QStringLiteral("backup")).toString()));

        QFile markdown(reports.first());
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(markdown.readAll());
        for (const ChecklistStep* s : Checklist::steps())
            QVERIFY2(md.contains(s->title()), qPrintable(s->title()));
        QVERIFY(md.contains(run->osUser));

        // The stack is healthy afterwards and answers through nginx.
        const QStringList bad = StackFixture::notHealthy(m_stack->profile(), 120000);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral(", "))));
        QCOMPARE(m_stack->request("GET", QStringLiteral("/api/v1/health")).status, 200);

        // Figures for the closing note, not thresholds.
        QStringList perStep;
        for (const StepRecord& r : run->steps)
            perStep << QStringLiteral("%1: %2 ms (%3)")
                           .arg(r.id)
                           .arg(r.durationMs)
                           .arg(StepRecord::stateKey(r.state));
        qInfo("full deployment: %lld ms; steps: %s", deploy.ms,
              qPrintable(perStep.join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(TestDeploy)
#include "tst_deploy.moc"
