#include "backup/backupmanifest.h"
#include "checklist/checklistrun.h"
#include "cliapp.h"
#include "commandcontext.h"
#include "commandregistry.h"
#include "compose/composecli.h"
#include "composecommand.h"
#include "configcommand.h"
#include "confirmation.h"
#include "deploycommand.h"
#include "logging/auditlog.h"
#include "logging/auditreader.h"
#include "settings/settingsstore.h"
#include "stackconfig/stacklocator.h"
#include "terminateidlecommand.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace artgen;

namespace {

using testfiles::sha256Of;

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator rng{quint32(n)};
    for (char& c : b)
        c = char(rng.bounded(256));
    return b;
}

} // namespace

// artgenctl runs in-process against string streams: exact output and exit codes.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<core::SettingsStore> m_settings;
    cli::CommandRegistry m_registry = cli::CommandRegistry::standard();
    // What `down` reads its confirmation from, instead of the real stdin.
    QString m_stdin;
    QTextStream m_in{&m_stdin};

    void setStdin(const QString& text, bool isTerminal)
    {
        m_stdin = text;
        m_in.seek(0);
        auto* down = dynamic_cast<cli::ComposeCommand*>(m_registry.find(QStringLiteral("down")));
        QVERIFY(down);
        down->setConfirmationInput(&m_in, isTerminal);
        auto* idle = dynamic_cast<cli::TerminateIdleCommand*>(
            m_registry.find(QStringLiteral("terminate-idle")));
        QVERIFY(idle);
        idle->setConfirmationInput(&m_in, isTerminal);
        auto* config = dynamic_cast<cli::ConfigCommand*>(m_registry.find(QStringLiteral("config")));
        QVERIFY(config);
        config->setConfirmationInput(&m_in, isTerminal);
        auto* deploy = dynamic_cast<cli::DeployCommand*>(m_registry.find(QStringLiteral("deploy")));
        QVERIFY(deploy);
        deploy->setConfirmationInput(&m_in, isTerminal);
    }

    // A profile whose Docker host does not exist: compose runs and cannot reach Docker.
    void addProfileWithoutDocker()
    {
        core::Profile p = core::Profile::fromStackDir(
            makeStack(QStringLiteral("nodaemon"), "services:\n  a:\n    image: busybox\n"),
            QStringLiteral("nodaemon"));
        p.dockerHost = QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("no-docker.sock"));
        m_settings->setProfiles(m_settings->profiles() << p);
    }

    // A stack folder of its own (its own compose project), so nothing touches the demo stack.
    QString makeStack(const QString& name, const QByteArray& compose)
    {
        const QString stack = m_dir.filePath(name);
        QDir().mkpath(stack + QStringLiteral("/Docker_all"));
        QFile f(stack + QStringLiteral("/Docker_all/docker-compose.yml"));
        if (f.open(QIODevice::WriteOnly))
            f.write(compose);
        QFile env(stack + QStringLiteral("/Docker_all/.env"));
        if (env.open(QIODevice::WriteOnly))
            env.write("COMPOSE_PROJECT_NAME=artgen_cli_" + name.toUtf8() + '\n');
        return stack;
    }

    QString auditPath() const { return m_dir.filePath(QStringLiteral("audit.jsonl")); }

    // A production profile whose Docker host does not exist: any command that gets past the
    // production gate fails to reach Docker (exit 2) instead of touching anything.
    void addProductionProfile()
    {
        core::Profile p = core::Profile::fromStackDir(
            makeStack(QStringLiteral("prod"), "services:\n  a:\n    image: busybox\n"),
            QStringLiteral("Prod EU"));
        p.dockerHost = QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("no-docker.sock"));
        p.production = true;
        m_settings->setProfiles(m_settings->profiles() << p);
    }

    Run run(QStringList args)
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        cli::CliApp app(m_registry, *m_settings);
        args.prepend(QStringLiteral("artgenctl"));
        const int code = app.run(args, o, e);
        return {code, out, err};
    }

