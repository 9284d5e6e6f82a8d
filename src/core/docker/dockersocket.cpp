#include "dockersocket.h"

#include "logging/categories.h"
#include "tlsfailure.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <qplatformdefs.h>
#include <sys/socket.h>
#include <sys/stat.h>

namespace artgen::core {

DockerSocket::DockerSocket(DockerEndpoint endpoint, QObject* parent)
    : QObject(parent), m_endpoint(std::move(endpoint))
{}

DockerSocket::~DockerSocket()
{
    close();
}

void DockerSocket::open()
{
    switch (m_endpoint.kind()) {
    case DockerEndpoint::Kind::Unix:
        openUnix();
        break;
    case DockerEndpoint::Kind::Tcp:
        m_endpoint.useTls() ? openTls() : openTcp();
        break;
    case DockerEndpoint::Kind::Ssh:
        openSsh();
        break;
    }
}

void DockerSocket::close()
{
    m_done = true;
    if (!m_device)
        return;
    QIODevice* dev = m_device;
    m_device.clear();
    dev->disconnect(this);
    if (auto* proc = qobject_cast<QProcess*>(dev)) {
        proc->kill();
        proc->waitForFinished(1000); // the ssh child must not outlive us
    }
    dev->close();
    dev->deleteLater();
}

bool DockerSocket::closeWrite()
{
    if (!m_device)
        return false;
    if (auto* proc = qobject_cast<QProcess*>(m_device.data())) {
        proc->closeWriteChannel();
        return true;
    }
    qintptr fd = -1;
    if (qobject_cast<QSslSocket*>(m_device.data()))
        return false; // a TLS close_notify would end the whole session
    if (auto* local = qobject_cast<QLocalSocket*>(m_device.data()))
        fd = local->socketDescriptor();
    else if (auto* tcp = qobject_cast<QTcpSocket*>(m_device.data()))
        fd = tcp->socketDescriptor();
    return fd >= 0 && ::shutdown(int(fd), SHUT_WR) == 0;
}

void DockerSocket::onConnected()
{
    if (m_done)
        return;
    m_open = true;
    Q_EMIT connected();
}

void DockerSocket::onClosed()
{
    if (m_done)
        return;
    m_done = true;
    if (m_open)
        Q_EMIT closed();
    else
        Q_EMIT failed(Error(Error::Code::Unreachable,
                            tr("Docker at %1 closed the connection.").arg(m_endpoint.toString()),
                            QString(), tr("Check that the daemon is running and healthy.")));
}

void DockerSocket::fail(Error error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(error);
}

Error DockerSocket::missingSocketError(const DockerEndpoint& endpoint)
{
    const QString path = endpoint.socketPath();
    QT_STATBUF st;
    const bool exists = QT_STAT(QFile::encodeName(path).constData(), &st) == 0;
    if (exists && S_ISSOCK(st.st_mode))
        return {}; // a socket nobody listens on: Docker is not running
    const QString todo = tr("Start the daemon (sudo systemctl start docker), or set DOCKER_HOST "
                            "or the profile's Docker host to the socket it listens on.");
    if (!exists)
        return Error(Error::Code::Unreachable, tr("There is no Docker socket at %1.").arg(path),
                     tr("The file does not exist."), todo);
    return Error(Error::Code::Unreachable, tr("There is no Docker socket at %1.").arg(path),
                 S_ISDIR(st.st_mode) ? tr("It is a folder, not a socket.")
                                     : tr("It is a file, not a socket."),
                 todo);
}

void DockerSocket::openUnix()
{
    auto* sock = new QLocalSocket(this);
    m_device = sock;
    connect(sock, &QLocalSocket::connected, this, &DockerSocket::onConnected);
    connect(sock, &QLocalSocket::readyRead, this, &DockerSocket::readyRead);
    connect(sock, &QLocalSocket::disconnected, this, &DockerSocket::onClosed);
    connect(
        sock, &QLocalSocket::errorOccurred, this, [this, sock](QLocalSocket::LocalSocketError e) {
            const QString where = m_endpoint.toString();
            switch (e) {
            case QLocalSocket::PeerClosedError:
                onClosed();
                return;
            case QLocalSocket::SocketAccessError:
                fail(
                    Error(Error::Code::PermissionDenied,
                          tr("Permission denied on the Docker socket %1.").arg(where),
                          tr("Your user may not talk to the Docker daemon."),
                          tr("Add yourself to the docker group (sudo usermod -aG docker $USER) and "
                             "log in again.")));
                return;
            case QLocalSocket::ServerNotFoundError:
            case QLocalSocket::ConnectionRefusedError:
                // Qt calls a missing file an "Invalid name" and a file that is no socket a
                // refused connection: say what is really at the path.
                if (const Error e = missingSocketError(m_endpoint); e.isError()) {
                    fail(e);
                    return;
                }
                fail(Error(Error::Code::Unreachable, tr("Docker is not running at %1.").arg(where),
                           sock->errorString(),
                           tr("Start the daemon (sudo systemctl start docker) or choose another "
                              "Docker host in the profile.")));
                return;
            default:
                fail(Error(Error::Code::Unreachable,
                           tr("Cannot connect to Docker at %1.").arg(where), sock->errorString(),
                           tr("Check the Docker host in the profile and that the daemon runs.")));
            }
        });
    sock->connectToServer(m_endpoint.socketPath());
}

// Set on a TLS socket once its TCP connection is up (before the handshake), and once the
// daemon's first answer came through TLS.
constexpr char kTcpUp[] = "artgenTcpUp";
constexpr char kAnswered[] = "artgenAnswered";

static Error tcpError(const DockerEndpoint& ep, QAbstractSocket* sock,
                      QAbstractSocket::SocketError e)
{
    const QString where = ep.toString();
    // TCP was up but no answer came through TLS: the handshake failed, whatever code OpenSSL's
    // alert became. With TLS 1.3 the daemon checks our certificate after our side finished,
    // so its refusal arrives as a read error on a socket that already says "encrypted".
    const auto* ssl = qobject_cast<QSslSocket*>(sock);
    if (ssl && ssl->property(kTcpUp).toBool() && !ssl->property(kAnswered).toBool())
        return TlsFailure::explain(ep, ssl->sslHandshakeErrors(), ssl->peerCertificateChain(),
                                   sock->errorString());
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError:
        return Error(
            Error::Code::Unreachable, DockerSocket::tr("Docker is not running at %1.").arg(where),
            sock->errorString(),
            DockerSocket::tr("Start the daemon with a TCP listener, or check host and port."));
    case QAbstractSocket::HostNotFoundError:
        return Error(Error::Code::Unreachable,
                     DockerSocket::tr("The Docker host %1 is unknown.").arg(ep.host()),
                     sock->errorString(), DockerSocket::tr("Check the host name in the profile."));
    case QAbstractSocket::SslHandshakeFailedError:
        break;
    default:
        return Error(
            Error::Code::Unreachable,
            DockerSocket::tr("Cannot connect to Docker at %1.").arg(where), sock->errorString(),
            DockerSocket::tr("Check the Docker host in the profile and that the daemon runs."));
    }
}

