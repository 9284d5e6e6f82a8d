#include "compose/composecli.h"
#include "compose/composejob.h"
#include "job/jobrunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace artgen::core;
using Operation = ComposeJob::Operation;

namespace {

// Alive means running or sleeping; a zombie nobody has reaped yet has already ended.
bool processAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.size() > close + 2 && line.at(close + 2) != 'Z';
}

void writeFile(const QString& path, const QByteArray& content, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
}

} // namespace

// ComposeJob: the arguments compose gets, compose's own words when it fails, and a cancel that
// leaves nothing running.
class TestComposeJob : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A stack folder under the temporary folder, with `compose` as its docker-compose.yml
    // (none when empty) and a project name of its own, so nothing can touch the demo stack.
    Profile makeStack(const QString& name, const QByteArray& compose)
    {
        const QString stack = m_dir.filePath(name);
        QDir().mkpath(stack + QStringLiteral("/Docker_all"));
        if (!compose.isEmpty())
            writeFile(stack + QStringLiteral("/Docker_all/docker-compose.yml"), compose);
        Profile p = Profile::fromStackDir(stack);
        p.projectName = QStringLiteral("artgen_unit_") +
                        QString(name).replace(QRegularExpression(QStringLiteral("[^a-z0-9]")),
                                              QStringLiteral("_"));
        return p;
    }

    // Runs the job to its end, collecting its log lines as the GUI and the CLI get them: queued
    // to this thread, every line before finished().
    static void runToEnd(const std::shared_ptr<ComposeJob>& job, QStringList* lines = nullptr,
                         int timeoutMs = 60000)
    {
        JobRunner runner;
        QEventLoop loop;
        QObject::connect(job.get(), &Job::logLines, &loop, [lines](const QStringList& l) {
            if (lines)
                *lines << l;
        });
        QObject::connect(job.get(), &Job::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        runner.start(job);
        loop.exec();
        QVERIFY2(job->isFinished(), "the job did not finish in time");
    }

    static bool haveCompose() { return ComposeCli::detect().has_value(); }

private Q_SLOTS:
    void arguments_data()
    {
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<QStringList>("services");
        QTest::addColumn<bool>("noCache");
        QTest::addColumn<QStringList>("expected");
        const QStringList p{QStringLiteral("-p"), QStringLiteral("art_generation")};
        const QString redis = QStringLiteral("redis");
        const QString backend = QStringLiteral("backend");
        QTest::newRow("up") << Operation::Up << QStringList() << false
                            << p + QStringList{QStringLiteral("up"), QStringLiteral("-d")};
        QTest::newRow("up one service")
            << Operation::Up << QStringList{redis} << false
            << p + QStringList{QStringLiteral("up"), QStringLiteral("-d"), redis};
        QTest::newRow("down") << Operation::Down << QStringList() << false
                              << p + QStringList{QStringLiteral("down")};
        QTest::newRow("build") << Operation::Build << QStringList() << false
                               << p + QStringList{QStringLiteral("build")};
        QTest::newRow("build --no-cache two services")
            << Operation::Build << QStringList{backend, redis} << true
            << p + QStringList{QStringLiteral("build"), QStringLiteral("--no-cache"), backend,
                               redis};
        QTest::newRow("pull") << Operation::Pull << QStringList() << false
                              << p + QStringList{QStringLiteral("pull")};
        QTest::newRow("config -q")
            << Operation::Config << QStringList() << false
            << p + QStringList{QStringLiteral("config"), QStringLiteral("-q")};
        QTest::newRow("restart all") << Operation::Restart << QStringList() << false
                                     << p + QStringList{QStringLiteral("restart")};
        QTest::newRow("restart redis") << Operation::Restart << QStringList{redis} << false
                                       << p + QStringList{QStringLiteral("restart"), redis};
    }

    void arguments()
    {
        QFETCH(Operation, operation);
        QFETCH(QStringList, services);
        QFETCH(bool, noCache);
        QFETCH(QStringList, expected);
        const Profile profile = Profile::fromStackDir(QStringLiteral("/srv/stack"));
        ComposeJob job(operation, profile, services, noCache);
        QCOMPARE(job.composeArguments(), expected);
        QVERIFY(!job.title().isEmpty());
    }

    void factoriesMatchOperations()
    {
        const Profile p = Profile::fromStackDir(QStringLiteral("/srv/stack"));
        QCOMPARE(ComposeJob::up(p)->operation(), Operation::Up);
        QCOMPARE(ComposeJob::down(p)->operation(), Operation::Down);
        QCOMPARE(ComposeJob::pull(p)->operation(), Operation::Pull);
        QCOMPARE(ComposeJob::config(p)->operation(), Operation::Config);
        const auto build = ComposeJob::build(p, {QStringLiteral("backend")}, true);
        QCOMPARE(build->composeArguments().mid(2),
                 (QStringList{QStringLiteral("build"), QStringLiteral("--no-cache"),
                              QStringLiteral("backend")}));
        QCOMPARE(ComposeJob::restart(p, {QStringLiteral("redis")})->services(),
                 QStringList{QStringLiteral("redis")});
    }

    void projectFlagOnlyWithAProjectName()
    {
        Profile p = Profile::fromStackDir(QStringLiteral("/srv/stack"));
        p.projectName.clear();
        QCOMPARE(ComposeJob::down(p)->composeArguments(), QStringList{QStringLiteral("down")});
    }

    void serviceNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("redis") << true;
        QTest::newRow("compose's characters") << QStringLiteral("web_1.v2-x") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("looks like an option") << QStringLiteral("--rmi") << false;
        QTest::newRow("short option") << QStringLiteral("-d") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("shell syntax") << QStringLiteral("a;rm") << false;
        QTest::newRow("path") << QStringLiteral("../x") << false;
    }

    void serviceNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(ComposeJob::isValidServiceName(name), valid);
    }

    void invalidServiceNameFailsWithoutRunningCompose()
    {
        const Profile p = makeStack(QStringLiteral("badservice"), "services: {}\n");
        auto job = ComposeJob::restart(p, {QStringLiteral("--timeout=0")});
        // Would print the arguments it got, if it ever ran.
        job->setComposeCli(ComposeCli(QStringLiteral("/bin/echo"), {}, ComposeCli::Flavor::Plugin));
        QStringList lines;
        runToEnd(job, &lines);
        QCOMPARE(job->state(), Job::State::Failed);
        QCOMPARE(job->error().code(), Error::Code::InvalidInput);
        QVERIFY(lines.isEmpty());
    }

    void composeCliPrependsItsLeadingArgs()
    {
        const ComposeCli plugin(QStringLiteral("/usr/bin/docker"), {QStringLiteral("compose")},
                                ComposeCli::Flavor::Plugin);
        QCOMPARE(
            plugin.arguments({QStringLiteral("-p"), QStringLiteral("x"), QStringLiteral("down")}),
            (QStringList{QStringLiteral("compose"), QStringLiteral("-p"), QStringLiteral("x"),
                         QStringLiteral("down")}));
        QCOMPARE(plugin.displayName(), QStringLiteral("docker compose"));
        const ComposeCli v1(QStringLiteral("/usr/bin/docker-compose"), {},
                            ComposeCli::Flavor::Standalone);
        QCOMPARE(v1.arguments({QStringLiteral("down")}), QStringList{QStringLiteral("down")});
        QCOMPARE(v1.displayName(), QStringLiteral("docker-compose"));
    }

    void detectFindsAComposeThatRuns()
    {
        const auto cli = ComposeCli::detect();
        if (!cli)
            QSKIP(qPrintable(cli.error().message()));
        QProcess p;
        p.start(cli->program(), cli->arguments({QStringLiteral("version")}));
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        // Cached: the same answer, without probing again.
        QCOMPARE(*ComposeCli::detect(), *cli);
    }

    void missingComposeFolderSaysWhichFolder()
    {
        Profile p = Profile::fromStackDir(m_dir.filePath(QStringLiteral("no-such-stack")));
        auto job = ComposeJob::config(p);
        runToEnd(job);
        QCOMPARE(job->state(), Job::State::Failed);
        QCOMPARE(job->error().code(), Error::Code::NotFound);
        QVERIFY(job->error().message().contains(p.composeDir()));
    }

    // The real compose of this machine on broken stacks: its own message reaches the error
    // and the log.
    void brokenComposeFileGivesComposesOwnMessage_data()
    {
        QTest::addColumn<QByteArray>("compose");
        QTest::addColumn<QString>("expected"); // what compose v1 and v2 both say
        QTest::newRow("YAML syntax") << QByteArray("services:\n  a:\n    image: x\n  b\n"
                                                   "    image: y\n")
                                     << QStringLiteral("could not find expected ':'");
        QTest::newRow("unknown key")
            << QByteArray("services:\n  a:\n    imag: busybox\n") << QStringLiteral("'imag'");
        // A compose file in the parent folder must not be picked up instead.
        QTest::newRow("no compose file") << QByteArray() << QStringLiteral("no such file");
    }

    void brokenComposeFileGivesComposesOwnMessage()
    {
        if (!haveCompose())
            QSKIP("no compose on this machine");
        QFETCH(QByteArray, compose);
        QFETCH(QString, expected);
        const QString name =
            QString::fromLatin1(QTest::currentDataTag())
                .toLower()
                .replace(QRegularExpression(QStringLiteral("[^a-z]")), QStringLiteral("_"));
        writeFile(m_dir.filePath(name + QStringLiteral("/docker-compose.yml")),
                  "services:\n  parent:\n    image: busybox\n");
        const Profile p = makeStack(name + QStringLiteral("/stack"), compose);
        auto job = ComposeJob::config(p);
        QStringList lines;
        runToEnd(job, &lines);
        QCOMPARE(job->state(), Job::State::Failed);
        QCOMPARE(job->error().code(), Error::Code::ProcessFailed);
        QVERIFY(job->exitCode() > 0);
        const QString message = job->error().message();
        QVERIFY2(message.contains(expected, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(lines.join(u'\n').contains(expected, Qt::CaseInsensitive),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(message.contains(QStringLiteral("config -q")));
    }

    void validComposeFileChecksOut()
    {
        if (!haveCompose())
            QSKIP("no compose on this machine");
        const Profile p =
            makeStack(QStringLiteral("valid"), "services:\n  a:\n    image: busybox\n");
        auto job = ComposeJob::config(p);
        runToEnd(job);
        QCOMPARE(job->state(), Job::State::Succeeded);
        QCOMPARE(job->exitCode(), 0);
    }

    void noDaemonIsUnreachable()
    {
        if (!haveCompose())
            QSKIP("no compose on this machine");
        Profile p = makeStack(QStringLiteral("nodaemon"), "services:\n  a:\n    image: busybox\n");
        p.dockerHost = QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("no-docker.sock"));
        auto job = ComposeJob::restart(p);
        runToEnd(job);
        QCOMPARE(job->state(), Job::State::Failed);
        QCOMPARE(job->error().code(), Error::Code::Unreachable);
    }

    // A fake compose with known output: lines split by "\n", "\r\n" and "\r", stdout and stderr
    // merged, UTF-8 split across writes, a last line without a break, and a failing exit code.
    void outputArrivesLineByLineAndFailureQuotesIt()
    {
        const QString fake = m_dir.filePath(QStringLiteral("chatty-compose"));
        writeFile(fake,
                  "#!/bin/sh\n"
                  "echo \"args: $*\"\n"
                  "printf 'one\\r\\ntwo\\rthree\\n'\n"
                  "echo 'to stderr' >&2\n"
                  "printf '\\320'; sleep 0.2; printf '\\277\\321\\200\\320\\270\\320\\262\\320"
                  "\\265\\321\\202\\n'\n"
                  "printf 'the end'\n"
                  "exit 3\n",
                  true);
        const Profile p = makeStack(QStringLiteral("chatty"), "services: {}\n");
        auto job = ComposeJob::build(p, {QStringLiteral("backend")}, true);
        job->setComposeCli(ComposeCli(fake, {}, ComposeCli::Flavor::Standalone));
        QStringList lines;
        runToEnd(job, &lines);
        QCOMPARE(lines.size(), 8);
        QVERIFY(lines[0].startsWith(QStringLiteral("Running ")));
        QCOMPARE(
            lines.mid(1),
            (QStringList{QStringLiteral("args: -p artgen_unit_chatty build --no-cache backend"),
                         QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"),
                         QStringLiteral("to stderr"), QStringLiteral("привет"),
                         QStringLiteral("the end")}));
        QCOMPARE(job->state(), Job::State::Failed);
        QCOMPARE(job->exitCode(), 3);
        const QString message = job->error().message();
        QVERIFY2(message.contains(QStringLiteral("exit code 3")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("привет\nthe end")), qPrintable(message));
    }

    // cancel() on a compose that runs long: the job ends Cancelled, and neither compose nor
    // what it started is left running. The fake compose is a shell script with a child, the way
    // `docker compose` runs its plugin; the second one ignores SIGTERM, so only the kill after
    // the grace period ends it.
    void cancelEndsCancelledAndLeavesNoProcess_data()
    {
        QTest::addColumn<bool>("ignoresTerm");
        QTest::newRow("stops on SIGTERM") << false;
        QTest::newRow("ignores SIGTERM, killed after 10 s") << true;
    }

    void cancelEndsCancelledAndLeavesNoProcess()
    {
        QFETCH(bool, ignoresTerm);
        const QString fake = m_dir.filePath(QStringLiteral("slow-compose-%1").arg(ignoresTerm));
        writeFile(fake,
                  QByteArray("#!/bin/sh\n") + (ignoresTerm ? "trap '' TERM\n" : "") +
                      "sleep 300 &\n"
                      "echo \"pids $$ $!\"\n"
                      "wait\n",
                  true);
        const Profile p = makeStack(QStringLiteral("slow%1").arg(ignoresTerm), "services: {}\n");
        auto job = ComposeJob::up(p);
        job->setComposeCli(ComposeCli(fake, {}, ComposeCli::Flavor::Standalone));
        QList<qint64> pids;
        QObject context; // dies before pids: no late batch reaches it after a failed check
        connect(job.get(), &Job::logLines, &context, [&pids](const QStringList& lines) {
            for (const QString& line : lines)
                if (line.startsWith(QStringLiteral("pids ")))
                    for (const QString& pid : line.mid(5).split(u' '))
                        pids << pid.toLongLong();
        });
        JobRunner runner;
        QSignalSpy finished(job.get(), &Job::finished);
        runner.start(job);
        QTRY_VERIFY_WITH_TIMEOUT(pids.size() == 2, 10000);
        for (const qint64 pid : std::as_const(pids))
            QVERIFY(processAlive(pid));

        QElapsedTimer elapsed;
        elapsed.start();
        job->cancel();
        // Counted, not waited for: the job may have finished before a wait() would begin.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(job->state(), Job::State::Cancelled);
        QCOMPARE(job->error().code(), Error::Code::Cancelled);
        if (ignoresTerm)
            QVERIFY2(elapsed.elapsed() >= 9500, qPrintable(QString::number(elapsed.elapsed())));
        else
            QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
        for (const qint64 pid : std::as_const(pids))
            QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 5000);
    }
};

QTEST_GUILESS_MAIN(TestComposeJob)
#include "tst_composejob.moc"
