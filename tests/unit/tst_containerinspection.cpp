#include "docker/containerinspection.h"
#include "docker/portmapping.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using artgen::core::ContainerInspection;
using artgen::core::PortMapping;

// The inspect of a container as the Details dialog shows it, from a captured sample (an
// unhealthy PostgreSQL with a volume, a read-only bind and a failing health log), and the rules
// that decide what is masked and how ports read.
class TstContainerInspection : public QObject
{
    Q_OBJECT

private:
    static ContainerInspection sample()
    {
        QFile f(QStringLiteral(ARTGEN_TEST_DATA "/inspect-postgres-unhealthy.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("fixture missing");
        return ContainerInspection::fromJson(QJsonDocument::fromJson(f.readAll()).object());
    }

    static const ContainerInspection::EnvVar* env(const ContainerInspection& c, const QString& n)
    {
        for (const auto& e : c.environment)
            if (e.name == n)
                return &e;
        return nullptr;
    }

private Q_SLOTS:
    void identityAndCommand()
    {
        const ContainerInspection c = sample();
        QCOMPARE(c.name, QStringLiteral("art_generation_postgres"));
        QCOMPARE(c.image, QStringLiteral("art_generation-postgres:latest"));
        QVERIFY(c.imageId.startsWith(QStringLiteral("sha256:9b8a7c6d")));
        QCOMPARE(c.entrypoint, QStringList{QStringLiteral("docker-entrypoint.sh")});
        QCOMPARE(c.cmd, (QStringList{QStringLiteral("postgres"), QStringLiteral("-c"),
                                     QStringLiteral("max_connections=200")}));
        QCOMPARE(c.restartPolicy, QStringLiteral("on-failure:3"));
        QCOMPARE(c.labels.value(QStringLiteral("com.docker.compose.service")),
                 QStringLiteral("postgres"));
    }

    void stateAndTimes()
    {
        const ContainerInspection c = sample();
        QCOMPARE(c.state, QStringLiteral("running"));
        QCOMPARE(c.exitCode, 0);
        QCOMPARE(c.startedAt.date(), QDate(2026, 11, 29));
        QVERIFY(!c.finishedAt.isValid()); // 0001-01-01 means never
    }

    void healthLogSaysWhy()
    {
        const ContainerInspection c = sample();
        QCOMPARE(c.health, QStringLiteral("unhealthy"));
        QCOMPARE(c.healthLog.size(), 3);
        QCOMPARE(c.healthLog[0].exitCode, 0);
        QCOMPARE(c.healthLog[1].exitCode, 2);
        QCOMPARE(c.healthLog[1].output, QStringLiteral("/var/run/postgresql:5432 - no response"));
        QCOMPARE(c.healthLog[2].exitCode, -1);
        QCOMPARE(c.healthLog[2].output, QStringLiteral("Health check exceeded timeout (5s)"));
        QCOMPARE(c.healthLog[2].start.time(), QTime(21, 20, 21, 200));
        QCOMPARE(c.healthLog[2].end.time(), QTime(21, 20, 26, 200));
    }

    void mounts()
    {
        const ContainerInspection c = sample();
        QCOMPARE(c.mounts.size(), 2);
        QCOMPARE(c.mounts[0].type, QStringLiteral("volume"));
        QCOMPARE(c.mounts[0].source, QStringLiteral("art_generation_pgdata")); // name, not path
        QCOMPARE(c.mounts[0].destination, QStringLiteral("/var/lib/postgresql/data"));
        QVERIFY(c.mounts[0].readWrite);
        QCOMPARE(c.mounts[1].type, QStringLiteral("bind"));
        QCOMPARE(c.mounts[1].source, QStringLiteral("/srv/art/init.sql"));
        QVERIFY(!c.mounts[1].readWrite);
    }

    void networks()
    {
        const ContainerInspection c = sample();
        QCOMPARE(c.networks.size(), 1);
        QCOMPARE(c.networks[0].name, QStringLiteral("art_generation_default"));
        QCOMPARE(c.networks[0].ipAddress, QStringLiteral("172.20.0.3"));
        QCOMPARE(c.networks[0].aliases, (QStringList{QStringLiteral("art_generation_postgres"),
                                                     QStringLiteral("postgres")}));
    }

    void environmentMasksSecrets()
    {
        const ContainerInspection c = sample();
        QCOMPARE(c.environment.size(), 9);
        const auto* pw = env(c, QStringLiteral("POSTGRES_PASSWORD"));
        QVERIFY(pw);
        QVERIFY(pw->secret);
        QCOMPARE(pw->value, QStringLiteral("fixture-not-a-real-password"));
        QVERIFY(env(c, QStringLiteral("DATABASE_URL"))->secret); // password inside the URL
        QVERIFY(env(c, QStringLiteral("apiToken"))->secret);
        QVERIFY(!env(c, QStringLiteral("POSTGRES_USER"))->secret);
        QVERIFY(!env(c, QStringLiteral("KEYBOARD_LAYOUT"))->secret);
        QVERIFY(!env(c, QStringLiteral("PATH"))->secret);
        QCOMPARE(env(c, QStringLiteral("EMPTY_FLAG"))->value, QString());
    }

    void looksSecret_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("secret");
        const QString v = QStringLiteral("x");
        QTest::newRow("password") << QStringLiteral("POSTGRES_PASSWORD") << v << true;
        QTest::newRow("lower") << QStringLiteral("redis_password") << v << true;
        QTest::newRow("secret") << QStringLiteral("DJANGO_SECRET_KEY") << v << true;
        QTest::newRow("token") << QStringLiteral("API_TOKEN") << v << true;
        QTest::newRow("key") << QStringLiteral("AWS_ACCESS_KEY_ID") << v << true;
        QTest::newRow("apikey") << QStringLiteral("OPENAI_APIKEY") << v << true;
        QTest::newRow("camel") << QStringLiteral("stripeSecretKey") << v << true;
        QTest::newRow("dashes") << QStringLiteral("auth-token") << v << true;
        QTest::newRow("credentials") << QStringLiteral("GOOGLE_CREDENTIALS") << v << true;
        QTest::newRow("passwd") << QStringLiteral("DB_PASSWD") << v << true;
        QTest::newRow("url with password")
            << QStringLiteral("BROKER_URL") << QStringLiteral("redis://:s3cret@redis:6379/0")
            << true;
        QTest::newRow("url without password")
            << QStringLiteral("BACKEND_URL") << QStringLiteral("http://backend:8000/api") << false;
        QTest::newRow("keyboard") << QStringLiteral("KEYBOARD_LAYOUT") << v << false;
        QTest::newRow("monkey") << QStringLiteral("MONKEY_MODE") << v << false;
        QTest::newRow("passenger") << QStringLiteral("PASSENGER_COUNT") << v << false;
        QTest::newRow("path") << QStringLiteral("PATH") << v << false;
        QTest::newRow("pwd") << QStringLiteral("PWD") << QStringLiteral("/srv/app") << false;
        QTest::newRow("user") << QStringLiteral("POSTGRES_USER") << v << false;
    }

    void looksSecret()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, secret);
        QCOMPARE(ContainerInspection::looksSecret(name, value), secret);
    }

    void portsToldApart()
    {
        QVERIFY(PortMapping::isPublished(QStringLiteral("127.0.0.1:18080->80/tcp")));
        QVERIFY(!PortMapping::isPublished(QStringLiteral("8000/tcp")));
        QCOMPARE(PortMapping::display(QStringLiteral("127.0.0.1:18080->80/tcp")),
                 QStringLiteral("127.0.0.1:18080→80/tcp"));
        QCOMPARE(PortMapping::display(QStringLiteral(":5432->5432/tcp")),
                 QStringLiteral("0.0.0.0:5432→5432/tcp"));
        QCOMPARE(PortMapping::display(QStringLiteral("8000/tcp")),
                 QStringLiteral("8000/tcp (not published)"));
        // Reachable ones first.
        QCOMPARE(PortMapping::display(QStringList{QStringLiteral("8000/tcp"),
                                                  QStringLiteral("127.0.0.1:18080->80/tcp")}),
                 QStringLiteral("127.0.0.1:18080→80/tcp, 8000/tcp (not published)"));
        QCOMPARE(PortMapping::display(QStringList{}), QString());
        // The short forms say the same: loopback only, every interface, one address, internal.
        QCOMPARE(PortMapping::compact(QStringLiteral("127.0.0.1:18080->80/tcp")),
                 QStringLiteral("18080→80"));
        QCOMPARE(PortMapping::compact(QStringLiteral("0.0.0.0:5432->5432/tcp")),
                 QStringLiteral("*:5432→5432"));
        QCOMPARE(PortMapping::compact(QStringLiteral(":::5432->5432/tcp")),
                 QStringLiteral("*:5432→5432"));
        QCOMPARE(PortMapping::compact(QStringLiteral("10.0.0.5:53->53/udp")),
                 QStringLiteral("10.0.0.5:53→53/udp"));
        QCOMPARE(PortMapping::compact(QStringLiteral("8000/tcp")), QStringLiteral("8000 internal"));
        QCOMPARE(PortMapping::lines({QStringLiteral("8000/tcp"),
                                     QStringLiteral("127.0.0.1:18080->80/tcp")},
                                    true),
                 (QStringList{QStringLiteral("18080→80"), QStringLiteral("8000 internal")}));
    }
};

QTEST_GUILESS_MAIN(TstContainerInspection)
#include "tst_containerinspection.moc"
