// RedisAsyncConnection against small loopback servers that answer the way Redis does in the
// cases the demo stack cannot show without harming it: a server at maxclients (Redis writes
// "-ERR max number of clients reached" and closes), one that never answers, and one that
// speaks the protocol for the handshake and a command.
#include "redis/redisasyncconnection.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace artgen::core;

namespace {
// Answers every RESP command it reads with `answers` in order, then nothing; or writes
// `greeting` on connect and closes.
class FakeRedis : public QObject
{
public:
    QByteArray greeting;
    QList<QByteArray> answers;
    QByteArray received;
    int connections = 0;

    FakeRedis()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* s = m_server.nextPendingConnection();
            ++connections;
            if (!greeting.isEmpty()) {
                s->write(greeting);
                s->disconnectFromHost();
                return;
            }
            connect(s, &QTcpSocket::readyRead, s, [this, s] {
                const QByteArray chunk = s->readAll();
                received += chunk;
                // One answer per command: each RESP command starts with '*'.
                for (qsizetype i = 0; i < chunk.count('*') && !answers.isEmpty(); ++i)
                    s->write(answers.takeFirst());
            });
        });
    }
    RedisConnectionInfo info(const QString& password = QStringLiteral("pw-secret")) const
    {
        RedisConnectionInfo i;
        i.port = m_server.serverPort();
        i.password = password;
        return i;
    }

private:
    QTcpServer m_server;
};

struct Watch
{
    bool ready = false;
    SourceFault fault;
    explicit Watch(RedisAsyncConnection& c)
    {
        QObject::connect(&c, &RedisAsyncConnection::ready, &c, [this] { ready = true; });
        QObject::connect(&c, &RedisAsyncConnection::faulted, &c,
                         [this](const SourceFault& f) { fault = f; });
    }
};
} // namespace

class TestRedisConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maxClientsIsLimitReached()
    {
        FakeRedis server;
        server.greeting = "-ERR max number of clients reached\r\n";
        RedisAsyncConnection c;
        Watch w(c);
        c.open(server.info(), "artgen-monitor");
        QTRY_VERIFY_WITH_TIMEOUT(w.fault.isFault(), 5000);
        QCOMPARE(w.fault.kind, SourceFault::Kind::LimitReached);
        QVERIFY(!w.ready);
        QVERIFY(!c.isOpen());
    }

    void silenceIsATimeout()
    {
        FakeRedis server; // reads, never answers
        RedisAsyncConnection c;
        c.setDeadline(300);
        Watch w(c);
        c.open(server.info(), "artgen-monitor");
        QTRY_VERIFY_WITH_TIMEOUT(w.fault.isFault(), 5000);
        QCOMPARE(w.fault.kind, SourceFault::Kind::Timeout);
        QVERIFY(!c.isOpen());
    }

    void handshakeThenCommand()
    {
        FakeRedis server;
        server.answers = {"+OK\r\n", "+OK\r\n", "*2\r\n$1\r\na\r\n:5\r\n"};
        RedisAsyncConnection c;
        Watch w(c);
        c.open(server.info(), "artgen-monitor");
        QTRY_VERIFY_WITH_TIMEOUT(w.ready, 5000);
        // AUTH with the password, then the name: the password goes nowhere but AUTH.
        QVERIFY(server.received.contains("AUTH\r\n$9\r\npw-secret"));
        QVERIFY(server.received.contains("SETNAME\r\n$14\r\nartgen-monitor"));
        RedisValue reply;
        bool got = false;
        QVERIFY(c.command({"LRANGE", "q", "0", "-1"}, [&](const RedisValue& v) {
            reply = v;
            got = true;
        }));
        QTRY_VERIFY_WITH_TIMEOUT(got, 5000);
        QCOMPARE(reply.type, RedisValue::Type::Array);
        QCOMPARE(reply.elements.size(), 2);
        QCOMPARE(reply.elements.at(0).text, QByteArray("a"));
        QCOMPARE(reply.elements.at(1).integer, 5);
        QCOMPARE(c.pendingCount(), 0);
        QVERIFY(!w.fault.isFault());
    }

    void wrongPasswordStopsTheHandshake()
    {
        FakeRedis server;
        server.answers = {"-WRONGPASS invalid username-password pair or user is disabled.\r\n",
                          "-NOAUTH Authentication required.\r\n"};
        RedisAsyncConnection c;
        Watch w(c);
        c.open(server.info(), "artgen-monitor");
        QTRY_VERIFY_WITH_TIMEOUT(w.fault.isFault(), 5000);
        QCOMPARE(w.fault.kind, SourceFault::Kind::AuthenticationFailed);
        QVERIFY(!w.fault.message.contains(QStringLiteral("pw-secret")));
        QVERIFY(!w.ready);
    }

    void serverGoneIsUnreachable()
    {
        RedisConnectionInfo info;
        {
            FakeRedis server;
            info = server.info();
        } // its port is free again: a refused connection
        RedisAsyncConnection c;
        Watch w(c);
        c.open(info, "artgen-monitor");
        QTRY_VERIFY_WITH_TIMEOUT(w.fault.isFault(), 5000);
        QCOMPARE(w.fault.kind, SourceFault::Kind::Unreachable);
        QVERIFY(!c.command({"PING"}, {}));
    }
};

QTEST_GUILESS_MAIN(TestRedisConnection)
#include "tst_redisconnection.moc"
