#pragma once

#include "dockerendpoint.h"
#include "util/error.h"

#include <QIODevice>
#include <QObject>
#include <QPointer>

namespace artgen::core {

// One byte stream to the daemon, whatever carries it: a unix socket (QLocalSocket), plain TCP
// (QTcpSocket), TCP with TLS client certificates (QSslSocket), or `ssh … docker system
// dial-stdio` (QProcess). Unifies their signals into connected / readyRead / closed / failed,
// and turns their failures into sentences the user can act on.
class DockerSocket : public QObject
{
    Q_OBJECT

public:
    DockerSocket(DockerEndpoint endpoint, QObject* parent = nullptr);
    ~DockerSocket() override;

    void open();
    void close();
    // Half-close: no more bytes from us, the reply can still arrive (a hijacked exec's stdin
    // EOF). Returns false for TLS, which cannot half-close. Call once everything was written.
    bool closeWrite();
    QIODevice* device() const { return m_device; }
    bool isOpen() const { return m_open; }
    const DockerEndpoint& endpoint() const { return m_endpoint; }

Q_SIGNALS:
    void connected();
    void readyRead();
    // The peer closed the stream (after `connected`).
    void closed();
    // Could not connect, or the transport broke. Emitted at most once.
    void failed(const artgen::core::Error& error);

private:
    void openUnix();
    void openTcp();
    void openTls();
    void openSsh();
    void fail(Error error);
    // For a unix socket that could not be reached: the error when nothing, or no socket, is at
    // its path; an empty Error when a socket is there (and nobody listens on it).
    static Error missingSocketError(const DockerEndpoint& endpoint);
    void onConnected();
    void onClosed();

    DockerEndpoint m_endpoint;
    QPointer<QIODevice> m_device;
    bool m_open = false;
    bool m_done = false;
};

} // namespace artgen::core
