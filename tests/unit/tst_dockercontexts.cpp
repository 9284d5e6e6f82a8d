// Docker contexts as the docker CLI writes them: made here by the real `docker context create`
// with HOME pointed at a temporary folder, then read back and imported into a profile.
#include "docker/dockercontexts.h"
#include "settings/profile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;

class TestDockerContexts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_skip;

    QString path(const QString& name) const { return m_home.filePath(name); }

    bool run(const QString& program, const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.remove(QStringLiteral("DOCKER_CONFIG"));
        env.remove(QStringLiteral("DOCKER_CONTEXT"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        const bool ok = p.waitForFinished(60000) && p.exitCode() == 0;
        if (!ok)
            qWarning().noquote() << program << args.join(u' ') << p.readAll();
        return ok;
    }

    QList<DockerContexts::Context> contexts()
    {
        const auto list = DockerContexts::list(path(QStringLiteral(".docker")));
        if (!list)
            qWarning().noquote() << list.error().message();
        return list ? *list : QList<DockerContexts::Context>{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("DOCKER_CONTEXT");
        if (QStandardPaths::findExecutable(QStringLiteral("docker")).isEmpty()) {
            m_skip = QStringLiteral("the docker CLI is not installed");
            return;
        }
        // A CA, and a client certificate with its key, as `docker context create` copies them.
        QVERIFY(
            run(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 path(QStringLiteral("key.pem")), QStringLiteral("-out"),
                 path(QStringLiteral("cert.pem")), QStringLiteral("-days"), QStringLiteral("1"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=client")}));
        QVERIFY(QFile::copy(path(QStringLiteral("cert.pem")), path(QStringLiteral("ca.pem"))));
        QVERIFY(run(QStringLiteral("docker"),
                    {QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("staging"),
                     QStringLiteral("--description"), QStringLiteral("Staging host"),
                     QStringLiteral("--docker"),
                     QStringLiteral("host=tcp://127.0.0.1:1,ca=%1,cert=%2,key=%3")
                         .arg(path(QStringLiteral("ca.pem")), path(QStringLiteral("cert.pem")),
                              path(QStringLiteral("key.pem")))}));
        QVERIFY(run(QStringLiteral("docker"),
                    {QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("remote"),
                     QStringLiteral("--docker"), QStringLiteral("host=ssh://deploy@example.org")}));
        QVERIFY(run(QStringLiteral("docker"),
                    {QStringLiteral("context"), QStringLiteral("use"), QStringLiteral("remote")}));
    }

    void listsWhatDockerContextLsShows()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        const auto list = contexts();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].name, QStringLiteral("default"));
        QVERIFY(!list[0].current);
        QCOMPARE(list[1].name, QStringLiteral("remote"));
        QCOMPARE(list[1].host, QStringLiteral("ssh://deploy@example.org"));
        QVERIFY(list[1].current); // `docker context use remote`
        QVERIFY(list[1].caFile.isEmpty());
        QCOMPARE(list[2].name, QStringLiteral("staging"));
        QCOMPARE(list[2].description, QStringLiteral("Staging host"));
        QCOMPARE(list[2].host, QStringLiteral("tcp://127.0.0.1:1"));
        // The CLI's own copies under contexts/tls/<digest>/docker/, byte for byte.
        QVERIFY(list[2].caFile.startsWith(path(QStringLiteral(".docker/contexts/tls/"))));
        QVERIFY(list[2].caFile.endsWith(QStringLiteral("/docker/ca.pem")));
        QFile copied(list[2].keyFile), original(path(QStringLiteral("key.pem")));
        QVERIFY(copied.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), original.readAll());
    }

    void importsAnEndpointIntoAProfile()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        const auto list = contexts();
        QCOMPARE(list.size(), 3);
        Profile p;
        p.name = QStringLiteral("staging");
        DockerContexts::applyTo(list[2], p);
        QCOMPARE(p.dockerHost, QStringLiteral("tcp://127.0.0.1:1"));
        QCOMPARE(p.dockerTlsCa, list[2].caFile);
        const auto ep = p.endpoint();
        QVERIFY(ep);
        QVERIFY(ep->useTls());
        QCOMPARE(ep->certFile(), list[2].certFile);
        QCOMPARE(ep->keyFile(), list[2].keyFile);
        // An ssh context after it: no TLS files left behind.
        DockerContexts::applyTo(list[1], p);
        QCOMPARE(p.dockerHost, QStringLiteral("ssh://deploy@example.org"));
        QVERIFY(!p.hasTlsFiles());
        DockerContexts::applyTo(list[0], p);
        QVERIFY(p.dockerHost.isEmpty()); // default: DOCKER_HOST or the socket, as the CLI does
    }

    void aBrokenMetaFileIsLeftOut()
    {
        QTemporaryDir config;
        QDir().mkpath(config.filePath(QStringLiteral("contexts/meta/abc")));
        QFile f(config.filePath(QStringLiteral("contexts/meta/abc/meta.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"Name\":");
        f.close();
        const auto list = DockerContexts::list(config.path());
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().name, QStringLiteral("default"));
        QVERIFY(list->first().current);
    }
};

QTEST_GUILESS_MAIN(TestDockerContexts)
#include "tst_dockercontexts.moc"
