#include "dockerprobe.h"

#include "logging/categories.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QTcpSocket>
#include <QTimer>

namespace artgen::core {

namespace {
constexpr int kProbeTimeoutMs = 3000;
} // namespace

DockerProbe::DockerProbe(DockerEndpoint endpoint, int intervalMs, QObject* parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_intervalMs(intervalMs)
{
    qRegisterMetaType<DockerStatus>();
}

DockerProbe::~DockerProbe()
{
    abortProbe();
}

void DockerProbe::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_intervalMs);
        connect(m_timer, &QTimer::timeout, this, &DockerProbe::checkNow);
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, [this] {
            DockerStatus s;
            s.endpoint = m_endpoint.toString();
            s.error = Error(Error::Code::Timeout,
                            tr("Docker at %1 did not answer within %2 seconds.")
                                .arg(s.endpoint)
                                .arg(kProbeTimeoutMs / 1000),
                            tr("The daemon accepted the connection but sent no reply."),
                            tr("Check that dockerd is healthy (systemctl status docker)."));
            finishWith(s);
        });
    }
    m_timer->start();
    checkNow();
}

void DockerProbe::setEndpoint(const DockerEndpoint& endpoint)
{
    m_endpoint = endpoint;
    checkNow();
}

void DockerProbe::checkNow()
{
    if (m_socket)
        return; // one probe at a time
    m_parser = std::make_unique<HttpResponseParser>();
    m_body.clear();
    m_closed = false;
    if (m_deadline)
        m_deadline->start(kProbeTimeoutMs);
    if (m_endpoint.kind() == DockerEndpoint::Kind::Unix) {
        auto* sock = new QLocalSocket(this);
        m_socket = sock;
        connect(sock, &QLocalSocket::connected, this, &DockerProbe::onConnected);
        connect(sock, &QLocalSocket::readyRead, this, &DockerProbe::onReadyRead);
        connect(sock, &QLocalSocket::disconnected, this, &DockerProbe::onClosed);
        connect(sock, &QLocalSocket::errorOccurred, this,
                [this, sock](QLocalSocket::LocalSocketError e) {
                    if (e == QLocalSocket::PeerClosedError) {
                        onClosed();
                        return;
                    }
                    onSocketFailed(sock->errorString(), e == QLocalSocket::SocketAccessError,
                                   e == QLocalSocket::ServerNotFoundError ||
                                       e == QLocalSocket::ConnectionRefusedError);
                });
        sock->connectToServer(m_endpoint.socketPath());
    } else if (m_endpoint.kind() == DockerEndpoint::Kind::Tcp && !m_endpoint.useTls()) {
        auto* sock = new QTcpSocket(this);
        m_socket = sock;
        connect(sock, &QTcpSocket::connected, this, &DockerProbe::onConnected);
        connect(sock, &QTcpSocket::readyRead, this, &DockerProbe::onReadyRead);
        connect(sock, &QTcpSocket::disconnected, this, &DockerProbe::onClosed);
        connect(sock, &QTcpSocket::errorOccurred, this,
                [this, sock](QAbstractSocket::SocketError e) {
                    if (e == QAbstractSocket::RemoteHostClosedError) {
                        onClosed();
                        return;
                    }
                    onSocketFailed(sock->errorString(), false,
                                   e == QAbstractSocket::ConnectionRefusedError ||
                                       e == QAbstractSocket::HostNotFoundError);
                });
        sock->connectToHost(m_endpoint.host(), m_endpoint.port());
    } else {
        DockerStatus s;
        s.endpoint = m_endpoint.toString();
        s.error = Error(Error::Code::InvalidInput,
                        tr("The panel cannot reach Docker at %1 yet.").arg(s.endpoint),
                        tr("TLS and SSH connections arrive with the Containers page."),
                        tr("Use the local socket or plain tcp:// for now."));
        finishWith(s);
    }
}

void DockerProbe::onConnected()
{
    if (m_socket)
        m_socket->write("GET /version HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n");
}

void DockerProbe::onClosed()
{
    m_closed = true;
    onReadyRead();
}

void DockerProbe::onReadyRead()
{
    if (!m_socket || !m_parser)
        return;
    m_parser->feed(m_socket->readAll());
    m_body += m_parser->takeBody();
    if (m_closed && !m_parser->isComplete())
        m_parser->finish();
    DockerStatus s;
    s.endpoint = m_endpoint.toString();
    if (m_parser->hasFailed()) {
        s.error =
            Error(Error::Code::Protocol,
                  tr("Docker at %1 sent a reply the panel cannot read.").arg(s.endpoint),
                  m_parser->errorString(), tr("Check that the address points at a Docker daemon."));
        finishWith(s);
        return;
    }
    if (!m_parser->isComplete())
        return;
    const QJsonObject v = QJsonDocument::fromJson(m_body).object();
    if (m_parser->statusCode() != 200 || v.isEmpty()) {
        s.error = Error(
            Error::Code::Protocol,
            tr("Docker at %1 answered with HTTP %2.").arg(s.endpoint).arg(m_parser->statusCode()),
            QString::fromUtf8(m_body.left(200)).trimmed(),
            tr("Check that the address points at a Docker daemon."));
        finishWith(s);
        return;
    }
    s.reachable = true;
    s.serverVersion = v.value(QStringLiteral("Version")).toString();
    s.apiVersion = v.value(QStringLiteral("ApiVersion")).toString();
    finishWith(s);
}

void DockerProbe::onSocketFailed(const QString& reason, bool permissionDenied, bool refused)
{
    DockerStatus s;
    s.endpoint = m_endpoint.toString();
    if (permissionDenied) {
        s.error = Error(Error::Code::PermissionDenied,
                        tr("Permission denied on the Docker socket %1.").arg(s.endpoint),
                        tr("Your user may not talk to the Docker daemon."),
                        tr("Add yourself to the docker group (sudo usermod -aG docker $USER) and "
                           "log in again."));
    } else if (refused) {
        s.error = Error(Error::Code::Unreachable,
                        tr("Docker is not running at %1.").arg(s.endpoint), reason,
                        tr("Start the daemon (sudo systemctl start docker) or choose another "
                           "Docker host in the profile."));
    } else {
        s.error =
            Error(Error::Code::Unreachable, tr("Cannot connect to Docker at %1.").arg(s.endpoint),
                  reason, tr("Check the Docker host in the profile and that the daemon runs."));
    }
    finishWith(s);
}

void DockerProbe::finishWith(DockerStatus status)
{
    abortProbe();
    if (!status.reachable)
        qCDebug(lcDocker) << "probe:" << status.error.message();
    const bool changed = !m_hasLast || !(status == m_last);
    m_last = status;
    m_hasLast = true;
    Q_EMIT checked(status);
    if (changed)
        Q_EMIT statusChanged(status);
}

void DockerProbe::abortProbe()
{
    if (m_deadline)
        m_deadline->stop();
    if (m_socket) {
        QIODevice* sock = m_socket;
        m_socket.clear();
        sock->disconnect(this);
        sock->close();
        sock->deleteLater();
    }
}

} // namespace artgen::core
