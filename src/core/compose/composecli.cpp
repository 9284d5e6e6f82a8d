#include "composecli.h"

#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <optional>

namespace artgen::core {

namespace {
// `docker compose version` answers from the plugin alone (no daemon involved), so anything
// slower than this is a broken docker CLI and counts as "no plugin".
constexpr int kProbeTimeoutMs = 10000;
} // namespace

ComposeCli::ComposeCli(QString program, QStringList leadingArgs, Flavor flavor)
    : m_program(std::move(program)), m_leadingArgs(std::move(leadingArgs)), m_flavor(flavor)
{}

QStringList ComposeCli::arguments(const QStringList& args) const
{
    return m_leadingArgs + args;
}

QString ComposeCli::displayName() const
{
    QStringList parts{QFileInfo(m_program).fileName()};
    parts += m_leadingArgs;
    return parts.join(u' ');
}

void ComposeCli::prepareEnvironment(QProcessEnvironment& env) const
{
    if (m_flavor != Flavor::Standalone)
        return;
    // v1 hands builds to `docker build` by default, and a current docker CLI without buildx
    // cannot do them; docker-py's classic build API can (scripts/stack.sh does the same). An
    // admin's own setting wins. A standalone v2 ignores the variable.
    if (!env.contains(QStringLiteral("COMPOSE_DOCKER_CLI_BUILD")))
        env.insert(QStringLiteral("COMPOSE_DOCKER_CLI_BUILD"), QStringLiteral("0"));
    // v1 is Python: without a terminal its stdout (build steps, for one) would arrive in 8 KiB
    // blocks instead of line by line.
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
}

Result<ComposeCli> ComposeCli::detect()
{
    static QMutex mutex;
    static std::optional<ComposeCli> cached;
    // Held while probing, so jobs started together probe once.
    QMutexLocker lock(&mutex);
    if (cached)
        return *cached;
    auto found = probe();
    if (found)
        cached = *found;
    return found;
}

Result<ComposeCli> ComposeCli::probe()
{
    const QString docker = QStandardPaths::findExecutable(QStringLiteral("docker"));
    if (!docker.isEmpty()) {
        QProcess p;
        p.setStandardInputFile(QProcess::nullDevice());
        p.setStandardOutputFile(QProcess::nullDevice());
        p.setStandardErrorFile(QProcess::nullDevice());
        p.start(docker, {QStringLiteral("compose"), QStringLiteral("version")});
        if (p.waitForFinished(kProbeTimeoutMs) && p.exitStatus() == QProcess::NormalExit &&
            p.exitCode() == 0)
            return ComposeCli(docker, {QStringLiteral("compose")}, Flavor::Plugin);
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
        }
    }
    const QString standalone = QStandardPaths::findExecutable(QStringLiteral("docker-compose"));
    if (!standalone.isEmpty())
        return ComposeCli(standalone, {}, Flavor::Standalone);
    // Unreachable rather than NotFound: for the caller this is "compose cannot be reached",
    // like a stopped daemon (artgenctl exits 2 for both).
    return fail(Error(Error::Code::Unreachable, tr("Docker Compose is not installed."),
                      tr("Neither “docker compose” (the Compose plugin of the docker CLI) nor "
                         "“docker-compose” was found on PATH."),
                      tr("Install the Compose plugin (package docker-compose-plugin) or "
                         "docker-compose (apt-get install docker-compose), then try again.")));
}

} // namespace artgen::core
