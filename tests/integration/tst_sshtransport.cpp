#include "docker/dockerclient.h"
#include "stackfixture.h"
#include "util/workerthread.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;

// The ssh:// transport for real: a private sshd on 127.0.0.1 (its own config, host key and
// authorized key in a temporary folder), the real ssh client, and `docker system dial-stdio` on
// the "remote" side reaching the real daemon. The one test-only piece is an `ssh` wrapper first
// on PATH that adds the test's key and skips host-key checking, because a test must not touch
// ~/.ssh.
class TestSshTransport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_sshd;
    quint16 m_port = 0;
    QString m_skip;

    static bool run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit &&
               p.exitCode() == 0;
    }

    static bool write(const QString& path, const QByteArray& text, QFile::Permissions perms = {})
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(text);
        f.close();
        return perms ? f.setPermissions(perms) : true;
    }

    static Result<DockerVersion> versionAt(const QString& spec)
    {
        WorkerThread thread(QStringLiteral("docker-ssh"));
        auto* client = new DockerClient(*DockerEndpoint::parse(spec));
        thread.adopt(client);
        auto version = client->version();
        version.waitForFinished();
        return version.result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        StackFixture stack;
        if (!stack.unavailableReason().isEmpty()) {
            m_skip = stack.unavailableReason();
            return;
        }
        if (!QFile::exists(QStringLiteral("/usr/sbin/sshd")) ||
            QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty()) {
            m_skip =
                QStringLiteral("openssh-server/openssh-client not installed (scripts/dev.sh deps)");
            return;
        }
        const QString d = m_dir.path();
        QVERIFY(run(QStringLiteral("ssh-keygen"),
                    {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                     QStringLiteral("-N"), QString(), QStringLiteral("-f"),
                     d + QStringLiteral("/host_key")}));
        QVERIFY(run(QStringLiteral("ssh-keygen"),
                    {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                     QStringLiteral("-N"), QString(), QStringLiteral("-f"),
                     d + QStringLiteral("/client_key")}));
        QVERIFY(QFile::copy(d + QStringLiteral("/client_key.pub"),
                            d + QStringLiteral("/authorized_keys")));
        {
            QTcpServer probe; // a free port on loopback
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            m_port = probe.serverPort();
        }
        QVERIFY(write(d + QStringLiteral("/sshd_config"),
                      QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_key\n"
                                     "AuthorizedKeysFile %2/authorized_keys\nPidFile %2/sshd.pid\n"
                                     "UsePAM no\nStrictModes no\nPasswordAuthentication no\n"
                                     "PermitRootLogin prohibit-password\n")
                          .arg(m_port)
                          .arg(d)
                          .toUtf8()));
        QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation directory
        m_sshd.setProcessChannelMode(QProcess::MergedChannels);
        m_sshd.start(QStringLiteral("/usr/sbin/sshd"),
                     {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                      d + QStringLiteral("/sshd_config")});
        QVERIFY(m_sshd.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(d + QStringLiteral("/sshd.pid")) ||
                                     m_sshd.state() != QProcess::Running,
                                 10000);
        QVERIFY2(m_sshd.state() == QProcess::Running, m_sshd.readAll().constData());

        QDir().mkpath(d + QStringLiteral("/bin"));
        QVERIFY(
            write(d + QStringLiteral("/bin/ssh"),
                  QStringLiteral(
                      "#!/bin/sh\nexec /usr/bin/ssh -i %1/client_key -o StrictHostKeyChecking=no "
                      "-o UserKnownHostsFile=/dev/null -o LogLevel=ERROR \"$@\"\n")
                      .arg(d)
                      .toUtf8(),
                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("PATH", (d + QStringLiteral("/bin:")).toUtf8() + qgetenv("PATH"));
    }

    void cleanupTestCase()
    {
        // End the shared ssh master the transport left for reuse, so nothing outlives the test.
        if (m_port)
            run(QStringLiteral("ssh"),
                {QStringLiteral("-O"), QStringLiteral("exit"), QStringLiteral("-o"),
                 QStringLiteral("ControlPath=") +
                     QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) +
                     QStringLiteral("/artgen-ssh-%C"),
                 QStringLiteral("-p"), QString::number(m_port), QStringLiteral("root@127.0.0.1")});
        if (m_sshd.state() == QProcess::Running) {
            m_sshd.terminate();
            m_sshd.waitForFinished(5000);
        }
    }

    void apiOverSsh()
    {
        if (!m_skip.isEmpty()) {
            if (StackFixture::stackRequired())
                QFAIL(qPrintable(m_skip));
            QSKIP(qPrintable(m_skip));
        }
        const auto ep =
            DockerEndpoint::parse(QStringLiteral("ssh://root@127.0.0.1:%1").arg(m_port));
        QVERIFY(ep);
        WorkerThread thread(QStringLiteral("docker-ssh"));
        auto* client = new DockerClient(*ep);
        thread.adopt(client);
        auto version = client->version();
        version.waitForFinished();
        const auto v = version.result();
        QVERIFY2(bool(v), v ? "" : qPrintable(v.error().message()));
        QVERIFY(v->apiVersion.startsWith(QStringLiteral("1.")));
        auto list = client->listContainers(QStringLiteral("art_generation"));
        list.waitForFinished();
        QVERIFY(list.result());
        QCOMPARE(list.result()->size(), 5);
        // Several calls in a row share one ssh connection (ControlMaster) and all succeed.
        for (int i = 0; i < 5; ++i) {
            auto d = client->inspect(QStringLiteral("art_generation_postgres"));
            d.waitForFinished();
            QVERIFY(d.result());
            QCOMPARE(d.result()->summary.service, QStringLiteral("postgres"));
        }
    }

    void unreachableSshHostIsAClearError()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        // Nothing listens on port 1.
        const auto version = versionAt(QStringLiteral("ssh://root@127.0.0.1:1"));
        QVERIFY(!version);
        QCOMPARE(version.error().code(), Error::Code::Unreachable);
        QVERIFY(version.error().message().contains(QStringLiteral("ssh")));
    }

    // A user the server does not know: ssh's "Permission denied" is an authentication error
    // (what Test connection names), not "unreachable".
    void sshAuthenticationFailureIsNamed()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        const auto version =
            versionAt(QStringLiteral("ssh://artgen-no-such-user@127.0.0.1:%1").arg(m_port));
        QVERIFY(!version);
        const Error e = version.error();
        QCOMPARE(e.code(), Error::Code::PermissionDenied);
        QVERIFY2(e.what().contains(QStringLiteral("SSH authentication to "
                                                  "ssh://artgen-no-such-user@127.0.0.1:%1 failed")
                                       .arg(m_port)),
                 qPrintable(e.message()));
        QVERIFY2(e.why().contains(QStringLiteral("Permission denied")), qPrintable(e.message()));
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    TestSshTransport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sshtransport.moc"
