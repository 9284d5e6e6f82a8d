#include "docker/dockerclient.h"
#include "stackfixture.h"
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

// The tcp:// transport with TLS client certificates, the DOCKER_TLS_VERIFY/DOCKER_CERT_PATH way:
// certificates made here with openssl, and socat terminating TLS with client verification in
// front of the real daemon's socket — to the client exactly what `dockerd --tlsverify` is.
class TestTlsTransport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_socat;
    quint16 m_port = 0;
    QString m_skip;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static bool openssl(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        return p.waitForFinished(60000) && p.exitCode() == 0;
    }

    bool makeCert(const QString& name, const QString& ca, const QString& usage)
    {
        QFile ext(path(name + QStringLiteral(".ext")));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write(QStringLiteral("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=%1\n")
                      .arg(usage)
                      .toUtf8());
        ext.close();
        return openssl({QStringLiteral("req"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), path(name + QStringLiteral("-key.pem")),
                        QStringLiteral("-out"), path(name + QStringLiteral(".csr")),
                        QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")}) &&
               openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        path(name + QStringLiteral(".csr")), QStringLiteral("-CA"),
                        path(ca + QStringLiteral(".pem")), QStringLiteral("-CAkey"),
                        path(ca + QStringLiteral("-key.pem")), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-out"),
                        path(name + QStringLiteral("-cert.pem")), QStringLiteral("-extfile"),
                        path(name + QStringLiteral(".ext"))});
    }

    bool makeCa(const QString& name)
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), path(name + QStringLiteral("-key.pem")),
                        QStringLiteral("-out"), path(name + QStringLiteral(".pem")),
                        QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=") + name});
    }

    // A DOCKER_CERT_PATH folder: ca.pem, cert.pem, key.pem.
    bool certDir(const QString& dir, const QString& ca, const QString& client)
    {
        QDir().mkpath(path(dir));
        return QFile::copy(path(ca + QStringLiteral(".pem")),
                           path(dir + QStringLiteral("/ca.pem"))) &&
               QFile::copy(path(client + QStringLiteral("-cert.pem")),
                           path(dir + QStringLiteral("/cert.pem"))) &&
               QFile::copy(path(client + QStringLiteral("-key.pem")),
                           path(dir + QStringLiteral("/key.pem")));
    }

    Result<DockerVersion> versionWith(const QString& certPath)
    {
        qputenv("DOCKER_TLS_VERIFY", "1");
        qputenv("DOCKER_CERT_PATH", certPath.toUtf8());
        const auto ep = DockerEndpoint::parse(QStringLiteral("tcp://127.0.0.1:%1").arg(m_port));
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
        if (QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty()) {
            m_skip = QStringLiteral("socat not installed (scripts/dev.sh deps)");
            return;
        }
        QVERIFY(makeCa(QStringLiteral("ca")) && makeCa(QStringLiteral("otherca")));
        QVERIFY(
            makeCert(QStringLiteral("server"), QStringLiteral("ca"), QStringLiteral("serverAuth")));
        QVERIFY(
            makeCert(QStringLiteral("client"), QStringLiteral("ca"), QStringLiteral("clientAuth")));
        QVERIFY(makeCert(QStringLiteral("stranger"), QStringLiteral("otherca"),
                         QStringLiteral("clientAuth")));
        QVERIFY(certDir(QStringLiteral("good"), QStringLiteral("ca"), QStringLiteral("client")));
        QVERIFY(certDir(QStringLiteral("bad"), QStringLiteral("ca"), QStringLiteral("stranger")));
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            m_port = probe.serverPort();
        }
        m_socat.setProcessChannelMode(QProcess::MergedChannels);
        m_socat.start(
            QStringLiteral("socat"),
            {QStringLiteral("OPENSSL-LISTEN:%1,bind=127.0.0.1,reuseaddr,fork,cert=%2,key=%3,cafile="
                            "%4,verify=1")
                 .arg(m_port)
                 .arg(path(QStringLiteral("server-cert.pem")),
                      path(QStringLiteral("server-key.pem")), path(QStringLiteral("ca.pem"))),
             QStringLiteral("UNIX-CONNECT:/var/run/docker.sock")});
        QVERIFY(m_socat.waitForStarted());
        const auto listening = [this] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_port);
            return s.waitForConnected(200);
        };
        QTRY_VERIFY_WITH_TIMEOUT(listening() || m_socat.state() != QProcess::Running, 10000);
        QVERIFY2(m_socat.state() == QProcess::Running, m_socat.readAll().constData());
    }

    void cleanupTestCase()
    {
        m_socat.kill();
        m_socat.waitForFinished(5000);
    }

    void apiOverTlsWithClientCertificate()
    {
        if (!m_skip.isEmpty()) {
            if (StackFixture::stackRequired())
                QFAIL(qPrintable(m_skip));
            QSKIP(qPrintable(m_skip));
        }
        const auto v = versionWith(path(QStringLiteral("good")));
        QVERIFY2(bool(v), v ? "" : qPrintable(v.error().message()));
        QVERIFY(v->apiVersion.startsWith(QStringLiteral("1.")));
    }

    void certificateFromAnotherCaIsRefused()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        const auto v = versionWith(path(QStringLiteral("bad")));
        QVERIFY(!v);
        QVERIFY2(v.error().code() == Error::Code::PermissionDenied ||
                     v.error().code() == Error::Code::Unreachable,
                 qPrintable(v.error().message()));
    }

    void missingCertificatesAreNamed()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        const auto v = versionWith(path(QStringLiteral("nowhere")));
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