void DockerSocket::openTcp()
{
    auto* sock = new QTcpSocket(this);
    m_device = sock;
    connect(sock, &QTcpSocket::connected, this, &DockerSocket::onConnected);
    connect(sock, &QTcpSocket::readyRead, this, &DockerSocket::readyRead);
    connect(sock, &QTcpSocket::disconnected, this, &DockerSocket::onClosed);
    connect(sock, &QTcpSocket::errorOccurred, this, [this, sock](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError)
            onClosed();
        else
            fail(tcpError(m_endpoint, sock, e));
    });
    sock->connectToHost(m_endpoint.host(), m_endpoint.port());
}

void DockerSocket::openTls()
{
    // The profile's files, else DOCKER_CERT_PATH conventions: ca.pem, cert.pem, key.pem.
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    const auto ca = QSslCertificate::fromPath(m_endpoint.caFile());
    const auto cert = QSslCertificate::fromPath(m_endpoint.certFile());
    QFile keyFile(m_endpoint.keyFile());
    if (ca.isEmpty() || cert.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        const QString missing = ca.isEmpty()     ? m_endpoint.caFile()
                                : cert.isEmpty() ? m_endpoint.certFile()
                                                 : m_endpoint.keyFile();
        fail(Error(
            Error::Code::NotFound,
            tr("The TLS certificates for Docker at %1 are missing.").arg(m_endpoint.toString()),
            tr("%1 is missing or holds no PEM certificate or key.").arg(missing),
            tr("Choose the CA, client certificate and key files in the profile, or set "
               "DOCKER_CERT_PATH to the folder that holds ca.pem, cert.pem and key.pem.")));
        return;
    }
    // key.pem may hold an RSA or an EC key; the PEM does not always say which.
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec);
    if (key.isNull()) {
        fail(Error(Error::Code::InvalidInput,
                   tr("The TLS key for Docker at %1 cannot be read.").arg(m_endpoint.toString()),
                   tr("%1 is not an unencrypted RSA or EC private key in PEM format.")
                       .arg(keyFile.fileName()),
                   tr("Use the key.pem that belongs to cert.pem.")));
        return;
    }
    config.setCaCertificates(ca);
    config.setLocalCertificate(cert.first());
    config.setPrivateKey(key);
    auto* sock = new QSslSocket(this);
    m_device = sock;
    sock->setSslConfiguration(config);
    connect(sock, &QSslSocket::connected, sock, [sock] { sock->setProperty(kTcpUp, true); });
    connect(sock, &QSslSocket::readyRead, sock, [sock] { sock->setProperty(kAnswered, true); });
    connect(sock, &QSslSocket::encrypted, this, &DockerSocket::onConnected);
    connect(sock, &QSslSocket::readyRead, this, &DockerSocket::readyRead);
    connect(sock, &QSslSocket::disconnected, this, &DockerSocket::onClosed);
    connect(sock, &QSslSocket::errorOccurred, this, [this, sock](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError)
            onClosed();
        else
            fail(tcpError(m_endpoint, sock, e));
    });
    sock->connectToHostEncrypted(m_endpoint.host(), m_endpoint.port());
}

