#include "execsession.h"

#include "dockerclient.h"
#include "dockersocket.h"
#include "logging/categories.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace artgen::core {

namespace {
// Below this much unsent stdin the caller is asked for more: large enough to keep the pipe
// full, small enough that a 300 MB restore never sits in our memory.
constexpr qint64 kStdinLowWater = 1 << 20;

QByteArray enc(const QString& s)
{
    return QUrl::toPercentEncoding(s);
}
} // namespace

ExecSession::ExecSession(DockerClient* client, Options options, QObject* parent)
    : QObject(parent), m_client(client), m_options(std::move(options))
{}

QString ExecSession::lastLines(const QByteArray& output, int n)
{
    QStringList lines = QString::fromUtf8(output).trimmed().split(u'\n');
    if (lines.size() > n)
        lines = lines.mid(lines.size() - n);
    return lines.join(u'\n');
}

ExecSession::~ExecSession()
{
    if (m_socket)
        m_socket->close();
}

void ExecSession::start()
{
    m_running = true;
    DockerCall::Options create;
    create.method = "POST";
    create.path = "/containers/" + enc(m_options.container) + "/exec";
    create.timeoutMs = m_options.startTimeoutMs;
    create.body =
        QJsonDocument(QJsonObject{
                          {QStringLiteral("AttachStdin"), m_options.attachStdin},
                          {QStringLiteral("AttachStdout"), true},
                          {QStringLiteral("AttachStderr"), true},
                          {QStringLiteral("Tty"), false},
                          {QStringLiteral("Cmd"), QJsonArray::fromStringList(m_options.cmd)},
                          {QStringLiteral("Env"), QJsonArray::fromStringList(m_options.env)},
                      })
            .toJson(QJsonDocument::Compact);
    m_client->request(create).then(this, [this](const Result<DockerResponse>& r) {
        if (m_finished)
            return;
        if (!r)
            return finish(tl::unexpected(r.error()));
        // Missing or not running: the container cannot be reached (exit code 2 in the CLI).
        const auto unreachable = [this](const DockerResponse& reply) {
            return Error(Error::Code::Unreachable,
                         tr("The container %1 is not running.").arg(m_options.container),
                         DockerClient::fromHttpStatus(reply, QString()).why(),
                         tr("Start the stack (Containers page or artgenctl up), or check the "
                            "container name in the profile."));
        };
        if (r->status == 409) {
            // Stopped, paused or restarting: say which, with its state and what to do.
            const DockerResponse reply = *r;
            return m_client->explainContainerState(
                reply, m_options.container, this, [this, reply, unreachable](const Error& state) {
                    if (!m_finished)
                        finish(tl::unexpected(state.isError() ? state : unreachable(reply)));
                });
        }
        if (r->status == 404)
            return finish(tl::unexpected(unreachable(*r)));
        if (r->status != 201)
            return finish(tl::unexpected(DockerClient::fromHttpStatus(
                *r, tr("Docker could not run %1 in %2.")
                        .arg(m_options.cmd.value(0), m_options.container))));
        hijack(QJsonDocument::fromJson(r->body)
                   .object()
                   .value(QStringLiteral("Id"))
                   .toString()
                   .toLatin1());
    });
}

void ExecSession::hijack(const QByteArray& execId)
{
    m_execId = execId;
    m_socket = std::make_unique<DockerSocket>(m_client->endpoint());
    connect(m_socket.get(), &DockerSocket::connected, this, &ExecSession::onConnected);
    connect(m_socket.get(), &DockerSocket::readyRead, this, &ExecSession::onReadyRead);
    connect(m_socket.get(), &DockerSocket::closed, this, &ExecSession::onStreamEnded);
    connect(m_socket.get(), &DockerSocket::failed, this,
            [this](const Error& e) { finish(tl::unexpected(e)); });
    m_socket->open();
}

void ExecSession::onConnected()
{
    const QByteArray body = R"({"Detach":false,"Tty":false})";
    const QByteArray head = "POST " + m_client->apiPrefix() + "/exec/" + m_execId +
                            "/start HTTP/1.1\r\nHost: docker\r\nUser-Agent: artgen-panel\r\n"
                            "Content-Type: application/json\r\nContent-Length: " +
                            QByteArray::number(body.size()) +
                            "\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n";
    QIODevice* dev = m_socket->device();
    connect(dev, &QIODevice::bytesWritten, this, &ExecSession::onBytesWritten);
    dev->write(head + body);
}

