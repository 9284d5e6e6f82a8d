// Test connection against the real demo stack: each failing part is named with its reason —
// Docker on a closed port, Docker behind TLS with the wrong CA (a TlsDockerProxy), and a wrong
// PostgreSQL password, Redis password or API token (a copy of the stack's .env with one value
// changed; the stack itself is untouched).
#include "session/connectiontest.h"
#include "stackfixture.h"
#include "tlsdockerproxy.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;

class TestConnectionTest : public QObject
{
    Q_OBJECT

    QString m_skip;
    Profile m_demo;
    TlsDockerProxy m_proxy;
    QTemporaryDir m_dir;

    // The demo profile over a copy of its stack folder whose .env has `key` set to `value`.
    Profile withEnv(const QString& key, const QString& value)
    {
        const QString stack = m_dir.filePath(key);
        QDir().mkpath(stack + QStringLiteral("/Docker_all"));
        QFile::copy(m_demo.composeFile(), stack + QStringLiteral("/Docker_all/docker-compose.yml"));
        QFile in(m_demo.envFile());
        QFile out(stack + QStringLiteral("/Docker_all/.env"));
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return {};
        const QByteArray prefix = key.toUtf8() + '=';
        for (QByteArray line : in.readAll().split('\n')) {
            if (line.startsWith(prefix))
                line = key.toUtf8() + '=' + value.toUtf8();
            out.write(line + '\n');
        }
        Profile p = m_demo;
        p.stackDir = stack;
        return p;
    }

    static QList<ConnectionTest::Check> test(const Profile& p)
    {
        ConnectionTest connection(p);
        QSignalSpy finished(&connection, &ConnectionTest::finished);
        connection.start();
        // Every part has a deadline; finished() always comes.
        if (!finished.wait(ConnectionTest::kDeadlineMs + 5000))
            return {};
        return connection.checks();
    }

    static QString describe(const QList<ConnectionTest::Check>& checks)
    {
        QStringList lines;
        for (const auto& c : checks)
            lines << ConnectionTest::partName(c.part) + QStringLiteral(" ") +
                         QString::number(int(c.outcome)) + QStringLiteral(": ") + c.detail;
        return lines.join(u'\n');
    }

    // Only `failing` fails, and its reason contains `why`.
    static void expectOnly(const QList<ConnectionTest::Check>& checks, ConnectionTest::Part failing,
                           const QString& why)
    {
        QVERIFY2(checks.size() == 4, qPrintable(describe(checks)));
        for (const auto& c : checks) {
            if (c.part == failing) {
                QVERIFY2(c.outcome == ConnectionTest::Outcome::Failed,
                         qPrintable(describe(checks)));
                QVERIFY2(c.detail.contains(why), qPrintable(describe(checks)));
            } else {
                QVERIFY2(c.outcome == ConnectionTest::Outcome::Passed,
                         qPrintable(describe(checks)));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        StackFixture stack;
        m_skip = stack.unavailableReason();
        m_demo = stack.profile();
        m_demo.dockerHost.clear();
    }

    void init()
    {
        if (!m_skip.isEmpty()) {
            if (StackFixture::stackRequired())
                QFAIL(qPrintable(m_skip));
            QSKIP(qPrintable(m_skip));
        }
    }

    void theDemoStackPasses()
    {
        const auto checks = test(m_demo);
        QCOMPARE(checks.size(), 4);
        for (const auto& c : checks)
            QVERIFY2(c.outcome == ConnectionTest::Outcome::Passed, qPrintable(describe(checks)));
        QVERIFY(checks[0].detail.contains(QStringLiteral("API 1.")));
    }

    void wrongDockerPortIsRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        Profile p = m_demo;
        p.dockerHost = QStringLiteral("tcp://127.0.0.1:%1").arg(port);
        expectOnly(test(p), ConnectionTest::Part::Docker,
                   QStringLiteral("Docker is not running at tcp://127.0.0.1:%1").arg(port));
    }

    void unknownDockerHostIsADnsFailure()
    {
        Profile p = m_demo;
        p.dockerHost = QStringLiteral("tcp://no-such-host.invalid:2376");
        expectOnly(test(p), ConnectionTest::Part::Docker,
                   QStringLiteral("The Docker host no-such-host.invalid is unknown"));
    }

    void wrongCaIsNamedWithItsFile()
    {
        QString why;
        if (!m_proxy.port() && !m_proxy.start(&why))
            QSKIP(qPrintable(why));
        Profile p = m_demo;
        p.dockerHost = QStringLiteral("tcp://127.0.0.1:%1").arg(m_proxy.port());
        p.dockerTlsCa = m_proxy.path(QStringLiteral("otherca.pem"));
        p.dockerTlsCert = m_proxy.path(QStringLiteral("client-cert.pem"));
        p.dockerTlsKey = m_proxy.path(QStringLiteral("client-key.pem"));
        expectOnly(test(p), ConnectionTest::Part::Docker,
                   QStringLiteral("not signed by the CA in %1 (wrong CA)").arg(p.dockerTlsCa));
        // The right CA with the same files: through the proxy to the real daemon.
        p.dockerTlsCa = m_proxy.path(QStringLiteral("ca.pem"));
        const auto good = test(p);
        QVERIFY2(good.value(0).outcome == ConnectionTest::Outcome::Passed,
                 qPrintable(describe(good)));
        // A client certificate the daemon's CA never signed: the daemon refuses it, by name.
        p.dockerTlsCert = m_proxy.path(QStringLiteral("stranger-cert.pem"));
        p.dockerTlsKey = m_proxy.path(QStringLiteral("stranger-key.pem"));
        expectOnly(test(p), ConnectionTest::Part::Docker,
                   QStringLiteral("refused the client certificate %1").arg(p.dockerTlsCert));
    }

    void wrongPostgresPassword()
    {
        expectOnly(test(withEnv(QStringLiteral("POSTGRES_PASSWORD"), QStringLiteral("wrong-pw"))),
                   ConnectionTest::Part::Postgres, QStringLiteral("authentication failed"));
    }

    void wrongRedisPassword()
    {
        expectOnly(test(withEnv(QStringLiteral("REDIS_PASSWORD"), QStringLiteral("wrong-pw"))),
                   ConnectionTest::Part::Redis, QStringLiteral("authentication failed"));
    }

    void wrongApiToken()
    {
        expectOnly(test(withEnv(QStringLiteral("API_TOKEN"), QStringLiteral("wrong-token"))),
                   ConnectionTest::Part::Api, QStringLiteral("API token was rejected (HTTP 401"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