void DockerSocket::openSsh()
{
    // The docker CLI's own way: the remote docker relays its API socket over ssh's stdio.
    // BatchMode: never prompt (there is no terminal); ControlMaster shares one ssh connection
    // between the many short API calls.
    const QString control = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) +
                            QStringLiteral("/artgen-ssh-%C");
    QStringList args = {QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                        QStringLiteral("-o"), QStringLiteral("ConnectTimeout=10"),
                        QStringLiteral("-o"), QStringLiteral("ControlMaster=auto"),
                        QStringLiteral("-o"), QStringLiteral("ControlPath=") + control,
                        QStringLiteral("-o"), QStringLiteral("ControlPersist=60")};
    if (m_endpoint.port())
        args << QStringLiteral("-p") << QString::number(m_endpoint.port());
    args << (m_endpoint.user().isEmpty() ? m_endpoint.host()
                                         : m_endpoint.user() + u'@' + m_endpoint.host())
         << QStringLiteral("docker") << QStringLiteral("system") << QStringLiteral("dial-stdio");
    auto* proc = new QProcess(this);
    m_device = proc;
    proc->setProgram(QStringLiteral("ssh"));
    proc->setArguments(args);
    connect(proc, &QProcess::started, this, &DockerSocket::onConnected);
    connect(proc, &QProcess::readyReadStandardOutput, this, &DockerSocket::readyRead);
    connect(proc, &QProcess::finished, this, [this, proc](int code, QProcess::ExitStatus) {
        if (m_open && code == 0) {
            onClosed();
            return;
        }
        const QString why = QString::fromUtf8(proc->readAllStandardError()).trimmed();
        // ssh's own words for a refused key or password: an authentication problem, not a
        // host that is down.
        if (why.contains(QStringLiteral("Permission denied")) ||
            why.contains(QStringLiteral("Too many authentication failures"))) {
            fail(Error(Error::Code::PermissionDenied,
                       tr("SSH authentication to %1 failed.").arg(m_endpoint.toString()), why,
                       tr("Add this user's public key to the remote user's authorized_keys, or "
                          "load the key into ssh-agent.")));
            return;
        }
        fail(Error(Error::Code::Unreachable,
                   tr("Cannot reach Docker over ssh at %1.").arg(m_endpoint.toString()), why,
                   tr("Check that `ssh %1 docker version` works without a password prompt "
                      "(key-based login).")
                       .arg(m_endpoint.host())));
    });
    connect(proc, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(Error(Error::Code::NotFound, tr("The ssh client is not installed."), QString(),
                       tr("Install openssh-client.")));
    });
    proc->start(QIODevice::ReadWrite);
}

} // namespace artgen::core
