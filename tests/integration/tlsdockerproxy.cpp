#include "tlsdockerproxy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

TlsDockerProxy::~TlsDockerProxy()
{
    m_socat.kill();
    m_socat.waitForFinished(5000);
}

bool TlsDockerProxy::openssl(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

bool TlsDockerProxy::makeCert(const QString& name, const QString& ca, const QString& usage) const
{
    QFile ext(path(name + QStringLiteral(".ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write(
        QStringLiteral("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=%1\n").arg(usage).toUtf8());
    ext.close();
    return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    path(name + QStringLiteral("-key.pem")), QStringLiteral("-out"),
                    path(name + QStringLiteral(".csr")), QStringLiteral("-subj"),
                    QStringLiteral("/CN=127.0.0.1")}) &&
           openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    path(name + QStringLiteral(".csr")), QStringLiteral("-CA"),
                    path(ca + QStringLiteral(".pem")), QStringLiteral("-CAkey"),
                    path(ca + QStringLiteral("-key.pem")), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-out"),
                    path(name + QStringLiteral("-cert.pem")), QStringLiteral("-extfile"),
                    path(name + QStringLiteral(".ext"))});
}

bool TlsDockerProxy::makeCa(const QString& name) const
{
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    path(name + QStringLiteral("-key.pem")), QStringLiteral("-out"),
                    path(name + QStringLiteral(".pem")), QStringLiteral("-days"),
                    QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name});
}

bool TlsDockerProxy::certDir(const QString& dir, const QString& ca, const QString& client) const
{
    QDir().mkpath(path(dir));
    return QFile::copy(path(ca + QStringLiteral(".pem")), path(dir + QStringLiteral("/ca.pem"))) &&
           QFile::copy(path(client + QStringLiteral("-cert.pem")),
                       path(dir + QStringLiteral("/cert.pem"))) &&
           QFile::copy(path(client + QStringLiteral("-key.pem")),
                       path(dir + QStringLiteral("/key.pem")));
}

bool TlsDockerProxy::start(QString* error)
{
    if (QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty()) {
        *error = QStringLiteral("socat not installed (scripts/dev.sh deps)");
        return false;
    }
    if (!makeCa(QStringLiteral("ca")) || !makeCa(QStringLiteral("otherca")) ||
        !makeCert(QStringLiteral("server"), QStringLiteral("ca"), QStringLiteral("serverAuth")) ||
        !makeCert(QStringLiteral("client"), QStringLiteral("ca"), QStringLiteral("clientAuth")) ||
        !makeCert(QStringLiteral("stranger"), QStringLiteral("otherca"),
                  QStringLiteral("clientAuth"))) {
        *error = QStringLiteral("openssl could not make the test certificates");
        return false;
    }
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost)) {
            *error = probe.errorString();
            return false;
        }
        m_port = probe.serverPort();
    }
    m_socat.setProcessChannelMode(QProcess::MergedChannels);
    m_socat.start(
        QStringLiteral("socat"),
        {QStringLiteral(
             "OPENSSL-LISTEN:%1,bind=127.0.0.1,reuseaddr,fork,cert=%2,key=%3,cafile=%4,verify=1")
             .arg(m_port)
             .arg(path(QStringLiteral("server-cert.pem")), path(QStringLiteral("server-key.pem")),
                  path(QStringLiteral("ca.pem"))),
         QStringLiteral("UNIX-CONNECT:/var/run/docker.sock")});
    if (!m_socat.waitForStarted()) {
        *error = m_socat.errorString();
        return false;
    }
    const auto listening = [this] {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_port);
        return s.waitForConnected(200);
    };
    // socat binds within milliseconds; the deadline only covers a loaded machine.
    QElapsedTimer clock;
    clock.start();
    while (!listening() && m_socat.state() == QProcess::Running && clock.elapsed() < 10000)
        QTest::qWait(50);
    if (m_socat.state() != QProcess::Running || !listening()) {
        *error = QString::fromLocal8Bit(m_socat.readAll());
        return false;
    }
    return true;
}
