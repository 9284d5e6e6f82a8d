#include "settings/settingsstore.h"
#include "stackconfig/stacklocator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;

class TestSettingsStore : public QObject
{
    Q_OBJECT

    static void makeStack(const QString& dir, const QByteArray& env)
    {
        QDir().mkpath(dir + QStringLiteral("/Docker_all"));
        QFile compose(dir + QStringLiteral("/Docker_all/docker-compose.yml"));
        QVERIFY(compose.open(QIODevice::WriteOnly));
        compose.write("services: {}\n");
        QFile e(dir + QStringLiteral("/Docker_all/.env"));
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.write(env);
    }

private Q_SLOTS:
    void profilesRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("artgen.conf"));
        Profile p;
        p.name = QStringLiteral("prod");
        p.stackDir = QStringLiteral("/srv/art_generation");
        p.projectName = QStringLiteral("artgen_prod");
        p.apiBaseUrl = QUrl(QStringLiteral("https://art.example"));
        p.dockerHost = QStringLiteral("ssh://admin@art.example");
        p.containers = Profile::defaultContainers();
        p.containers[QStringLiteral("backend")] = QStringLiteral("prod-backend-1");
        {
            SettingsStore s(path);
            // The active profile is the second one, so reading it back cannot pass by falling
            // back to the first.
            s.setProfiles(
                {Profile::fromStackDir(QStringLiteral("/srv/other"), QStringLiteral("other")), p});
            s.setActiveProfileName(QStringLiteral("prod"));
            s.setLanguage(QStringLiteral("ru"));
            QVERIFY(s.sync());
        }
        SettingsStore again(path);
        QCOMPARE(again.profiles().size(), 2);
        QCOMPARE(again.profiles().at(1), p);
        QCOMPARE(again.activeProfileName(), QStringLiteral("prod"));
        QCOMPARE(again.activeProfile()->name, QStringLiteral("prod"));
        QCOMPARE(again.language(), QStringLiteral("ru"));
    }

    void demoProfileIsCreatedOnlyOnFirstRun()
    {
        QTemporaryDir dir;
        const QString stack = dir.filePath(QStringLiteral("stack"));
        makeStack(stack, "COMPOSE_PROJECT_NAME=demo_proj\nFRONTEND_PORT=18080\n");
        SettingsStore s(dir.filePath(QStringLiteral("a.conf")));
        QVERIFY(s.ensureDemoProfile(stack, QStringLiteral("Demo stack")));
        QVERIFY(!s.ensureDemoProfile(stack, QStringLiteral("Demo stack")));
        const auto p = s.activeProfile();
        QVERIFY(p);
        QCOMPARE(p->name, QStringLiteral("Demo stack"));
        QCOMPARE(p->projectName, QStringLiteral("demo_proj"));
        QCOMPARE(p->apiBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:18080")));
        QCOMPARE(p->containers.value(QStringLiteral("postgres")),
                 QStringLiteral("art_generation_postgres"));
        QCOMPARE(s.profiles().size(), 1);
    }

    void unknownActiveProfileFallsBackToFirst()
    {
        QTemporaryDir dir;
        SettingsStore s(dir.filePath(QStringLiteral("b.conf")));
        Profile a = Profile::fromStackDir(QStringLiteral("/x"), QStringLiteral("A"));
        Profile b = Profile::fromStackDir(QStringLiteral("/y"), QStringLiteral("B"));
        s.setProfiles({a, b});
        s.setActiveProfileName(QStringLiteral("gone"));
        QCOMPARE(s.activeProfile()->name, QStringLiteral("A"));
        QVERIFY(!s.profile(QStringLiteral("gone")));
    }

    void activateStackDirReusesOrAddsAProfile()
    {
        QTemporaryDir dir;
        const QString stack = dir.filePath(QStringLiteral("stack"));
        makeStack(stack, "FRONTEND_PORT=9000\n");
        SettingsStore s(dir.filePath(QStringLiteral("c.conf")));
        s.setProfiles(
            {Profile::fromStackDir(QStringLiteral("/elsewhere"), QStringLiteral("stack"))});
        const Profile added = s.activateStackDir(stack, QString());
        QCOMPARE(added.name, QStringLiteral("stack (2)")); // folder name, made unique
        QCOMPARE(added.apiBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:9000")));
        QCOMPARE(s.activeProfileName(), added.name);
        s.setActiveProfileName(QStringLiteral("stack"));
        const Profile again = s.activateStackDir(stack + QStringLiteral("/"), QString());
        QCOMPARE(again.name, added.name); // same folder: the existing profile, not a new one
        QCOMPARE(s.profiles().size(), 2);
        QCOMPARE(s.activeProfileName(), added.name);
    }

    void bundledDemoStackIsFound()
    {
        const QString dir = StackLocator::demoStackDir();
        QVERIFY2(!dir.isEmpty(), "resources/demo-stack not found");
        QVERIFY(StackLocator::looksLikeStackDir(dir));
    }

    void unwritableSettingsAreReported()
    {
        // A settings path below a regular file cannot be written, even by root.
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        SettingsStore s(blocker + QStringLiteral("/artgen.conf"));
        s.setLanguage(QStringLiteral("ru"));
        const auto st = s.sync();
        QVERIFY(!st);
        QCOMPARE(st.error().code(), Error::Code::PermissionDenied);
        QVERIFY(st.error().message().contains(blocker));
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