void ExecSession::onReadyRead()
{
    if (m_finished || !m_socket || !m_socket->device())
        return;
    QByteArray bytes = m_socket->device()->readAll();
    if (!m_upgraded) {
        m_parser.feed(bytes);
        if (m_parser.hasFailed())
            return finish(tl::unexpected(Error(Error::Code::Protocol,
                                               tr("Docker sent a reply the panel cannot read."),
                                               m_parser.errorString())));
        if (m_parser.headersComplete() && !m_parser.isUpgraded() && m_parser.statusCode() != 200) {
            // An error reply (404: the exec or container vanished, 409: not running).
            if (!m_parser.isComplete())
                return; // wait for the JSON message
            DockerResponse resp;
            resp.status = m_parser.statusCode();
            resp.body = m_parser.takeBody();
            if (const Error e = DockerClient::containerStateError(resp, m_options.container);
                e.isError())
                return finish(tl::unexpected(e));
            return finish(tl::unexpected(DockerClient::fromHttpStatus(
                resp, tr("Docker could not start %1 in %2.")
                          .arg(m_options.cmd.value(0), m_options.container))));
        }
        if (m_parser.isUpgraded()) {
            bytes = m_parser.takeRemainder();
        } else if (m_parser.headersComplete() && m_parser.statusCode() == 200) {
            bytes = m_parser.takeBody(); // an old daemon that answers 200 and streams
        } else {
            return;
        }
        m_upgraded = true;
        Q_EMIT started();
        if (!m_stdinBeforeUpgrade.isEmpty())
            m_socket->device()->write(std::exchange(m_stdinBeforeUpgrade, {}));
        maybeCloseWrite();
    }
    if (bytes.isEmpty())
        return;
    QList<StreamDemuxer::Chunk> parts;
    if (!m_demux.feed(bytes, &parts))
        return finish(tl::unexpected(
            Error(Error::Code::Protocol,
                  tr("The output of %1 could not be read.").arg(m_options.cmd.value(0)),
                  m_demux.errorString())));
    for (const auto& p : parts) {
        if (p.stream == StreamDemuxer::Stream::Stderr)
            Q_EMIT stderrData(p.data);
        else if (p.stream == StreamDemuxer::Stream::Stdout)
            Q_EMIT stdoutData(p.data);
        if (m_finished)
            return; // a receiver aborted
    }
}

void ExecSession::writeStdin(const QByteArray& data)
{
    if (m_finished || m_stdinClosed)
        return;
    if (!m_upgraded || !m_socket || !m_socket->device())
        m_stdinBeforeUpgrade += data;
    else
        m_socket->device()->write(data);
}

qint64 ExecSession::stdinPending() const
{
    qint64 n = m_stdinBeforeUpgrade.size();
    if (m_socket && m_socket->device())
        n += m_socket->device()->bytesToWrite();
    return n;
}

void ExecSession::closeStdin()
{
    m_closeStdinRequested = true;
    maybeCloseWrite();
}

void ExecSession::maybeCloseWrite()
{
    if (!m_closeStdinRequested || m_stdinClosed || !m_upgraded || stdinPending() > 0)
        return;
    m_stdinClosed = true;
    if (!m_socket->closeWrite())
        finish(tl::unexpected(
            Error(Error::Code::Protocol,
                  tr("The end of the input could not be sent to %1.").arg(m_options.cmd.value(0)),
                  tr("This Docker connection (TLS) cannot close one direction only."),
                  tr("Use the local socket or ssh:// for restores."))));
}

void ExecSession::onBytesWritten()
{
    maybeCloseWrite();
    if (!m_finished && stdinPending() < kStdinLowWater)
        Q_EMIT stdinDrained();
}

void ExecSession::onStreamEnded()
{
    if (m_finished)
        return;
    onReadyRead();
    if (m_finished)
        return;
    if (!m_upgraded)
        return finish(tl::unexpected(
            Error(Error::Code::Unreachable,
                  tr("Docker closed the connection before %1 started.").arg(m_options.cmd.value(0)),
                  QString(), tr("Check that the container is running."))));
    readExitCode();
}

void ExecSession::readExitCode()
{
    m_socket->disconnect(this);
    inspectExit(100);
}

// The stream can end a moment before Docker records the exit code: ask until it has one.
void ExecSession::inspectExit(int attemptsLeft)
{
    DockerCall::Options inspect;
    inspect.path = "/exec/" + m_execId + "/json";
    m_client->request(inspect).then(this, [this, attemptsLeft](const Result<DockerResponse>& r) {
        if (m_finished)
            return;
        if (!r)
            return finish(tl::unexpected(r.error()));
        if (r->status / 100 != 2)
            return finish(tl::unexpected(DockerClient::fromHttpStatus(
                *r, tr("Docker could not tell how %1 ended.").arg(m_options.cmd.value(0)))));
        const QJsonObject o = QJsonDocument::fromJson(r->body).object();
        const bool running = o.value(QStringLiteral("Running")).toBool();
        if (running && attemptsLeft > 0) {
            QTimer::singleShot(50, this, [this, attemptsLeft] { inspectExit(attemptsLeft - 1); });
            return;
        }
        const QJsonValue code = o.value(QStringLiteral("ExitCode"));
        finish(running || code.isNull() ? -1 : code.toInt(-1));
    });
}

void ExecSession::abort()
{
    finish(tl::unexpected(Error::cancelled()));
}

void ExecSession::finish(const Result<int>& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    if (m_socket) {
        m_socket->disconnect(this);
        if (m_socket->device())
            m_socket->device()->disconnect(this);
        m_socket->close();
    }
    Q_EMIT finished(result);
}

} // namespace artgen::core
