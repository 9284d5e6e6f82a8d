#include "docker/dockerendpoint.h"

#include <QTest>

using namespace artgen::core;

class TestDockerEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("unix") << "unix:///run/docker.sock" << true << "unix:///run/docker.sock";
        QTest::newRow("tcp default port") << "tcp://10.0.0.5" << true << "tcp://10.0.0.5:2375";
        QTest::newRow("tcp port") << "tcp://docker.example:2380" << true
                                  << "tcp://docker.example:2380";
        QTest::newRow("ssh user") << "ssh://admin@host" << true << "ssh://admin@host";
        QTest::newRow("ssh port") << "ssh://admin@host:2222" << true << "ssh://admin@host:2222";
        QTest::newRow("relative unix path") << "unix://docker.sock" << false << "";
        QTest::newRow("unknown scheme") << "http://host" << false << "";
        QTest::newRow("no host") << "tcp://" << false << "";
    }

    void parse()
    {
        QFETCH(QString, spec);
        QFETCH(bool, ok);
        QFETCH(QString, normalized);
        const auto ep = DockerEndpoint::parse(spec);
        QCOMPARE(bool(ep), ok);
        if (ok)
            QCOMPARE(ep->toString(), normalized);
        else
            QVERIFY(ep.error().message().contains(spec));
    }

    void emptyMeansDockerHostOrDefaultSocket()
    {
        qunsetenv("DOCKER_HOST");
        QCOMPARE(DockerEndpoint::parse(QString())->toString(),
                 QStringLiteral("unix:///var/run/docker.sock"));
        qputenv("DOCKER_HOST", "tcp://127.0.0.1:2399");
        QCOMPARE(DockerEndpoint::parse(QString())->toString(),
                 QStringLiteral("tcp://127.0.0.1:2399"));
        qunsetenv("DOCKER_HOST");
    }

    void tlsFollowsDockerConventions()
    {
        qputenv("DOCKER_TLS_VERIFY", "1");
        qputenv("DOCKER_CERT_PATH", "/etc/docker/certs");
        const auto ep = DockerEndpoint::parse(QStringLiteral("tcp://h"));
        qunsetenv("DOCKER_TLS_VERIFY");
        qunsetenv("DOCKER_CERT_PATH");
        QVERIFY(ep && ep->useTls());
        QCOMPARE(ep->port(), 2376);
        QCOMPARE(ep->certPath(), QStringLiteral("/etc/docker/certs"));
    }
};

QTEST_GUILESS_MAIN(TestDockerEndpoint)
#include "tst_dockerendpoint.moc"
