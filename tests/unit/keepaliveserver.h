#pragma once

// A small real HTTP/1.1 server for the load tester's tests: keep-alive, on 127.0.0.1, on a
// thread of its own (so a test's event loop and the load never share one), answering every
// request with `status` and counting what it answered — the figure a test compares the load
// tester's counts with.

#include <QByteArray>
#include <QHostAddress>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <atomic>

class KeepAliveServer : public QThread
{
public:
    explicit KeepAliveServer(int status = 200,
                             const QHostAddress& address = QHostAddress(QHostAddress::LocalHost))
        : m_status(status), m_address(address)
    {
        start();
        while (m_port.load() == 0)
            QThread::msleep(5);
    }
    ~KeepAliveServer() override
    {
        quit();
        wait();
    }

    quint16 port() const { return quint16(m_port.load()); }
    // A server that stalls for a moment: once `after` requests were answered, the next `count`
    // answers each wait `ms` (and the ones behind them with them).
    void stallAfter(qint64 after, int count, int ms)
    {
        m_stallAfter = after;
        m_stallCount = count;
        m_stallMs = ms;
    }
    // Every connection after the first is read but never answered (a server that hangs on
    // all but one client).
    void answerOnlyTheFirstConnection() { m_onlyFirst = true; }
    qint64 answered() const { return m_answered.load(); }
    // The Authorization header of the last request (empty when it had none).
    QByteArray lastAuthorization() const
    {
        QMutexLocker lock(&m_mutex);
        return m_authorization;
    }

protected:
    void run() override
    {
        QTcpServer server;
        if (!server.listen(m_address, 0))
            qFatal("KeepAliveServer: cannot listen on %s", qPrintable(m_address.toString()));
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                if (m_onlyFirst && m_accepted++ > 0) {
                    QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                     [socket] { socket->readAll(); });
                    continue;
                }
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    answer(socket, *buffer);
                });
            }
        });
        m_port = server.serverPort();
        exec();
    }

private:
    // Answers every whole request in `buffer` (headers and a Content-Length body), in order.
    void answer(QTcpSocket* socket, QByteArray& buffer)
    {
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            QByteArray authorization;
            for (const QByteArray& line : buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
                if (line.toLower().startsWith("authorization:"))
                    authorization = line.mid(14).trimmed();
            }
            if (buffer.size() < end + 4 + length)
                return;
            buffer.remove(0, end + 4 + length);
            {
                QMutexLocker lock(&m_mutex);
                m_authorization = authorization;
            }
            if (m_stallCount.load() > 0 && m_answered.load() >= m_stallAfter.load()) {
                --m_stallCount;
                QThread::msleep(static_cast<unsigned long>(m_stallMs.load()));
            }
            const QByteArray body = "ok\n";
            socket->write("HTTP/1.1 " + QByteArray::number(m_status) +
                          " Status\r\nServer: keepalive-test\r\nContent-Type: text/plain\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            ++m_answered;
        }
    }

    const int m_status;
    const QHostAddress m_address;
    mutable QMutex m_mutex;
    QByteArray m_authorization;
    std::atomic<int> m_port{0};
    std::atomic<qint64> m_answered{0};
    std::atomic<qint64> m_stallAfter{0};
    std::atomic<int> m_stallCount{0};
    std::atomic<int> m_stallMs{0};
    std::atomic<bool> m_onlyFirst{false};
    int m_accepted = 0; // on the server's thread only
};
