#include "docker/dockerprobe.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
    void missingSocketSaysDockerIsNotRunning()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("docker.sock"));
        const DockerStatus s = probeOnce(path);
        QVERIFY(!s.reachable);
        QCOMPARE(s.error.code(), Error::Code::Unreachable);
        QVERIFY(
            s.error.message().contains(QStringLiteral("Docker is not running at unix://") + path));
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
