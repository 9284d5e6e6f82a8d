#include "docker/dockerclient.h"
#include "stackfixture.h"
#include "tlsdockerproxy.h"
#include "util/workerthread.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;

// The tcp:// transport with TLS client certificates, the DOCKER_TLS_VERIFY/DOCKER_CERT_PATH way,
// against a TlsDockerProxy (socat with client verification in front of the real daemon).
class TestTlsTransport : public QObject
{
    Q_OBJECT

    TlsDockerProxy m_proxy;
    QString m_skip;

    Result<DockerVersion> versionWith(const QString& certPath)
    {
        qputenv("DOCKER_TLS_VERIFY", "1");
        qputenv("DOCKER_CERT_PATH", certPath.toUtf8());
        const auto ep =
            DockerEndpoint::parse(QStringLiteral("tcp://127.0.0.1:%1").arg(m_proxy.port()));
        qunsetenv("DOCKER_TLS_VERIFY");
        qunsetenv("DOCKER_CERT_PATH");
        WorkerThread thread(QStringLiteral("docker-tls"));
        auto* client = new DockerClient(*ep);
        thread.adopt(client);
        auto f = client->version();
        f.waitForFinished();
        return f.result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        StackFixture stack;
        if (!stack.unavailableReason().isEmpty()) {
            m_skip = stack.unavailableReason();
            return;
        }
        if (!m_proxy.start(&m_skip))
            return;
        QVERIFY(m_proxy.certDir(QStringLiteral("good"), QStringLiteral("ca"),
                                QStringLiteral("client")));
        QVERIFY(m_proxy.certDir(QStringLiteral("bad"), QStringLiteral("ca"),
                                QStringLiteral("stranger")));
    }

    void apiOverTlsWithClientCertificate()
    {
        if (!m_skip.isEmpty()) {
            if (StackFixture::stackRequired())
                QFAIL(qPrintable(m_skip));
            QSKIP(qPrintable(m_skip));
        }
        const auto v = versionWith(m_proxy.path(QStringLiteral("good")));
        QVERIFY2(bool(v), v ? "" : qPrintable(v.error().message()));
        QVERIFY(v->apiVersion.startsWith(QStringLiteral("1.")));
    }

    void certificateFromAnotherCaIsRefused()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        const auto v = versionWith(m_proxy.path(QStringLiteral("bad")));
        QVERIFY(!v);
        QVERIFY2(v.error().code() == Error::Code::PermissionDenied ||
                     v.error().code() == Error::Code::Unreachable,
                 qPrintable(v.error().message()));
    }

    void missingCertificatesAreNamed()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        const auto v = versionWith(m_proxy.path(QStringLiteral("nowhere")));
        QVERIFY(!v);
        QCOMPARE(v.error().code(), Error::Code::NotFound);
        QVERIFY(v.error().message().contains(QStringLiteral("ca.pem, cert.pem and key.pem")));
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    TestTlsTransport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tlstransport.moc"
