#include "cliapp.h"
#include "commandcontext.h"
#include "commandregistry.h"
#include "settings/settingsstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen;

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
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QStringLiteral("  alpha\t/srv/a\t")));
        QVERIFY(lines[1].startsWith(QStringLiteral("* beta\t/srv/b\t")));
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
