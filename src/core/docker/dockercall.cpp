#include "dockercall.h"

#include "dockersocket.h"
#include "logging/categories.h"
#include "util/humanformat.h"

#include <QHash>
#include <QIODevice>
#include <QMutex>
#include <QTimer>

namespace artgen::core {

namespace {
struct LiveCalls
{
    QMutex mutex;
    QHash<QString, int> byEndpoint;
};
LiveCalls& liveCalls()
{
    static LiveCalls calls;
    return calls;
}
void countCall(const QString& endpoint, int delta)
{
    LiveCalls& calls = liveCalls();
    const QMutexLocker lock(&calls.mutex);
    int& n = calls.byEndpoint[endpoint];
    n += delta;
    if (n == 0)
        calls.byEndpoint.remove(endpoint);
}
} // namespace

DockerCall::DockerCall(const DockerEndpoint& endpoint, Options options, QObject* parent)
    : QObject(parent), m_endpoint(endpoint), m_options(std::move(options))
{
    countCall(m_endpoint.toString(), 1);
}

DockerCall::~DockerCall()
{
    if (m_socket)
        m_socket->close();
    countCall(m_endpoint.toString(), -1);
}

int DockerCall::liveCount(const DockerEndpoint& endpoint)
{
    LiveCalls& calls = liveCalls();
    const QMutexLocker lock(&calls.mutex);
    return calls.byEndpoint.value(endpoint.toString());
}

void DockerCall::start()
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DockerCall::onTimeout);
    m_timer->start(m_options.timeoutMs);
    m_socket = std::make_unique<DockerSocket>(m_endpoint);
    connect(m_socket.get(), &DockerSocket::connected, this, &DockerCall::onConnected);
    connect(m_socket.get(), &DockerSocket::readyRead, this, &DockerCall::onReadyRead);
    connect(m_socket.get(), &DockerSocket::closed, this, &DockerCall::onClosed);
    connect(m_socket.get(), &DockerSocket::failed, this,
            [this](const Error& e) { finish(tl::unexpected(e)); });
    // Never finish inside start(): a missing socket fails synchronously, and the caller has
    // not connected to finished() yet.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_finished)
                m_socket->open();
        },
        Qt::QueuedConnection);
}

void DockerCall::abort()
{
    finish(tl::unexpected(Error::cancelled()));
}

void DockerCall::onConnected()
{
    QByteArray head = m_options.method + ' ' + m_options.path +
                      " HTTP/1.1\r\nHost: docker\r\n"
                      "User-Agent: artgen-panel\r\n";
    if (!m_options.body.isEmpty() || m_options.method == "POST" || m_options.method == "PUT") {
        head += "Content-Type: " + m_options.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(m_options.body.size()) + "\r\n";
    }
    // One exchange per connection: the daemon closes after the response, which also ends
    // close-delimited bodies cleanly.
    head += "Connection: close\r\n\r\n";
    m_socket->device()->write(head + m_options.body);
}

void DockerCall::onReadyRead()
{
    if (m_finished || !m_socket || !m_socket->device())
        return;
    m_parser.feed(m_socket->device()->readAll());
    if (m_parser.hasFailed()) {
        finish(tl::unexpected(protocolError(m_parser.errorString())));
        return;
    }
    if (!m_headSeen && m_parser.headersComplete()) {
        m_headSeen = true;
        m_response.status = m_parser.statusCode();
        m_response.headers = m_parser.headers();
        Q_EMIT headReceived(m_response.status);
        if (m_options.streaming) {
            // From here the stream may be quiet for long; only the idle deadline applies.
            if (m_options.idleTimeoutMs > 0)
                m_timer->start(m_options.idleTimeoutMs);
            else
                m_timer->stop();
        }
    }
    const QByteArray chunk = m_parser.takeBody();
    if (!chunk.isEmpty()) {
        // An error reply to a streaming request is short JSON: collect it rather than stream it.
        if (m_options.streaming && m_response.status < 300) {
            if (m_options.idleTimeoutMs > 0)
                m_timer->start(m_options.idleTimeoutMs);
            Q_EMIT data(chunk);
        } else {
            m_response.body += chunk;
            if (m_response.body.size() > m_options.maxBodyBytes) {
                finish(tl::unexpected(
                    protocolError(tr("the reply is larger than %1")
                                      .arg(HumanFormat::bytes(m_options.maxBodyBytes)))));
                return;
            }
        }
    }
    if (m_parser.isComplete())
        finish(m_response);
}

void DockerCall::onClosed()
{
    if (m_finished)
        return;
    onReadyRead(); // whatever was buffered
    if (m_finished)
        return;
    m_parser.finish();
    const QByteArray rest = m_parser.takeBody();
    if (!rest.isEmpty())
        m_response.body += rest;
    if (m_parser.isComplete()) {
        finish(m_response);
        return;
    }
    if (m_options.streaming && m_headSeen)
        finish(tl::unexpected(
            Error(Error::Code::Unreachable,
                  tr("The stream from Docker at %1 ended.").arg(m_endpoint.toString()),
                  tr("The daemon closed the connection (it may be restarting)."),
                  tr("The panel reconnects by itself."))));
    else
        finish(tl::unexpected(
            protocolError(tr("the connection closed before the reply was complete"))));
}

void DockerCall::onTimeout()
{
    const bool idle = m_options.streaming && m_headSeen;
    finish(tl::unexpected(
        Error(Error::Code::Timeout,
              idle ? tr("The stream from Docker at %1 went quiet for %2 s.")
                         .arg(m_endpoint.toString())
                         .arg(m_options.idleTimeoutMs / 1000)
                   : tr("Docker at %1 did not answer %2 %3 within %4 s.")
                         .arg(m_endpoint.toString(), QString::fromLatin1(m_options.method),
                              QString::fromLatin1(m_options.path.split('?').first()))
                         .arg(m_options.timeoutMs / 1000),
              tr("The daemon is busy, hung, or the connection stalled."),
              tr("Check that dockerd is healthy (systemctl status docker) and retry."))));
}

Error DockerCall::protocolError(const QString& why) const
{
    return Error(Error::Code::Protocol,
                 tr("Docker at %1 sent a reply the panel cannot read.").arg(m_endpoint.toString()),
                 why, tr("Check that the address points at a Docker daemon."));
}

void DockerCall::finish(Result<DockerResponse> result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_timer)
        m_timer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
    }
    Q_EMIT finished(result);
}

} // namespace artgen::core
