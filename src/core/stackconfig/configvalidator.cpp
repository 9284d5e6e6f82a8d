#include "configvalidator.h"

#include "compose/composecli.h"
#include "configkey.h"
#include "docker/containermap.h"
#include "docker/dockerclient.h"
#include "docker/stdinexec.h"
#include "docker/throwawaycontainer.h"
#include "nginxincludes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryFile>

namespace artgen::core {

namespace {

// Runs in the frontend's image. Mirrors the nginx configuration folder in a temporary folder
// (symlinks to every entry) and, from stdin, writes the candidate files into it: records of
// "<size> <path below /etc/nginx>\n" and the file's bytes, the nginx file first (its path the
// volume's target) and then the files it includes. A folder a file goes into is made a real
// folder of links first, so nothing is ever written into the image's own folders. /etc/nginx/
// in nginx.conf and in the candidates points into the mirror — so `nginx -t` loads the
// candidates exactly where the real files sit, with the image's own nginx.conf, mime.types and
// other server files. Prints the mirror's path first.
constexpr const char* kNginxScript = R"sh(set -e
target="$1"; conf=/etc/nginx/nginx.conf; etc=/etc/nginx
case "$target" in
  "$etc"/*) ;;
  *) echo "$target is not below $etc" >&2; exit 3;;
esac
d=$(mktemp -d /tmp/artgen-nginx-test.XXXXXX)
trap 'rm -rf "$d"' EXIT
echo "$d"
for f in "$etc"/*; do ln -s "$f" "$d/"; done
own() {
  p="$d"; o="$etc"; rest="$1"
  while [ -n "$rest" ]; do
    c=${rest%%/*}
    if [ "$c" = "$rest" ]; then rest=; else rest=${rest#*/}; fi
    p="$p/$c"; o="$o/$c"
    if [ -L "$p" ]; then
      rm -f "$p"; mkdir "$p"
      for f in "$o"/*; do if [ -e "$f" ]; then ln -s "$f" "$p/"; fi; done
    elif [ ! -d "$p" ]; then
      mkdir "$p"
    fi
  done
}
rm -f "$d/nginx.conf"
sed "s#$etc/#$d/#g" "$conf" > "$d/nginx.conf"
while read -r size name; do
  [ -n "$name" ] || break
  case "$name" in
    /*|../*|*/../*) echo "$name is not below $etc" >&2; exit 3;;
  esac
  sub=$(dirname "$name")
  if [ "$sub" != . ]; then own "$sub"; fi
  rm -f "$d/$name"
  head -c "$size" | sed "s#$etc/#$d/#g" > "$d/$name"
done
nginx -t -c "$d/nginx.conf"
)sh";

QByteArray record(const QString& name, const QByteArray& bytes)
{
    return QByteArray::number(bytes.size()) + ' ' + name.toUtf8() + '\n' + bytes;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

ConfigValidator::ConfigValidator(DockerClient* docker, Profile profile, Sink sink)
    : m_docker(docker), m_profile(std::move(profile)), m_sink(std::move(sink))
{}

QStringList ConfigValidator::nginxFiles(const ConfigApplyPlan& plan) const
{
    const QString main = ConfigKey::path(ConfigKey::File::Nginx);
    QStringList out{main};
    out << NginxIncludes::resolve(m_profile.stackDir, main, candidates(plan));
    return out;
}

QHash<QString, QByteArray> ConfigValidator::candidates(const ConfigApplyPlan& plan)
{
    QHash<QString, QByteArray> out;
    for (const auto& file : plan.files())
        out.insert(file.path, file.after);
    return out;
}

Status ConfigValidator::validate(const ConfigApplyPlan& plan)
{
    // A file the nginx file includes is nginx's configuration too: one nginx -t for them all.
    const QStringList nginxConfig = nginxFiles(plan);
    bool nginxTested = false;
    for (const auto& file : plan.files()) {
        Status ok;
        if (nginxConfig.contains(file.path)) {
            if (nginxTested)
                continue;
            nginxTested = true;
            ok = nginx(candidates(plan), nginxConfig.mid(1));
        } else if (file.path == ConfigKey::path(ConfigKey::File::Compose)) {
            ok = compose(file.after);
        } else if (file.path.endsWith(u".py")) {
            ok = python(file.path, file.after);
        } else {
            m_sink(tr("%1: no check applies (the nginx file does not include it).").arg(file.path));
        }
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
    const QHash<QString, QByteArray> candidates{{path, candidate}};
    return nginx(candidates, NginxIncludes::resolve(m_profile.stackDir, path, candidates));
}

Status ConfigValidator::nginx(const QHash<QString, QByteArray>& candidates,
                              const QStringList& included)
{
    const QString path = ConfigKey::path(ConfigKey::File::Nginx);
    const QString target = nginxMountTarget();
    const QString folder = QString::fromLatin1(NginxIncludes::kConfigFolder);
    const auto bytes = [&](const QString& file) {
        return candidates.contains(file) ? candidates.value(file)
                                         : fileBytes(QDir(m_profile.stackDir).filePath(file));
    };
    // Each file by the name it has below the mirror, and the name the user knows it by.
    QList<QPair<QString, QString>> names{{target.mid(folder.size()), path}};
    QByteArray input = record(names.first().first, bytes(path));
    for (const QString& file : included) {
        names.append({NginxIncludes::configRelative(path, file), file});
        input += record(names.last().first, bytes(file));
    }
    if (included.isEmpty())
        m_sink(tr("nginx -t on the new %1 (as %2):").arg(path, target));
    else
        m_sink(tr("nginx -t on %1 (as %2) and the files it includes: %3")
                   .arg(path, target, included.join(QStringLiteral(", "))));
    const auto run = runIn(StackRole::Frontend,
                           {QStringLiteral("sh"), QStringLiteral("-c"),
                            QString::fromLatin1(kNginxScript), QStringLiteral("sh"), target},
                           input);
    if (!run)
        return fail(run.error());
    // The mirror's paths mean nothing to the user: show the stack's file names instead.
    const QString mirror = QString::fromUtf8(run->out.split('\n').value(0)).trimmed();
    QList<QPair<QString, QString>> shown;
    for (const auto& [inMirror, file] : names)
        shown.append({mirror + u'/' + inMirror, file});
    shown.append({mirror + u'/', folder});
    show(run->err, shown);
    if (run->exitCode != 0) {
        // Named by the files that change: those the user can correct.
        QStringList changed;
        for (const auto& [inMirror, file] : names)
            if (candidates.contains(file))
                changed << file;
        return fail(failed(QStringLiteral("nginx -t"), changed.join(QStringLiteral(", "))));
    }
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
