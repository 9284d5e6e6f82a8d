#include "configvalidator.h"

#include "compose/composecli.h"
#include "configkey.h"
#include "docker/containermap.h"
#include "docker/dockerclient.h"
#include "docker/stdinexec.h"
#include "docker/throwawaycontainer.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryFile>

namespace artgen::core {

namespace {

// Runs in the frontend's image. Mirrors the nginx configuration folder in a temporary folder
// (symlinks to every entry), with the folder that holds the mounted file copied as links too
// and the file itself replaced by the candidate (stdin), and nginx.conf rewritten to point into
// the mirror — so `nginx -t` loads the candidate exactly where the real file sits, with the
// image's own nginx.conf, mime.types and other server files. Prints the mirror's path first.
constexpr const char* kNginxScript = R"sh(set -e
target="$1"; conf=/etc/nginx/nginx.conf; etc=/etc/nginx
d=$(mktemp -d /tmp/artgen-nginx-test.XXXXXX)
trap 'rm -rf "$d"' EXIT
echo "$d"
for f in "$etc"/*; do ln -s "$f" "$d/"; done
sub=$(dirname "$target"); rel=${sub#"$etc"/}
case "$rel" in
  */*|"$sub") echo "$target is not one folder below $etc" >&2; exit 3;;
esac
rm -f "$d/$rel" "$d/nginx.conf"; mkdir "$d/$rel"
for f in "$sub"/*; do if [ -e "$f" ]; then ln -s "$f" "$d/$rel/"; fi; done
rm -f "$d/$rel/$(basename "$target")"
cat > "$d/$rel/$(basename "$target")"
sed "s#$etc/#$d/#g" "$conf" > "$d/nginx.conf"
nginx -t -c "$d/nginx.conf"
)sh";

} // namespace

ConfigValidator::ConfigValidator(DockerClient* docker, Profile profile, Sink sink)
    : m_docker(docker), m_profile(std::move(profile)), m_sink(std::move(sink))
{}

Status ConfigValidator::validate(const ConfigApplyPlan& plan)
{
    for (const auto& file : plan.files()) {
        Status ok;
        if (file.path == ConfigKey::path(ConfigKey::File::Nginx))
            ok = nginx(file.after);
        else if (file.path == ConfigKey::path(ConfigKey::File::Compose))
            ok = compose(file.after);
        else if (file.path.endsWith(u".py"))
            ok = python(file.path, file.after);
        else
            m_sink(tr("%1: checked with the nginx file that includes it.").arg(file.path));
        if (!ok)
            return ok;
    }
    return {};
}

Error ConfigValidator::failed(const QString& what, const QString& path) const
{
    return Error(Error::Code::InvalidInput, tr("The new %1 does not pass %2.").arg(path, what),
                 tr("Its output is above."),
                 tr("Nothing was written. Correct the value and apply again."));
}

void ConfigValidator::show(const QByteArray& output, const QList<QPair<QString, QString>>& names)
{
    for (const QByteArray& raw : output.split('\n')) {
        QString line = QString::fromUtf8(raw).trimmed();
        for (const auto& [from, to] : names)
            if (!from.isEmpty())
                line.replace(from, to);
        if (!line.isEmpty())
            m_sink(line);
    }
}

QString ConfigValidator::nginxMountTarget()
{
    const QString file =
        QFileInfo(QDir(m_profile.stackDir).filePath(ConfigKey::path(ConfigKey::File::Nginx)))
            .canonicalFilePath();
    const QString container = ContainerMap(m_profile).container(StackRole::Frontend);
    const auto inspected = m_docker->inspection(container).result();
    if (inspected)
        for (const auto& m : inspected->mounts)
            if (m.type == u"bind" && QFileInfo(m.source).canonicalFilePath() == file)
                return m.destination;
    return QStringLiteral("/etc/nginx/conf.d/default.conf");
}

Result<ExecResult> ConfigValidator::runIn(StackRole role, const QStringList& cmd,
                                          const QByteArray& input)
{
    const QString container = ContainerMap(m_profile).container(role);
    const auto inspected = m_docker->inspection(container).result();
    if (inspected && inspected->state == u"running")
        return StdinExec::run(m_docker, container, cmd, input);
    if (!inspected && inspected.error().code() != Error::Code::NotFound)
        return fail(inspected.error()); // Docker itself did not answer: its own sentence says why
    if (!inspected)
        return fail(
            Error(inspected.error().code(),
                  tr("Cannot check the file: the container %1 is not there.").arg(container),
                  inspected.error().message(),
                  tr("Start the stack, or apply with --no-validate to skip the check.")));
    m_sink(tr("%1 is not running: checking in a throw-away container of %2.")
               .arg(container, inspected->image));
    const auto box = ThrowAwayContainer::start(m_docker, inspected->image);
    if (!box)
        return fail(box.error());
    return StdinExec::run(m_docker, (*box)->id(), cmd, input);
}

Status ConfigValidator::nginx(const QByteArray& candidate)
{
    const QString path = ConfigKey::path(ConfigKey::File::Nginx);
    const QString target = nginxMountTarget();
    m_sink(tr("nginx -t on the new %1 (as %2):").arg(path, target));
    const auto run = runIn(StackRole::Frontend,
                           {QStringLiteral("sh"), QStringLiteral("-c"),
                            QString::fromLatin1(kNginxScript), QStringLiteral("sh"), target},
                           candidate);
    if (!run)
        return fail(run.error());
    // The mirror's path means nothing to the user: show the stack's file name instead.
    const QString mirror = QString::fromUtf8(run->out.split('\n').value(0)).trimmed();
    const QString inMirror = mirror + target.mid(QStringLiteral("/etc/nginx").size());
    show(run->err, {{inMirror, path}, {mirror + u'/', QStringLiteral("/etc/nginx/")}});
    if (run->exitCode != 0)
        return fail(failed(QStringLiteral("nginx -t"), path));
    return {};
}

Status ConfigValidator::compose(const QByteArray& candidate)
{
    const QString path = ConfigKey::path(ConfigKey::File::Compose);
    const auto cli = ComposeCli::detect();
    if (!cli)
        return fail(cli.error());
    QTemporaryFile copy(m_profile.composeDir() + QStringLiteral("/.artgen-candidate-XXXXXX.yml"));
    if (!copy.open() || copy.write(candidate) != candidate.size() || !copy.flush())
        return fail(Error(Error::Code::Io, tr("Cannot write a temporary copy of %1.").arg(path),
                          copy.errorString(), tr("Check that the folder is writable.")));
    const QStringList args = {QStringLiteral("-p"),     m_profile.projectName,
                              QStringLiteral("-f"),     QFileInfo(copy.fileName()).fileName(),
                              QStringLiteral("config"), QStringLiteral("-q")};
    m_sink(tr("%1 %2 on the new %3:").arg(cli->displayName(), QStringLiteral("config -q"), path));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_profile.dockerHost.isEmpty())
        env.insert(QStringLiteral("DOCKER_HOST"), m_profile.dockerHost);
    cli->prepareEnvironment(env);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_profile.composeDir());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(cli->program(), cli->arguments(args));
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished(5000);
        return fail(Error(Error::Code::ProcessFailed,
                          tr("%1 config did not finish.").arg(cli->displayName()),
                          process.errorString(), tr("Nothing was written. Try again.")));
    }
    show(process.readAll(), {{QFileInfo(copy.fileName()).fileName(), path}});
    if (process.exitCode() != 0)
        return fail(failed(cli->displayName() + QStringLiteral(" config -q"), path));
    m_sink(tr("%1: the compose file is valid.").arg(path));
    return {};
}

Status ConfigValidator::python(const QString& path, const QByteArray& candidate)
{
    m_sink(tr("Python compile of the new %1:").arg(path));
    // compile() rather than py_compile: the source arrives on stdin and no .pyc is written.
    const auto run = runIn(
        StackRole::Backend,
        {QStringLiteral("python3"), QStringLiteral("-c"),
         QStringLiteral("import sys; compile(sys.stdin.buffer.read(), sys.argv[1], 'exec')"), path},
        candidate);
    if (!run)
        return fail(run.error());
    show(run->out);
    show(run->err);
    if (run->exitCode != 0)
        return fail(failed(tr("a Python compile"), path));
    m_sink(tr("%1: compiles.").arg(path));
    return {};
}

} // namespace artgen::core
