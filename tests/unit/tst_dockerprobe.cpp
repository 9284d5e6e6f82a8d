#include "docker/dockerprobe.h"

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace artgen::core;

// The daemon's happy path is tested against the real dockerd in tests/integration. Here: faults.
// A missing socket is real; a daemon that accepts and stays silent, or speaks garbage, cannot be
// produced with a real dockerd, so those two use a QLocalServer standing in for it.
class TestDockerProbe : public QObject
{
    Q_OBJECT

    static DockerStatus probeOnce(const QString& socketPath)
    {
        DockerProbe probe(*DockerEndpoint::parse(QStringLiteral("unix://") + socketPath), 60000);
        QSignalSpy checked(&probe, &DockerProbe::checked);
        probe.start();
        // The first check may report synchronously (a missing socket fails at once).
        if (checked.isEmpty() && !checked.wait(10000))
            return {};
        return checked.first().first().value<DockerStatus>();
    }

private Q_SLOTS:
    // Defect: a missing socket file said "Docker is not running at …" with Qt's own
    // "QLocalSocket::connectToServer: Invalid name" as the reason.
    void missingSocketSaysThereIsNoSocketNotInvalidName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("docker.sock"));
        const DockerStatus s = probeOnce(path);
        QVERIFY(!s.reachable);
        QCOMPARE(s.error.code(), Error::Code::Unreachable);
        QCOMPARE(s.error.what(), QStringLiteral("There is no Docker socket at %1.").arg(path));
        QCOMPARE(s.error.why(), QStringLiteral("The file does not exist."));
        QVERIFY(s.error.todo().contains(QStringLiteral("systemctl start docker")));
        QVERIFY(s.error.todo().contains(QStringLiteral("DOCKER_HOST")));
        QVERIFY2(!s.error.message().contains(QStringLiteral("Invalid name")),
                 qPrintable(s.error.message()));
        QVERIFY(!s.error.message().contains(QStringLiteral("QLocalSocket")));
    }

    // A regular file (or a folder) at the path is no socket either: said so, not "refused".
    void fileThatIsNoSocketSaysThereIsNoSocket()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("docker.sock"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const DockerStatus s = probeOnce(path);
        QCOMPARE(s.error.code(), Error::Code::Unreachable);
        QCOMPARE(s.error.what(), QStringLiteral("There is no Docker socket at %1.").arg(path));
        QCOMPARE(s.error.why(), QStringLiteral("It is a file, not a socket."));
        const DockerStatus d = probeOnce(dir.path());
        QCOMPARE(d.error.what(),
                 QStringLiteral("There is no Docker socket at %1.").arg(dir.path()));
        QCOMPARE(d.error.why(), QStringLiteral("It is a folder, not a socket."));
    }

    // A socket that nobody listens on (dockerd died and left it): the old message stays.
    void staleSocketStillSaysDockerIsNotRunning()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stale.sock"));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        auto closeFd = qScopeGuard([fd] { ::close(fd); });
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray native = QFile::encodeName(path);
        QVERIFY(size_t(native.size()) < sizeof(addr.sun_path));
        std::memcpy(addr.sun_path, native.constData(), size_t(native.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)), 0); // no listen()
        const DockerStatus s = probeOnce(path);
        QCOMPARE(s.error.code(), Error::Code::Unreachable);
        QVERIFY2(
            s.error.message().contains(QStringLiteral("Docker is not running at unix://") + path),
            qPrintable(s.error.message()));
        QVERIFY(s.error.todo().contains(QStringLiteral("systemctl start docker")));
    }

    void silentDaemonTimesOutInsteadOfHanging()
    {
        QTemporaryDir dir;
        QLocalServer server;
        QVERIFY(server.listen(dir.filePath(QStringLiteral("silent.sock"))));
        QList<QLocalSocket*> held;
        connect(&server, &QLocalServer::newConnection, this,
                [&] { held << server.nextPendingConnection(); });
        const DockerStatus s = probeOnce(server.fullServerName());
        QVERIFY(!s.reachable);
        QCOMPARE(s.error.code(), Error::Code::Timeout);
        QVERIFY(!held.isEmpty());
    }

    void garbageReplyIsAProtocolError()
    {
        QTemporaryDir dir;
        QLocalServer server;
        QVERIFY(server.listen(dir.filePath(QStringLiteral("garbage.sock"))));
        connect(&server, &QLocalServer::newConnection, this, [&] {
            QLocalSocket* c = server.nextPendingConnection();
            connect(c, &QLocalSocket::readyRead, c, [c] {
                c->readAll();
                c->write("SSH-2.0-OpenSSH_9.2\r\n\r\n");
                c->disconnectFromServer();
            });
        });
        const DockerStatus s = probeOnce(server.fullServerName());
        QVERIFY(!s.reachable);
        QCOMPARE(s.error.code(), Error::Code::Protocol);
    }

    void statusChangedOnlyOnChange()
    {
        QTemporaryDir dir;
        DockerProbe probe(*DockerEndpoint::parse(QStringLiteral("unix://") +
                                                 dir.filePath(QStringLiteral("x.sock"))),
                          60000);
        QSignalSpy changed(&probe, &DockerProbe::statusChanged);
        QSignalSpy checked(&probe, &DockerProbe::checked);
        probe.start();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 5000);
        probe.checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 2, 5000);
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDockerProbe)
#include "tst_dockerprobe.moc"
