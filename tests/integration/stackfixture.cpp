#include "stackfixture.h"

#include "stackconfig/stacklocator.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkRequest>
#include <QProcess>
#include <QTimer>

using namespace artgen::core;

StackFixture::StackFixture()
{
    const QString dir = StackLocator::demoStackDir();
    if (dir.isEmpty()) {
        m_reason = QStringLiteral("resources/demo-stack not found");
        return;
    }
    m_profile = Profile::fromStackDir(dir);
    auto env = EnvFile::load(m_profile.envFile());
    if (!env) {
        m_reason = QStringLiteral("demo stack not set up (%1); run scripts/dev.sh stack up")
                       .arg(env.error().message());
        return;
    }
    m_env = *env;
    const Output version = docker({QStringLiteral("version"), QStringLiteral("--format"),
                                   QStringLiteral("{{.Server.Version}}")},
                                  15000);
    if (version.exitCode != 0) {
        m_reason = QStringLiteral("Docker does not answer (%1); run scripts/dev.sh stack up")
                       .arg(QString::fromUtf8(version.err).trimmed());
        return;
    }
    QStringList unhealthy;
    for (const QString& container : m_profile.containers) {
        const Output o =
            docker({QStringLiteral("inspect"), QStringLiteral("-f"),
                    QStringLiteral(
                        "{{.State.Status}}/{{if .State.Health}}{{.State.Health.Status}}{{end}}"),
                    container});
        const QString state = QString::fromUtf8(o.out).trimmed();
        if (o.exitCode != 0 || state != QStringLiteral("running/healthy"))
            unhealthy << container + u'=' + (state.isEmpty() ? QStringLiteral("missing") : state);
    }
    if (!unhealthy.isEmpty())
        m_reason = QStringLiteral("demo stack not healthy: %1; run scripts/dev.sh stack up")
                       .arg(unhealthy.join(QStringLiteral(", ")));
}

bool StackFixture::stackRequired()
{
    return qEnvironmentVariable("CI") == QStringLiteral("true") ||
           qEnvironmentVariable("ARTGEN_REQUIRE_STACK") == QStringLiteral("1");
}

StackFixture::Response StackFixture::request(const QByteArray& verb, const QString& path,
                                             const QByteArray& body, const QByteArray& token)
{
    QNetworkRequest req(m_profile.apiBaseUrl.resolved(QUrl(path)));
    req.setTransferTimeout(30000);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply* reply = m_nam.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(35000, &loop, &QEventLoop::quit);
    loop.exec();
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    if (!reply->isFinished())
        r.error = QStringLiteral("no reply within 35 s");
    else if (r.status == 0)
        r.error = reply->errorString();
    reply->deleteLater();
    return r;
}

bool StackFixture::mayRestartDaemon()
{
    return stackRequired() ||
           qEnvironmentVariable("ARTGEN_ALLOW_DOCKERD_RESTART") == QStringLiteral("1");
}

QByteArray StackFixture::daemonPid()
{
    QFile pidFile(QStringLiteral("/var/run/docker.pid"));
    return pidFile.open(QIODevice::ReadOnly) ? pidFile.readAll().trimmed() : QByteArray();
}

bool StackFixture::terminateDaemon(const QByteArray& pid)
{
    QProcess kill;
    kill.start(QStringLiteral("kill"), {QStringLiteral("-TERM"), QString::fromLatin1(pid)});
    return kill.waitForFinished(10000) && kill.exitCode() == 0;
}

bool StackFixture::startDaemon()
{
    QProcess start;
    start.setProgram(QStringLiteral("bash"));
    start.setArguments(
        {QStringLiteral("-c"),
         QStringLiteral("source scripts/stack.sh && ensure_dockerd \"$STACK_LOGDIR\"")});
    start.setWorkingDirectory(QStringLiteral(ARTGEN_TEST_SOURCE_DIR));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys())
        if (key.startsWith(QStringLiteral("XDG_")))
            env.remove(key);
    env.insert(QStringLiteral("STACK_LOGDIR"), QStringLiteral(ARTGEN_TEST_BINARY_DIR "/logs"));
    start.setProcessEnvironment(env);
    start.start();
    return start.waitForFinished(120000) && start.exitCode() == 0;
}

StackFixture::Output StackFixture::docker(const QStringList& args, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral("docker"), args);
    Output o;
    if (!p.waitForStarted(10000)) {
        o.err = "docker CLI not found";
        return o;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        o.err = "docker " + args.join(u' ').toUtf8() + " timed out";
        return o;
    }
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = p.readAllStandardOutput();
    o.err = p.readAllStandardError();
    return o;
}
