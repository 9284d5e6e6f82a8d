#include "stackfixture.h"

#include "stackconfig/stacklocator.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkRequest>
#include <QProcess>
#include <QThread>
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
    return run(QStringLiteral("docker"), args, timeoutMs, QProcessEnvironment::systemEnvironment());
}

QMap<QString, QString> StackFixture::demoImages()
{
    QMap<QString, QString> ids;
    const auto o = docker(
        {QStringLiteral("images"), QStringLiteral("--no-trunc"), QStringLiteral("--format"),
         QStringLiteral("{{.Repository}}:{{.Tag}} {{.ID}}"), QStringLiteral("artgen-demo/*")});
    for (const QByteArray& line : o.out.split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2)
            ids.insert(QString::fromUtf8(parts.at(0)), QString::fromUtf8(parts.at(1)));
    }
    return ids;
}

QStringList StackFixture::tagBack(const QMap<QString, QString>& before)
{
    QStringList movedTo;
    const QMap<QString, QString> now = demoImages();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (now.value(it.key()) != it.value()) {
            docker({QStringLiteral("tag"), it.value(), it.key()});
            movedTo << now.value(it.key());
        }
    return movedTo;
}

QString StackFixture::mountedElsewhere() const
{
    const QString format = QStringLiteral(
        "{{range .Mounts}}{{if eq .Destination \"/etc/nginx/conf.d/default.conf\"}}{{.Source}}"
        "{{end}}{{end}}");
    const QString mounted =
        QString::fromUtf8(docker({QStringLiteral("inspect"), QStringLiteral("-f"), format,
                                  m_profile.containers.value(QStringLiteral("frontend"))})
                              .out)
            .trimmed();
    const QString ours =
        QFileInfo(m_profile.stackDir + QStringLiteral("/nginx-docker.conf")).canonicalFilePath();
    if (QFileInfo(mounted).canonicalFilePath() == ours)
        return {};
    return QStringLiteral("the frontend mounts %1, not this profile's %2: set ARTGEN_DEMO_STACK "
                          "to the stack folder the running containers use")
        .arg(mounted, ours);
}

StackFixture::Output StackFixture::artgenctl(const QStringList& args, const QString& config,
                                             int timeoutMs, const QString& dataHome) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ARTGEN_CONFIG"), config);
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    if (!dataHome.isEmpty())
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    return run(QStringLiteral(ARTGEN_TEST_BINARY_DIR "/src/cli/artgenctl"),
               QStringList{QStringLiteral("--stack-dir"), m_profile.stackDir} + args, timeoutMs,
               env);
}

QStringList StackFixture::notHealthy(const artgen::core::Profile& profile, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QStringList bad;
    do {
        bad.clear();
        for (const QString& c : profile.containers) {
            const QString state =
                QString::fromUtf8(docker({QStringLiteral("inspect"), QStringLiteral("-f"),
                                          QStringLiteral("{{.State.Status}}/{{if .State.Health}}{{"
                                                         ".State.Health.Status}}{{end}}"),
                                          c})
                                      .out)
                    .trimmed();
            if (state != u"running/healthy")
                bad << c + u'=' + (state.isEmpty() ? QStringLiteral("missing") : state);
        }
        if (bad.isEmpty())
            return bad;
        QThread::msleep(500);
    } while (!deadline.hasExpired());
    return bad;
}

bool StackFixture::startLabelledContainer(const QString& name, const QString& service,
                                          const QStringList& lines, QString* error) const
{
    removeContainer(name);
    const Output started = docker(
        QStringList{
            QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--rm"),
            QStringLiteral("--name"), name, QStringLiteral("--label"),
            QStringLiteral("com.docker.compose.project=") + m_profile.projectName,
            QStringLiteral("--label"), QStringLiteral("com.docker.compose.service=") + service,
            QStringLiteral("artgen-demo/base:latest"), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("printf '%s\\n' \"$@\"; exec sleep 900"), QStringLiteral("sh")} +
        lines);
    if (started.exitCode != 0) {
        *error = QStringLiteral("docker run failed: ") + QString::fromUtf8(started.err);
        return false;
    }
    // `docker run -d` returns once the container started, not once it printed.
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        const Output log = docker({QStringLiteral("logs"), name});
        if (log.exitCode == 0 && log.out.contains(lines.last().toUtf8()))
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("%1 did not print its lines within 30 s").arg(name);
    removeContainer(name);
    return false;
}

void StackFixture::removeContainer(const QString& name)
{
    docker({QStringLiteral("rm"), QStringLiteral("-f"), name});
    // With --rm the daemon may be removing it already (rm then fails): wait until it is gone.
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && docker({QStringLiteral("inspect"), QStringLiteral("--type"),
                                             QStringLiteral("container"), name})
                                             .exitCode == 0)
        QThread::msleep(100);
}

StackFixture::Output StackFixture::run(const QString& program, const QStringList& args,
                                       int timeoutMs, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Output o;
    if (!p.waitForStarted(10000)) {
        o.err = program.toUtf8() + " not found";
        return o;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        o.err = program.toUtf8() + ' ' + args.join(u' ').toUtf8() + " timed out";
        return o;
    }
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = p.readAllStandardOutput();
    o.err = p.readAllStandardError();
    return o;
}
