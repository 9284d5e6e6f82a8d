#include "dockercontexts.h"

#include "dockerendpoint.h"
#include "logging/categories.h"
#include "settings/profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace artgen::core {

namespace {

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    // meta.json and config.json are a few hundred bytes; a huge one is not the CLI's.
    constexpr qint64 kMaxBytes = 1 << 20;
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxBytes)
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

QString DockerContexts::configDir()
{
    const QString env = qEnvironmentVariable("DOCKER_CONFIG");
    return env.isEmpty() ? QDir::homePath() + QStringLiteral("/.docker") : env;
}

QString DockerContexts::currentName(const QString& configDir)
{
    const QString fromEnv = qEnvironmentVariable("DOCKER_CONTEXT");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString fromFile = readJson(configDir + QStringLiteral("/config.json"))
                                 .value(QStringLiteral("currentContext"))
                                 .toString();
    return fromFile.isEmpty() ? QStringLiteral("default") : fromFile;
}

std::optional<DockerContexts::Context> DockerContexts::readMeta(const QString& metaFile,
                                                                const QString& tlsRoot)
{
    const QJsonObject meta = readJson(metaFile);
    const QJsonObject docker = meta.value(QStringLiteral("Endpoints"))
                                   .toObject()
                                   .value(QStringLiteral("docker"))
                                   .toObject();
    Context c;
    c.name = meta.value(QStringLiteral("Name")).toString();
    c.host = docker.value(QStringLiteral("Host")).toString();
    if (c.name.isEmpty() || c.host.isEmpty())
        return std::nullopt;
    c.description = meta.value(QStringLiteral("Metadata"))
                        .toObject()
                        .value(QStringLiteral("Description"))
                        .toString();
    c.skipTlsVerify = docker.value(QStringLiteral("SkipTLSVerify")).toBool();
    // The CLI keeps the files under the same digest folder as the meta.json.
    const QDir tls(tlsRoot + u'/' + QFileInfo(metaFile).dir().dirName() +
                   QStringLiteral("/docker"));
    const auto file = [&tls](const char* name) {
        const QString path = tls.filePath(QString::fromLatin1(name));
        return QFileInfo(path).isFile() ? path : QString();
    };
    c.caFile = file("ca.pem");
    c.certFile = file("cert.pem");
    c.keyFile = file("key.pem");
    return c;
}

Result<QList<DockerContexts::Context>> DockerContexts::list(const QString& configDir)
{
    const QString current = currentName(configDir);
    Context fallback;
    fallback.name = QStringLiteral("default");
    fallback.description = tr("Current DOCKER_HOST based configuration");
    fallback.host = DockerEndpoint::fromEnvironment().toString();
    QList<Context> out{fallback};
    const QDir meta(configDir + QStringLiteral("/contexts/meta"));
    if (meta.exists() && !meta.isReadable())
        return fail(Error(Error::Code::PermissionDenied,
                          tr("The Docker contexts in %1 cannot be read.").arg(meta.path()),
                          tr("The folder is not readable for this user."),
                          tr("Run the panel as the user who created the contexts.")));
    const QString tlsRoot = configDir + QStringLiteral("/contexts/tls");
    for (const QString& digest : meta.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString file = meta.filePath(digest + QStringLiteral("/meta.json"));
        if (auto c = readMeta(file, tlsRoot))
            out << *c;
        else
            qCWarning(lcCore) << "skipping unreadable docker context" << file;
    }
    std::sort(out.begin() + 1, out.end(),
              [](const Context& a, const Context& b) { return a.name < b.name; });
    for (Context& c : out)
        c.current = c.name == current;
    return out;
}

void DockerContexts::applyTo(const Context& context, Profile& profile)
{
    // "default" is whatever DOCKER_HOST says when the panel starts, as for the docker CLI.
    profile.dockerHost = context.name == QStringLiteral("default") ? QString() : context.host;
    const bool tls = !context.skipTlsVerify && !context.caFile.isEmpty() &&
                     !context.certFile.isEmpty() && !context.keyFile.isEmpty() &&
                     context.host.startsWith(QStringLiteral("tcp://"));
    profile.dockerTlsCa = tls ? context.caFile : QString();
    profile.dockerTlsCert = tls ? context.certFile : QString();
    profile.dockerTlsKey = tls ? context.keyFile : QString();
}

} // namespace artgen::core