private Q_SLOTS:
    void init()
    {
        m_settings =
            std::make_unique<core::SettingsStore>(m_dir.filePath(QStringLiteral("cli.conf")));
        m_settings->setProfiles({});
        core::Profile a =
            core::Profile::fromStackDir(QStringLiteral("/srv/a"), QStringLiteral("alpha"));
        core::Profile b =
            core::Profile::fromStackDir(QStringLiteral("/srv/b"), QStringLiteral("beta"));
        m_settings->setProfiles({a, b});
        m_settings->setActiveProfileName(QStringLiteral("beta"));
        // Never the real stdin: a test run from a terminal must not stop to ask.
        setStdin({}, false);
        // Refusals and actions are audited: into the test's folder, never the user's log.
        QFile::remove(auditPath());
        core::AuditLog::setPath(auditPath());
    }

    void versionPrintsVersion()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("artgenctl ")));
        QVERIFY(r.err.isEmpty());
    }

    void helpListsEveryCommandAndGlobalOption()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const auto& c : m_registry.commands())
            QVERIFY(r.out.contains(QStringLiteral("  ") + c->name()));
        QVERIFY(r.out.contains(QStringLiteral("--profile NAME")));
        QVERIFY(r.out.contains(QStringLiteral("--stack-dir DIR")));
    }

    void noCommandIsAUsageError()
    {
        const Run r = run({});
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.contains(QStringLiteral("Usage:")));
    }

    void unknownCommandIsAUsageError()
    {
        const Run r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.contains(QStringLiteral("unknown command “frobnicate”")));
    }

    void unknownOptionIsAUsageError()
    {
        const Run r = run({QStringLiteral("profiles"), QStringLiteral("--bogus")});
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.contains(QStringLiteral("bogus")));
    }

    // Bad times are usage errors before anything talks to Docker, in --until's own words.
    void logsTimeOptionsAreChecked()
    {
        Run r = run({QStringLiteral("logs"), QStringLiteral("--until"), QStringLiteral("soon")});
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains(QStringLiteral("“soon” is not a time")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("--until takes")), qPrintable(r.err));
        r = run({QStringLiteral("logs"), QStringLiteral("--since"), QStringLiteral("10m"),
                 QStringLiteral("--until"), QStringLiteral("1h")});
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains(QStringLiteral("--until is before --since")), qPrintable(r.err));
    }

    void commandHelp()
    {
        const Run r = run({QStringLiteral("profiles"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--json")));
    }

    void profilesMarksActive()
    {
        const Run r = run({QStringLiteral("profiles")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith(QStringLiteral("  alpha\t/srv/a\t")));
        // The Settings page's rules, under the profile they are about.
        QCOMPARE(lines[1], QStringLiteral("    problem: No Docker_all/docker-compose.yml in "
                                          "“/srv/a”. Choose the folder that holds Docker_all/."));
        QVERIFY(lines[2].startsWith(QStringLiteral("* beta\t/srv/b\t")));
        QVERIFY(lines[3].startsWith(QStringLiteral("    problem: ")));
    }

    void profilesJson()
    {
        const Run r = run({QStringLiteral("profiles"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("profiles"))
                                    .toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[1].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("beta"));
        QCOMPARE(list[1].toObject().value(QStringLiteral("active")).toBool(), true);
        QVERIFY(list[0]
                    .toObject()
                    .value(QStringLiteral("problem"))
                    .toString()
                    .contains(QStringLiteral("No Docker_all/docker-compose.yml")));
        QCOMPARE(list[0]
                     .toObject()
                     .value(QStringLiteral("containers"))
                     .toObject()
                     .value(QStringLiteral("redis"))
                     .toString(),
                 QStringLiteral("art_generation_redis"));
    }

    void globalOptionsWorkOnEitherSide()
    {
        // Accepted before and after the command name.
        QCOMPARE(
            run({QStringLiteral("--profile"), QStringLiteral("alpha"), QStringLiteral("profiles")})
                .code,
            0);
        QCOMPARE(
            run({QStringLiteral("profiles"), QStringLiteral("--stack-dir"), QStringLiteral("/tmp")})
                .code,
            0);
    }

    void downWithoutYesOffATerminalIsAUsageError()
    {
        const Run r = run({QStringLiteral("down")});
        QCOMPARE(r.code, 64);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("--yes")));
        QVERIFY(r.err.contains(QStringLiteral("data volumes are kept")));
    }

    void downOnATerminalAsksAndDefaultsToNo_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::newRow("n") << QStringLiteral("n\n");
        QTest::newRow("just Enter") << QStringLiteral("\n");
        QTest::newRow("end of input") << QString();
        QTest::newRow("anything else") << QStringLiteral("sure\n");
    }

    void downOnATerminalAsksAndDefaultsToNo()
    {
        QFETCH(QString, answer);
        setStdin(answer, true);
        const Run r = run({QStringLiteral("down")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("[y/N]")));
        QVERIFY(r.err.contains(QStringLiteral("“beta”"))); // names the stack it would remove
        QVERIFY(r.err.contains(QStringLiteral("Nothing was changed.")));
    }

    void composeOptionsAreCheckedPerCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("inError");
        QTest::newRow("up --no-cache")
            << QStringList{QStringLiteral("up"), QStringLiteral("--no-cache")}
            << QStringLiteral("no-cache");
        QTest::newRow("restart --no-cache")
            << QStringList{QStringLiteral("restart"), QStringLiteral("--no-cache")}
            << QStringLiteral("no-cache");
        QTest::newRow("down with a service")
            << QStringList{QStringLiteral("down"), QStringLiteral("--yes"), QStringLiteral("redis")}
            << QStringLiteral("no service names");
        QTest::newRow("service name like an option")
            << QStringList{QStringLiteral("restart"), QStringLiteral("--"), QStringLiteral("-t0")}
            << QStringLiteral("“-t0” is not a valid service name");
        QTest::newRow("service name with shell syntax")
            << QStringList{QStringLiteral("build"), QStringLiteral("a;b")}
            << QStringLiteral("“a;b” is not a valid service name");
    }

    void composeOptionsAreCheckedPerCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, inError);
        const Run r = run(args);
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains(inError), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void onlyBuildOffersNoCache()
    {
        QVERIFY(run({QStringLiteral("build"), QStringLiteral("--help")})
                    .out.contains(QStringLiteral("--no-cache")));
        QVERIFY(!run({QStringLiteral("up"), QStringLiteral("--help")})
                     .out.contains(QStringLiteral("--no-cache")));
    }

    // `config`: the four files of a copy of the demo stack read byte-exactly, a change shown as
    // the diff it would make and nothing written, bad values named with their file and line.
    void configShowsPreviewsAndWritesNothing()
    {
        const QString demo = core::StackLocator::demoStackDir();
        const QString stack = m_dir.filePath(QStringLiteral("configstack"));
        const QStringList files = {
            QStringLiteral("nginx-docker.conf"), QStringLiteral("Docker_all/docker-compose.yml"),
            QStringLiteral("app/database/db.py"), QStringLiteral("app/utils/http_client.py")};
        QByteArray before;
        for (const QString& f : files) {
            QDir().mkpath(QFileInfo(stack + u'/' + f).path());
            QVERIFY(QFile::copy(demo + u'/' + f, stack + u'/' + f));
            QFile file(stack + u'/' + f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            before += file.readAll();
        }
        const QString dir = QStringLiteral("--stack-dir");
        Run r = run({dir, stack, QStringLiteral("config"), QStringLiteral("show"),
                     QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject show = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject workers = show.value(u"gunicorn.workers").toObject();
        QCOMPARE(workers.value(u"value").toString(), QStringLiteral("8"));
        QCOMPARE(workers.value(u"file").toString(),
                 QStringLiteral("Docker_all/docker-compose.yml"));
        QVERIFY(workers.value(u"line").toInt() > 0);
        QCOMPARE(show.value(u"nginx.proxy_read_timeout").toObject().value(u"value").toString(),
                 QStringLiteral("180s"));

        r = run({dir, stack, QStringLiteral("config"), QStringLiteral("set"),
                 QStringLiteral("gunicorn.workers=4"), QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("--- a/Docker_all/docker-compose.yml")),
                 qPrintable(r.out));
        QVERIFY(
            r.out.contains(QStringLiteral("\n-    command: gunicorn app.main:app --workers 8 ")));
        QVERIFY(
            r.out.contains(QStringLiteral("\n+    command: gunicorn app.main:app --workers 4 ")));

        r = run({dir, stack, QStringLiteral("config"), QStringLiteral("set"),
                 QStringLiteral("gunicorn.workers=999"), QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("docker-compose.yml, line ")) &&
                     r.err.contains(QStringLiteral("1 … 64")),
                 qPrintable(r.err));

        // Without --dry-run and without a terminal to ask on, nothing is written.
        r = run({dir, stack, QStringLiteral("config"), QStringLiteral("preset"),
                 QStringLiteral("previous")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("nothing was written")));
        QByteArray after;
        for (const QString& f : files) {
            QFile file(stack + u'/' + f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            after += file.readAll();
        }
        QCOMPARE(after, before);

        // The instructions' own optimized values: 8 × (20 + 40) + 12 × (20 + 40) = 1200.
        r = run({dir, stack, QStringLiteral("config"), QStringLiteral("capacity"),
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 3);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"worst_case").toInt(),
                 1200);
        QCOMPARE(run({dir, stack, QStringLiteral("config"), QStringLiteral("apply")}).code, 64);
    }

    // `config set` for real (no validation, no restart: no stack needed): asked and declined,
    // then applied and recorded; a saved preset; a rollback back to the same bytes.
    void configAppliesRecordsAndRollsBack()
    {
        const QString demo = core::StackLocator::demoStackDir();
        const QString stack = m_dir.filePath(QStringLiteral("applystack"));
        const QStringList files = {
            QStringLiteral("nginx-docker.conf"), QStringLiteral("Docker_all/docker-compose.yml"),
            QStringLiteral("app/database/db.py"), QStringLiteral("app/utils/http_client.py")};
        const auto bytes = [&] {
            QByteArray all;
            for (const QString& f : files) {
                QFile file(stack + u'/' + f);
                all += file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
            }
            return all;
        };
        for (const QString& f : files) {
            QDir().mkpath(QFileInfo(stack + u'/' + f).path());
            QVERIFY(QFile::copy(demo + u'/' + f, stack + u'/' + f));
        }
        const QByteArray before = bytes();
        const QByteArray oldData = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
        const auto restoreEnv = qScopeGuard([&] { qputenv("XDG_DATA_HOME", oldData); });
        const QString dir = QStringLiteral("--stack-dir");
        const QStringList set = {dir,
                                 stack,
                                 QStringLiteral("config"),
                                 QStringLiteral("set"),
                                 QStringLiteral("gunicorn.workers=4"),
                                 QStringLiteral("--no-validate"),
                                 QStringLiteral("--no-restart")};

        setStdin(QStringLiteral("n\n"), true);
        Run r = run(set);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("Continue? [y/N]")));
        QCOMPARE(bytes(), before);

        setStdin(QStringLiteral("y\n"), true);
        r = run(set);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(bytes().contains("--workers 4 "));
        QVERIFY2(r.out.contains(QStringLiteral("up -d --no-deps backend")), qPrintable(r.out));
        QVERIFY(r.err.contains(QStringLiteral("Step 5 of 5")));

        r = run({dir, stack, QStringLiteral("config"), QStringLiteral("history"),
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray history = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(history.size(), 1);
        QCOMPARE(
            history.at(0).toObject().value(u"values").toArray().at(0).toObject().value(u"after"),
            QJsonValue(QStringLiteral("4")));

        r = run({dir, stack, QStringLiteral("config"), QStringLiteral("presets"),
                 QStringLiteral("save"), QStringLiteral("tiny"),
                 QStringLiteral("gunicorn.workers=2")});
        QCOMPARE(r.code, 0);
        r = run({dir, stack, QStringLiteral("config"), QStringLiteral("preset"),
                 QStringLiteral("tiny"), QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("+    command: gunicorn app.main:app --workers 2 ")));
        QCOMPARE(run({dir, stack, QStringLiteral("config"), QStringLiteral("presets"),
                      QStringLiteral("delete"), QStringLiteral("tiny")})
                     .code,
                 0);
        QCOMPARE(run({dir, stack, QStringLiteral("config"), QStringLiteral("presets"),
                      QStringLiteral("frobnicate")})
                     .code,
                 64);

        // Marked production, the same folder's rollback needs the profile's name typed too.
        core::Profile production = core::Profile::fromStackDir(stack);
        production.production = true;
        m_settings->setProfiles(m_settings->profiles() << production);
        setStdin({}, false);
        const QStringList rollback = {dir,
                                      stack,
                                      QStringLiteral("config"),
                                      QStringLiteral("rollback"),
                                      QStringLiteral("--yes"),
                                      QStringLiteral("--no-validate"),
                                      QStringLiteral("--no-restart")};
        const QByteArray applied = bytes();
        r = run(rollback);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is a production profile")), qPrintable(r.err));
        QCOMPARE(bytes(), applied);
        r = run(QStringList(rollback)
                << QStringLiteral("--profile-name-confirm") << production.name);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(bytes(), before);
        r = run({dir, stack, QStringLiteral("config"), QStringLiteral("history"),
                 QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().last().toObject().value(u"kind"),
                 QJsonValue(QStringLiteral("rollback")));
    }

    // The real compose on a broken compose file: its output on stdout, its message in the
    // error sentence on stderr, exit 1.
    void composeFailureExitsOneWithComposesMessage()
    {
        if (!core::ComposeCli::detect())
            QSKIP("no compose on this machine");
        const QString stack = makeStack(QStringLiteral("broken"),
                                        "services:\n  a:\n    image: x\n  b\n    image: y\n");
        const Run r = run({QStringLiteral("--stack-dir"), stack, QStringLiteral("restart")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("could not find expected ':'")), qPrintable(r.out));
        QVERIFY2(r.err.startsWith(QStringLiteral("artgenctl: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("could not find expected ':'")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("artgen_cli_broken restart")));
    }

    void dockerUnreachableExitsTwo()
    {
        if (!core::ComposeCli::detect())
            QSKIP("no compose on this machine");
        addProfileWithoutDocker();
        const Run r = run({QStringLiteral("--profile"), QStringLiteral("nodaemon"),
                           QStringLiteral("restart"), QStringLiteral("a")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Docker")), qPrintable(r.err));
    }

    // The health check and "What is wrong?" say Docker cannot be reached (2) rather than fail
    // every step; a bad range is a usage error before anything is asked.
    void checkAndDiagnoseWithoutDockerExitTwo()
    {
        addProfileWithoutDocker();
        QList<core::Profile> profiles = m_settings->profiles();
        profiles.last().apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:1")); // nothing there
        m_settings->setProfiles(profiles);
        Run r =
            run({QStringLiteral("--profile"), QStringLiteral("nodaemon"), QStringLiteral("check")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Docker")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = run(
            {QStringLiteral("--profile"), QStringLiteral("nodaemon"), QStringLiteral("diagnose")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("could not be read")), qPrintable(r.err));
        r = run({QStringLiteral("--profile"), QStringLiteral("nodaemon"), QStringLiteral("check"),
                 QStringLiteral("--steps"), QStringLiteral("6-12")});
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains(QStringLiteral("not “6-12”")), qPrintable(r.err));
    }

    // "y" on a terminal goes ahead: compose runs (and finds no Docker here, hence 2).
    void downOnATerminalGoesAheadOnYes()
    {
        if (!core::ComposeCli::detect())
            QSKIP("no compose on this machine");
        addProfileWithoutDocker();
        setStdin(QStringLiteral("y\n"), true);
        const Run r =
            run({QStringLiteral("--profile"), QStringLiteral("nodaemon"), QStringLiteral("down")});
        QVERIFY(r.err.contains(QStringLiteral("[y/N]")));
        QVERIFY2(r.out.contains(QStringLiteral("artgen_cli_nodaemon down")), qPrintable(r.out));
        QCOMPARE(r.code, 2);
    }

    // Case 8, in-process: a settings file that cannot be used stops every command with exit 1
    // and the reason on stderr; the file is not written.
    void case8_cliRefusesBadSettingsFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("random.conf"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(randomBytes(4096));
        }
        const QByteArray before = sha256Of(path);
        {
            core::SettingsStore bad(path);
            QString out, err;
            QTextStream o(&out), e(&err);
            cli::CliApp app(m_registry, bad);
            const int code =
                app.run({QStringLiteral("artgenctl"), QStringLiteral("profiles")}, o, e);
            QCOMPARE(code, 1);
            QVERIFY(out.isEmpty());
            QVERIFY2(err.startsWith(QStringLiteral("artgenctl: The settings file ") + path),
                     qPrintable(err));
            QVERIFY2(err.contains(QStringLiteral("move it aside")), qPrintable(err));
        }
        QCOMPARE(sha256Of(path), before);
    }

    // Case 8 on the real binary (its main() opens the settings and adds the first-run demo
    // profile before CliApp runs): exit 1, the reason on stderr, the file byte for byte as it was.
    void case8_artgenctlLeavesBadSettingsFileAlone_data()
    {
        QTest::addColumn<QByteArray>("bytes"); // empty: the settings path is a folder
        QTest::addColumn<QString>("inError");
        QByteArray good;
        {
            core::SettingsStore s(m_dir.filePath(QStringLiteral("full.conf")));
            s.setProfiles(
                {core::Profile::fromStackDir(QStringLiteral("/srv/p"), QStringLiteral("prod"))});
            s.setActiveProfileName(QStringLiteral("prod"));
            QVERIFY(s.sync());
        }
        QFile f(m_dir.filePath(QStringLiteral("full.conf")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        good = f.readAll();
        QTest::newRow("random bytes") << randomBytes(4096) << QStringLiteral("binary data");
        QTest::newRow("truncated") << good.first(good.size() * 2 / 3) << QStringLiteral("cut off");
        QTest::newRow("a folder") << QByteArray() << QStringLiteral("folder");
    }

    void case8_artgenctlLeavesBadSettingsFileAlone()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, inError);
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("artgen.conf"));
        if (bytes.isEmpty()) {
            QVERIFY(QDir().mkpath(path));
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const QByteArray before = sha256Of(path);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ARTGEN_CONFIG"), path);
        for (const char* var : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME",
                                "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
            env.insert(QString::fromLatin1(var), home.filePath(QString::fromLatin1(var)));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ARTGENCTL), {QStringLiteral("profiles")});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardOutput().isEmpty());
        QVERIFY2(err.contains(QStringLiteral("The settings file ") + path +
                              QStringLiteral(" cannot be used.")),
                 qPrintable(err));
        QVERIFY2(err.contains(inError), qPrintable(err));
        if (bytes.isEmpty())
            QVERIFY(QDir(path).isEmpty());
        else
            QCOMPARE(sha256Of(path), before);
    }

    // Case 12: verify names a folder or a named pipe as such, exit 1, and never opens the
    // pipe (it would wait for a writer, deaf to SIGTERM).
    void case12_verifyRefusesFolderAndPipe()
    {
        const QString folder = m_dir.filePath(QStringLiteral("a-folder.sql"));
        QVERIFY(QDir().mkpath(folder));
        Run r = run({QStringLiteral("verify"), folder});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(folder + QStringLiteral(" is a folder, not a backup file.")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("Docker")), qPrintable(r.err));
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.sql"));
        // A verify that did open the pipe would misread it (and fail below), not hang.
        const int writer = testfiles::makeFilledFifo(fifo);
        QVERIFY(writer >= 0);
        r = run({QStringLiteral("verify"), fifo});
        ::close(writer);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(fifo + QStringLiteral(" is a named pipe, not a backup file.")),
                 qPrintable(r.err));
    }

    // An empty --profile or --stack-dir used to fall back to the active profile; arguments a
    // command does not take used to be ignored.
    void emptyProfileAndExtraArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("inError");
        QTest::newRow("--profile ''")
            << QStringList{QStringLiteral("--profile"), QString(), QStringLiteral("profiles")}
            << QStringLiteral("--profile needs a profile name");
        QTest::newRow("--profile '' after the command")
            << QStringList{QStringLiteral("backups"), QStringLiteral("--profile"), QString()}
            << QStringLiteral("--profile needs a profile name");
        QTest::newRow("--stack-dir ''")
            << QStringList{QStringLiteral("status"), QStringLiteral("--stack-dir"), QString()}
            << QStringLiteral("--stack-dir needs a folder");
        for (const char* command : {"profiles", "status", "workers", "backups"})
            QTest::newRow(command)
                << QStringList{QString::fromLatin1(command), QStringLiteral("extra")}
                << QStringLiteral("unexpected argument “extra”");
    }

    void emptyProfileAndExtraArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, inError);
        const Run r = run(args);
        QCOMPARE(r.code, 64);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(inError), qPrintable(r.err));
    }

    // `backups` says what it checked: the size against the manifest, not a verification.
    void backupsListingSaysOnlyTheSizeWasChecked()
    {
        QTemporaryDir folder;
        const QString name = QStringLiteral("backup_20260101_120000.sql");
        {
            QFile f(folder.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not even SQL");
        }
        core::BackupManifest m;
        m.fileName = name;
        m.profile = QStringLiteral("withbackups");
        m.database = QStringLiteral("art");
        m.sha256 = QByteArray(64, 'e'); // wrong: only a full verification would notice
        m.sizeBytes = 12;
        QVERIFY(m.save(core::BackupManifest::pathFor(folder.filePath(name))));
        core::Profile p =
            core::Profile::fromStackDir(QStringLiteral("/srv/w"), QStringLiteral("withbackups"));
        p.backupDir = folder.path();
        m_settings->setProfiles(m_settings->profiles() << p);
        Run r = run({QStringLiteral("--profile"), QStringLiteral("withbackups"),
                     QStringLiteral("backups")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("size ok (not verified)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("artgenctl verify FILE")), qPrintable(r.out));
        const QString line = r.out.split(u'\n').filter(name).value(0);
        QVERIFY2(!line.endsWith(QStringLiteral("  verified")), qPrintable(line));
        r = run({QStringLiteral("--profile"), QStringLiteral("withbackups"),
                 QStringLiteral("backups"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("size-matches"));
    }

    void profileResolution()
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        cli::CommandContext ctx(o, e, *m_settings);
        QCOMPARE(ctx.profile()->name, QStringLiteral("beta"));
        ctx.setProfileName(QStringLiteral("alpha"));
        QCOMPARE(ctx.profile()->stackDir, QStringLiteral("/srv/a"));
        ctx.setProfileName(QStringLiteral("gamma"));
        QVERIFY(!ctx.profile());
        QVERIFY(ctx.profile().error().message().contains(QStringLiteral("alpha, beta")));
        // --stack-dir needs a real stack folder and wins over --profile.
        ctx.setStackDir(m_dir.path());
        QCOMPARE(ctx.profile().error().code(), core::Error::Code::NotFound);
        const QString stack = m_dir.filePath(QStringLiteral("stack"));
        QDir().mkpath(stack + QStringLiteral("/Docker_all"));
        QFile f(stack + QStringLiteral("/Docker_all/docker-compose.yml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        ctx.setStackDir(stack);
        QCOMPARE(ctx.profile()->stackDir, stack);
    }

    // terminate-idle refuses before it connects: a bad duration, or no terminal and no --yes.
    void terminateIdleRefusesWithoutATerminalOrADuration()
    {
        setStdin(QString(), false);
        const Run bad = run({QStringLiteral("terminate-idle"), QStringLiteral("--older-than"),
                             QStringLiteral("soon")});
        QCOMPARE(bad.code, int(cli::ExitUsage));
        QVERIFY(bad.err.contains(QStringLiteral("“soon” is not a duration")));
        const Run noTerminal = run({QStringLiteral("terminate-idle")});
        QCOMPARE(noTerminal.code, int(cli::ExitUsage));
        QVERIFY(noTerminal.err.contains(QStringLiteral("--yes")));
        QVERIFY(noTerminal.out.isEmpty());
    }

    // No PostgreSQL on the profile's port and no Docker for the exec path: exit 2, naming the
    // address it tried.
    void sessionsExitTwoWhenPostgresCannotBeReached()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        core::Profile p = core::Profile::fromStackDir(
            makeStack(QStringLiteral("nopg"), "services:\n  a:\n    image: busybox\n"),
            QStringLiteral("nopg"));
        p.dockerHost = QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("no-docker.sock"));
        QFile env(p.envFile());
        QVERIFY(env.open(QIODevice::Append));
        env.write(
            "POSTGRES_USER=art\nPOSTGRES_DB=art\nPOSTGRES_PASSWORD=s3cret-pg-pw\nPOSTGRES_PORT=" +
            QByteArray::number(port) + '\n');
        env.close();
        m_settings->setProfiles(m_settings->profiles() << p);
        const Run r =
            run({QStringLiteral("--profile"), QStringLiteral("nopg"), QStringLiteral("sessions")});
        QCOMPARE(r.code, int(cli::ExitUnreachable));
        QVERIFY2(r.err.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("s3cret-pg-pw")));
    }

    // deploy: its command line is checked before anything runs, the rollback's options too.
    void deployUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("inError");
        QTest::newRow("--no-build with --no-cache")
            << QStringList{QStringLiteral("deploy"), QStringLiteral("--yes"),
                           QStringLiteral("--no-build"), QStringLiteral("--no-cache")}
            << QStringLiteral("pass one of them");
        QTest::newRow("a positional argument")
            << QStringList{QStringLiteral("deploy"), QStringLiteral("--yes"),
                           QStringLiteral("backend")}
            << QStringLiteral("backend");
        QTest::newRow("--restore-backup without the typed name")
            << QStringList{QStringLiteral("deploy"), QStringLiteral("--yes"),
                           QStringLiteral("--auto-rollback"), QStringLiteral("--restore-backup")}
            << QStringLiteral("--confirm-database NAME");
        QTest::newRow("--restore-backup without a rollback")
            << QStringList{QStringLiteral("deploy"), QStringLiteral("--yes"),
                           QStringLiteral("--restore-backup"), QStringLiteral("--confirm-database"),
                           QStringLiteral("artgen")}
            << QStringLiteral("--auto-rollback or --rollback");
        QTest::newRow("--confirm-database alone")
            << QStringList{QStringLiteral("deploy"), QStringLiteral("--auto-rollback"),
                           QStringLiteral("--confirm-database"), QStringLiteral("artgen")}
            << QStringLiteral("was not asked for");
        QTest::newRow("--rollback deploys nothing")
            << QStringList{QStringLiteral("deploy"), QStringLiteral("--rollback"),
                           QStringLiteral("--resume")}
            << QStringLiteral("deploys nothing");
        QTest::newRow("--steps is check's")
            << QStringList{QStringLiteral("deploy"), QStringLiteral("--steps"),
                           QStringLiteral("1-5")}
            << QStringLiteral("steps");
    }

    void deployUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, inError);
        const Run r = run(args);
        QCOMPARE(r.code, int(cli::ExitUsage));
        QVERIFY2(r.err.contains(inError), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void deployHelpSaysYesConfirmsTheFiles()
    {
        const Run r = run({QStringLiteral("deploy"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const QString& option :
             {QStringLiteral("--yes"), QStringLiteral("--no-build"), QStringLiteral("--no-cache"),
              QStringLiteral("--resume"), QStringLiteral("--json"),
              QStringLiteral("--profile-name-confirm")})
            QVERIFY2(r.out.contains(option), qPrintable(option));
        QVERIFY2(r.out.simplified().contains(
                     QStringLiteral("confirms the configuration files as they are now "
                                    "(step 3)")),
                 qPrintable(r.out));
        for (const QString& option :
             {QStringLiteral("--auto-rollback"), QStringLiteral("--rollback"),
              QStringLiteral("--restore-backup"), QStringLiteral("--confirm-database")})
            QVERIFY2(r.out.contains(option), qPrintable(option));
        QVERIFY(run({QStringLiteral("--help")}).out.contains(QStringLiteral("deploy")));
    }

    // The typed name must be the profile's database: a wrong one (or none known) is a usage
    // error before Docker is asked or anything runs.
    void deployRestoreBackupNeedsTheDatabasesName()
    {
        core::Profile p = core::Profile::fromStackDir(
            makeStack(QStringLiteral("rbdb"), "services:\n  a:\n    image: busybox\n"),
            QStringLiteral("rbdb"));
        QFile env(p.envFile());
        QVERIFY(env.open(QIODevice::Append));
        env.write("POSTGRES_DB=artgen\n");
        env.close();
        p.dockerHost = QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("no-docker.sock"));
        m_settings->setProfiles(m_settings->profiles() << p);
        addProfileWithoutDocker();
        const QStringList restore = {
            QStringLiteral("deploy"), QStringLiteral("--yes"), QStringLiteral("--auto-rollback"),
            QStringLiteral("--restore-backup"), QStringLiteral("--confirm-database")};
        const Run wrong = run(QStringList{QStringLiteral("--profile"), QStringLiteral("rbdb")} +
                              restore + QStringList{QStringLiteral("artgen_prod")});
        QCOMPARE(wrong.code, int(cli::ExitUsage));
        QVERIFY2(wrong.err.contains(QStringLiteral("“artgen_prod” is not the database “artgen”")),
                 qPrintable(wrong.err));
        QVERIFY(!wrong.err.contains(QStringLiteral("Docker")));
        const Run unknown =
            run(QStringList{QStringLiteral("--profile"), QStringLiteral("nodaemon")} + restore +
                QStringList{QStringLiteral("artgen")});
        QCOMPARE(unknown.code, int(cli::ExitUsage));
        QVERIFY2(unknown.err.contains(QStringLiteral("database name is not known")),
                 qPrintable(unknown.err));
    }

    // deploy --rollback with no failed deployment: said so, exit 1, Docker never asked.
    void deployRollbackWithoutAFailedDeployment()
    {
        addProfileWithoutDocker();
        const Run r =
            run({QStringLiteral("--profile"), QStringLiteral("nodaemon"), QStringLiteral("deploy"),
                 QStringLiteral("--rollback"), QStringLiteral("--yes")});
        QCOMPARE(r.code, int(cli::ExitFailed));
        QVERIFY2(r.err.contains(QStringLiteral("no failed deployment of this profile")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // Steps 2 and 5 stop and start the stack: off a terminal and without --yes, deploy refuses
    // with the reason (exit 1) before it talks to Docker; on a terminal it asks, "no" by default.
    // The one y/N question every destructive command asks through: --yes needs no terminal;
    // without one the command's own refusal is the whole answer; on a terminal only a yes goes
    // ahead, and the end of input (stdin closed) is a no that says nothing was changed.
    void confirmationAnswersNoAtTheEndOfInput()
    {
        QString typed, err;
        QTextStream in(&typed), e(&err);
        cli::Confirmation confirmation;
        confirmation.setInput(&in, false);
        QVERIFY(!confirmation.hasTerminal());
        QVERIFY(confirmation.canAsk(true, e, QStringLiteral("refused")));
        QVERIFY(err.isEmpty());
        QVERIFY(!confirmation.canAsk(false, e, QStringLiteral("refused")));
        QCOMPARE(err, QStringLiteral("refused\n"));

        err.clear();
        confirmation.setInput(&in, true);
        QVERIFY(confirmation.canAsk(false, e, QStringLiteral("refused")));
        QVERIFY(!confirmation.ask(e, QStringLiteral("Drop it? [y/N] "))); // nothing to read
        QCOMPARE(err, QStringLiteral("Drop it? [y/N] Nothing was changed.\n"));

        err.clear();
        typed = QStringLiteral("yes\nartgen\n");
        in.seek(0);
        QVERIFY(confirmation.ask(e, QStringLiteral("Drop it? [y/N] ")));
        QCOMPARE(err, QStringLiteral("Drop it? [y/N] "));
        QCOMPARE(confirmation.readLine(e, QStringLiteral("Name: ")), QStringLiteral("artgen"));
        QVERIFY(confirmation.readLine(e, QStringLiteral("Name: ")).isNull());
    }

    // A deployment asked on a terminal whose input is closed: no, and nothing reaches Docker.
    void deployOnATerminalAtTheEndOfInputDoesNothing()
    {
        addProfileWithoutDocker();
        setStdin(QString(), true);
        const Run r = run(
            {QStringLiteral("--profile"), QStringLiteral("nodaemon"), QStringLiteral("deploy")});
        QCOMPARE(r.code, int(cli::ExitFailed));
        QVERIFY(r.err.contains(QStringLiteral("[y/N]")));
        QVERIFY(r.err.contains(QStringLiteral("Nothing was changed.")));
        QVERIFY2(!r.err.contains(QStringLiteral("Docker")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void deployWithoutYesOffATerminalRefuses()
    {
        addProfileWithoutDocker();
        const QStringList deploy = {QStringLiteral("--profile"), QStringLiteral("nodaemon"),
                                    QStringLiteral("deploy")};
        const Run r = run(deploy);
        QCOMPARE(r.code, int(cli::ExitFailed));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("There is no terminal to ask on, so pass --yes")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("steps 2 and 5")));
        QVERIFY(!r.err.contains(QStringLiteral("Docker")));

        setStdin(QStringLiteral("\n"), true);
        const Run no = run(deploy);
        QCOMPARE(no.code, int(cli::ExitFailed));
        QVERIFY2(
            no.err.contains(QStringLiteral("“nodaemon” (compose project artgen_cli_nodaemon)")),
            qPrintable(no.err));
        QVERIFY(no.err.contains(QStringLiteral("[y/N]")));
        QVERIFY(no.err.contains(QStringLiteral("Nothing was changed.")));
        QVERIFY(no.out.isEmpty());

        // "y" goes ahead, to a Docker that is not there: 2, as with --yes off a terminal.
        setStdin(QStringLiteral("y\n"), true);
        const Run yes = run(deploy);
        QCOMPARE(yes.code, int(cli::ExitUnreachable));
        QVERIFY2(yes.err.contains(QStringLiteral("Docker")), qPrintable(yes.err));
        QVERIFY(yes.out.isEmpty());
        setStdin({}, false);
        QCOMPARE(run(QStringList(deploy) << QStringLiteral("--yes")).code,
                 int(cli::ExitUnreachable));
    }

    // --resume takes the profile's newest unfinished deployment (a failed health check is not
    // one); with none it says so and exits 1.
    void deployResumeNeedsAnUnfinishedDeployment()
    {
        QTemporaryDir data;
        const QByteArray oldData = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
        const auto restoreEnv = qScopeGuard([&] { qputenv("XDG_DATA_HOME", oldData); });
        addProfileWithoutDocker();
        const QStringList resume = {QStringLiteral("--profile"), QStringLiteral("nodaemon"),
                                    QStringLiteral("deploy"), QStringLiteral("--resume"),
                                    QStringLiteral("--yes")};
        Run r = run(resume);
        QCOMPARE(r.code, int(cli::ExitFailed));
        QVERIFY2(r.err.contains(QStringLiteral("no unfinished deployment of this profile")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("without --resume")));
        QVERIFY(r.out.isEmpty());

        const QString folder =
            core::ChecklistRun::folderFor(*m_settings->profile(QStringLiteral("nodaemon")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        core::ChecklistRun check =
            core::ChecklistRun::create(QStringLiteral("nodaemon"), 6, 10, now);
        core::StepRecord api = core::StepRecord::failed(QStringLiteral("502"));
        api.id = 7;
        check.setRecord(api);
        QVERIFY(check.save(folder));
        r = run(resume);
        QCOMPARE(r.code, int(cli::ExitFailed));
        QVERIFY2(r.err.contains(QStringLiteral("no unfinished deployment")), qPrintable(r.err));

        core::ChecklistRun deployment =
            core::ChecklistRun::create(QStringLiteral("nodaemon"), 1, 11, now.addSecs(-60));
        for (int id = 1; id <= 3; ++id) {
            core::StepRecord done = core::StepRecord::passed(QStringLiteral("ok"));
            done.id = id;
            deployment.setRecord(done);
        }
        QVERIFY(deployment.save(folder));
        r = run(resume);
        QVERIFY2(r.err.contains(QStringLiteral("Resuming the deployment started")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("at step 4.")));
        QCOMPARE(r.code, int(cli::ExitUnreachable)); // then Docker is not there
    }

    // A production profile: down --yes, restore --yes and terminate-idle --yes stop with exit 1
    // and the reason until --profile-name-confirm names it exactly; nothing runs before that.
    void productionNeedsItsNameTyped_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("down") << QStringList{QStringLiteral("down"), QStringLiteral("--yes")};
        QTest::newRow("restore") << QStringList{QStringLiteral("restore"), QStringLiteral("--yes"),
                                                QStringLiteral("DUMP")};
        QTest::newRow("terminate-idle")
            << QStringList{QStringLiteral("terminate-idle"), QStringLiteral("--yes")};
        QTest::newRow("deploy") << QStringList{QStringLiteral("deploy"), QStringLiteral("--yes")};
    }

    void productionNeedsItsNameTyped()
    {
        QFETCH(QStringList, command);
        addProductionProfile();
        const QString dump = m_dir.filePath(QStringLiteral("backup.sql"));
        QFile f(dump);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SELECT 1;\n");
        f.close();
        command.replaceInStrings(QStringLiteral("DUMP"), dump);
        const QStringList base = QStringList{QStringLiteral("--profile"), QStringLiteral("Prod EU")}
                                 << command;
        const Run bare = run(base);
        QCOMPARE(bare.code, int(cli::ExitFailed));
        QVERIFY2(bare.err.contains(QStringLiteral("“Prod EU” is a production profile")),
                 qPrintable(bare.err));
        QVERIFY(bare.err.contains(QStringLiteral("--profile-name-confirm")));
        QVERIFY(bare.err.contains(QStringLiteral("Nothing was changed.")));
        QVERIFY(bare.out.isEmpty());

        const Run wrong = run(QStringList(base) << QStringLiteral("--profile-name-confirm")
                                                << QStringLiteral("prod eu"));
        QCOMPARE(wrong.code, int(cli::ExitFailed));
        QVERIFY2(wrong.err.contains(QStringLiteral("says “prod eu”")), qPrintable(wrong.err));

        // The exact name lets it through to Docker, which is not there: exit 2 (or 1 for a
        // restore whose .env names no database), never the production refusal.
        const Run typed = run(QStringList(base) << QStringLiteral("--profile-name-confirm")
                                                << QStringLiteral("Prod EU"));
        QVERIFY2(!typed.err.contains(QStringLiteral("production profile")), qPrintable(typed.err));
        QVERIFY(typed.code != 0);

        // The refusals are in the audit log, with who and what.
        const auto audit = core::AuditReader::read(auditPath());
        QVERIFY(audit);
        core::AuditReader::Filter refused;
        refused.outcome = QStringLiteral("refused");
        const auto refusals = core::AuditReader::read(auditPath(), refused);
        QCOMPARE(refusals->entries.size(), 2);
        QCOMPARE(refusals->entries[0].profile, QStringLiteral("Prod EU"));
        QCOMPARE(refusals->entries[0].action, command.first());
        QVERIFY(!refusals->entries[0].user.isEmpty());
    }

    // --stack-dir of a folder a production profile names is that profile: no way around it.
    void stackDirOfAProductionProfileIsGuarded()
    {
        addProductionProfile();
        const QString stack = m_settings->profile(QStringLiteral("Prod EU"))->stackDir;
        // An ordinary profile of the same folder listed first does not open the way.
        core::Profile staging = *m_settings->profile(QStringLiteral("Prod EU"));
        staging.name = QStringLiteral("Staging");
        staging.production = false;
        m_settings->setProfiles(QList<core::Profile>{staging} << m_settings->profiles());
        const Run r = run({QStringLiteral("--stack-dir"), stack, QStringLiteral("down"),
                           QStringLiteral("--yes")});
        QCOMPARE(r.code, int(cli::ExitFailed));
        QVERIFY2(r.err.contains(QStringLiteral("production profile")), qPrintable(r.err));
    }

    void profilesAddListRemove()
    {
        const QString stack =
            makeStack(QStringLiteral("staging"), "services:\n  a:\n    image: busybox\n");
        QFile ca(m_dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.close();
        for (const char* f : {"cert.pem", "key.pem"})
            QVERIFY(QFile::copy(ca.fileName(), m_dir.filePath(QString::fromLatin1(f))));
        const Run added =
            run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Staging"),
                 QStringLiteral("--stack-dir"), stack, QStringLiteral("--docker-host"),
                 QStringLiteral("tcp://10.0.0.5:2376"), QStringLiteral("--tls-ca"), ca.fileName(),
                 QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("cert.pem")),
                 QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("key.pem")),
                 QStringLiteral("--postgres"), QStringLiteral("container"),
                 QStringLiteral("--production")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QVERIFY(added.out.contains(QStringLiteral("Added profile “Staging”.")));
        const auto saved = m_settings->profile(QStringLiteral("Staging"));
        QVERIFY(saved);
        QCOMPARE(saved->stackDir, stack);
        QVERIFY(saved->production);
        QCOMPARE(saved->dockerTlsCa, ca.fileName());
        QCOMPARE(saved->postgresAddress, QStringLiteral("container"));
        // Reread from the file, as the panel would.
        core::SettingsStore reread(m_dir.filePath(QStringLiteral("cli.conf")));
        QCOMPARE(*reread.profile(QStringLiteral("Staging")), *saved);

        const Run json = run({QStringLiteral("profiles"), QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("profiles"))
                                    .toArray();
        QCOMPARE(list.size(), 3);
        const QJsonObject staging = list[2].toObject();
        QCOMPARE(staging.value(QStringLiteral("production")).toBool(), true);
        QCOMPARE(staging.value(QStringLiteral("tlsKey")).toString(),
                 m_dir.filePath(QStringLiteral("key.pem")));
        QCOMPARE(staging.value(QStringLiteral("problem")).toString(), QString());
        QVERIFY(run({QStringLiteral("profiles")}).out.contains(QStringLiteral("PRODUCTION")));

        // The same name twice, or TLS files with an ssh:// host, are refused with the reason.
        const Run twice = run({QStringLiteral("profiles"), QStringLiteral("add"),
                               QStringLiteral("Staging"), QStringLiteral("--stack-dir"), stack});
        QCOMPARE(twice.code, int(cli::ExitFailed));
        QVERIFY(twice.err.contains(QStringLiteral("Another profile is already called")));
        const Run tlsOverSsh =
            run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Other"),
                 QStringLiteral("--stack-dir"), stack, QStringLiteral("--docker-host"),
                 QStringLiteral("ssh://me@host"), QStringLiteral("--tls-ca"), ca.fileName()});
        QCOMPARE(tlsOverSsh.code, int(cli::ExitFailed));
        QVERIFY2(tlsOverSsh.err.contains(QStringLiteral("only used with a tcp://")),
                 qPrintable(tlsOverSsh.err));
        const Run noDir =
            run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Other")});
        QCOMPARE(noDir.code, int(cli::ExitUsage));
        QVERIFY(noDir.err.contains(QStringLiteral("--stack-dir")));

        const Run removed =
            run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Staging")});
        QCOMPARE(removed.code, 0);
        QVERIFY(!m_settings->profile(QStringLiteral("Staging")));
        QVERIFY(QFileInfo::exists(stack + QStringLiteral("/Docker_all/docker-compose.yml")));
        const Run again =
            run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Staging")});
        QCOMPARE(again.code, int(cli::ExitFailed));
        QVERIFY(again.err.contains(QStringLiteral("no profile called “Staging”")));
    }

    // profiles test names the failing part: here Docker is refused on a closed port, and the
    // other parts say why they fail too (no .env credentials, nothing listening).
    void profilesTestNamesTheFailingPart()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        core::Profile p = core::Profile::fromStackDir(
            makeStack(QStringLiteral("closed"), "services:\n  a:\n    image: busybox\n"),
            QStringLiteral("closed"));
        p.dockerHost = QStringLiteral("tcp://127.0.0.1:%1").arg(port);
        p.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        p.redisAddress = QStringLiteral("127.0.0.1:%1").arg(port);
        m_settings->setProfiles(m_settings->profiles() << p);
        const Run r = run({QStringLiteral("profiles"), QStringLiteral("test"),
                           QStringLiteral("closed"), QStringLiteral("--json")});
        QCOMPARE(r.code, int(cli::ExitUnreachable));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("passed")).toBool(), false);
        const QJsonArray parts = o.value(QStringLiteral("parts")).toArray();
        QCOMPARE(parts.size(), 4);
        const QJsonObject docker = parts[0].toObject();
        QCOMPARE(docker.value(QStringLiteral("part")).toString(),
                 QStringLiteral("Docker endpoint"));
        QCOMPARE(docker.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QVERIFY2(
            docker.value(QStringLiteral("detail"))
                .toString()
                .contains(QStringLiteral("Docker is not running at tcp://127.0.0.1:%1").arg(port)),
            qPrintable(docker.value(QStringLiteral("detail")).toString()));
        QCOMPARE(parts[3].toObject().value(QStringLiteral("part")).toString(),
                 QStringLiteral("API"));
        QCOMPARE(parts[3].toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("failed"));
    }

    // The machine's Docker contexts ($DOCKER_CONFIG; meta.json as `docker context create`
    // writes it, see tst_dockercontexts) are listed, and one becomes a new profile's endpoint.
    void profilesContextsListAndImport()
    {
        const QString config = m_dir.filePath(QStringLiteral("docker-config"));
        const QString meta = config + QStringLiteral("/contexts/meta/0a1b");
        QVERIFY(QDir().mkpath(meta));
        QFile f(meta + QStringLiteral("/meta.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"Name\":\"remote\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"Host\":"
                "\"ssh://deploy@example.org\",\"SkipTLSVerify\":false}}}");
        f.close();
        qputenv("DOCKER_CONFIG", config.toUtf8());
        const Run list =
            run({QStringLiteral("profiles"), QStringLiteral("contexts"), QStringLiteral("--json")});
        const Run added = run({QStringLiteral("profiles"), QStringLiteral("add"),
                               QStringLiteral("Remote"), QStringLiteral("--stack-dir"),
                               makeStack(QStringLiteral("remote"), "services: {}\n"),
                               QStringLiteral("--docker-context"), QStringLiteral("remote")});
        const Run unknown =
            run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Other"),
                 QStringLiteral("--stack-dir"), m_dir.filePath(QStringLiteral("remote")),
                 QStringLiteral("--docker-context"), QStringLiteral("nope")});
        qunsetenv("DOCKER_CONFIG");
        QCOMPARE(list.code, 0);
        const QJsonArray contexts = QJsonDocument::fromJson(list.out.toUtf8())
                                        .object()
                                        .value(QStringLiteral("contexts"))
                                        .toArray();
        QCOMPARE(contexts.size(), 2);
        QCOMPARE(contexts[0].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("default"));
        QCOMPARE(contexts[1].toObject().value(QStringLiteral("dockerHost")).toString(),
                 QStringLiteral("ssh://deploy@example.org"));
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QCOMPARE(m_settings->profile(QStringLiteral("Remote"))->dockerHost,
                 QStringLiteral("ssh://deploy@example.org"));
        QCOMPARE(unknown.code, int(cli::ExitFailed));
        QVERIFY(unknown.err.contains(QStringLiteral("no Docker context called “nope”")));
    }

    void auditListsAndFilters()
    {
        core::AuditLog::record(QStringLiteral("alpha"), QStringLiteral("down"),
                               QStringLiteral("art_generation"), QStringLiteral("succeeded"));
        core::AuditLog::record(QStringLiteral("beta"), QStringLiteral("restore"),
                               QStringLiteral("art_generation"), QStringLiteral("failed"));
        QFile f(auditPath());
        QVERIFY(f.open(QIODevice::Append));
        f.write("not json\n");
        f.close();
        const Run all = run({QStringLiteral("audit")});
        QCOMPARE(all.code, 0);
        QCOMPARE(all.out.count(u'\n'), 2);
        QVERIFY2(all.err.contains(QStringLiteral("of the audit log could not be read")),
                 qPrintable(all.err));
        const Run beta = run({QStringLiteral("--profile"), QStringLiteral("beta"),
                              QStringLiteral("audit"), QStringLiteral("--json")});
        QCOMPARE(beta.code, 0);
        const QStringList lines = beta.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject o = QJsonDocument::fromJson(lines[0].toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("action")).toString(), QStringLiteral("restore"));
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        const Run failedOnly =
            run({QStringLiteral("audit"), QStringLiteral("--outcome"), QStringLiteral("succeeded"),
                 QStringLiteral("--since"), QStringLiteral("10m")});
        QCOMPARE(failedOnly.out.count(u'\n'), 1);
        QVERIFY(failedOnly.out.contains(QStringLiteral("alpha")));
        const Run future = run({QStringLiteral("audit"), QStringLiteral("--since"),
                                QStringLiteral("2200-01-01T00:00:00")});
        QCOMPARE(future.code, 0);
        QVERIFY(future.out.isEmpty());
        const Run bad =
            run({QStringLiteral("audit"), QStringLiteral("--until"), QStringLiteral("whenever")});
        QCOMPARE(bad.code, int(cli::ExitUsage));
        QVERIFY(bad.err.contains(QStringLiteral("--until")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
