#include "profile.h"

#include "backup/backupformats.h"
#include "docker/dockerendpoint.h"
#include "stackconfig/envfile.h"
#include "stackconfig/stacklocator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>

namespace artgen::core {

QString Profile::folderNameFor(const QString& name)
{
    // Letters and digits of any script stay readable; so do '.', '_' and '-'. Anything else
    // (path separators, spaces, control characters, symbols, lone surrogates) becomes '_'.
    QString clean;
    clean.reserve(name.size());
    for (const char32_t c : name.toUcs4()) {
        if (QChar::isLetterOrNumber(c) || c == U'.' || c == U'_' || c == U'-')
            clean += QString::fromUcs4(&c, 1);
        else
            clean += u'_';
    }
    // Never ".", ".." or a hidden folder.
    for (qsizetype i = 0; i < clean.size() && clean.at(i) == u'.'; ++i)
        clean[i] = u'_';
    // Well below the file systems' 255 bytes per name, even in UTF-8 and with the digest.
    constexpr qsizetype kMaxChars = 64;
    if (clean.size() > kMaxChars) {
        clean.truncate(kMaxChars);
        if (clean.back().isHighSurrogate())
            clean.chop(1);
    }
    if (!clean.isEmpty() && clean == name)
        return clean;
    // Cleaning changed the name (or left nothing): a stable digest of the original makes it
    // unique, so "a/b", "a b" and "a_b" — or two names in another script — never share a folder.
    const QByteArray digest =
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return (clean.isEmpty() ? QStringLiteral("_") : clean) + u'-' + QString::fromLatin1(digest);
}

QString Profile::backupFolder() const
{
    if (!backupDir.isEmpty())
        return backupDir;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/artgen/backups/") + folderNameFor(name);
}

Profile Profile::fromStackDir(const QString& dir, const QString& name)
{
    Profile p;
    p.stackDir = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    p.name = name.isEmpty() ? QFileInfo(p.stackDir).fileName() : name;
    p.projectName = QStringLiteral("art_generation");
    p.containers = defaultContainers();
    QString port = QStringLiteral("80");
    for (const QString& candidate :
         QStringList{p.envFile(), p.composeDir() + QStringLiteral("/.env.example")}) {
        const auto env = EnvFile::load(candidate);
        if (!env)
            continue;
        p.projectName = env->value(QStringLiteral("COMPOSE_PROJECT_NAME"), p.projectName);
        port = env->value(QStringLiteral("FRONTEND_PORT"), port);
        break;
    }
    p.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    return p;
}

QString Profile::composeDir() const
{
    return stackDir + QStringLiteral("/Docker_all");
}

QString Profile::composeFile() const
{
    return composeDir() + QStringLiteral("/docker-compose.yml");
}

QString Profile::envFile() const
{
    return composeDir() + QStringLiteral("/.env");
}

QString Profile::validate(const QList<Profile>& others) const
{
    if (name.isEmpty())
        return tr("A profile needs a name.");
    const auto sameName = [this](const Profile& o) {
        return o.name == name;
    };
    if (std::any_of(others.cbegin(), others.cend(), sameName))
        return tr("Another profile is already called “%1”.").arg(name);
    if (!StackLocator::looksLikeStackDir(stackDir))
        return tr("No Docker_all/docker-compose.yml in “%1”. Choose the folder that holds "
                  "Docker_all/.")
            .arg(stackDir);
    if (projectName.isEmpty())
        return tr("The compose project name is empty (the demo stack uses art_generation).");
    if (!apiBaseUrl.isValid() || apiBaseUrl.host().isEmpty() ||
        !apiBaseUrl.scheme().startsWith(QStringLiteral("http")))
        return tr("The API base URL must look like http://HOST:PORT.");
    if (const auto ep = DockerEndpoint::parse(dockerHost); !ep)
        return ep.error().message();
    if (const QString tls = validateTls(); !tls.isEmpty())
        return tls;
    if (const QString pg = validateAddress(postgresAddress, true); !pg.isEmpty())
        return tr("PostgreSQL address: %1").arg(pg);
    if (const QString redis = validateAddress(redisAddress, false); !redis.isEmpty())
        return tr("Redis address: %1").arg(redis);
    for (auto it = containers.cbegin(); it != containers.cend(); ++it)
        if (it.value().isEmpty())
            return tr("The container name for “%1” is empty.").arg(it.key());
    if (!backupDir.isEmpty()) {
        if (!QDir::isAbsolutePath(backupDir))
            return tr("The backup folder must be a full path, like /var/backups/artgen.");
        const QString stack = QDir::cleanPath(stackDir);
        if (backupDir == stack || backupDir.startsWith(stack + QLatin1Char('/')))
            return tr("The backup folder is inside the stack folder: compose builds would send "
                      "every backup to Docker. Choose a folder outside %1.")
                .arg(stack);
    }
    if (!BackupFormats::fromName(backupFormat))
        return tr("Choose a backup format.");
    return {};
}

Result<DockerEndpoint> Profile::endpoint() const
{
    auto ep = DockerEndpoint::parse(dockerHost);
    if (ep && ep->kind() == DockerEndpoint::Kind::Tcp && hasTlsFiles())
        ep->setTlsFiles(dockerTlsCa, dockerTlsCert, dockerTlsKey);
    return ep;
}

QString Profile::validateTls() const
{
    if (!hasTlsFiles())
        return {};
    if (!dockerHost.trimmed().startsWith(QStringLiteral("tcp://")))
        return tr("TLS certificates are only used with a tcp:// Docker host.");
    const std::pair<QString, QString> files[] = {{tr("CA certificate"), dockerTlsCa},
                                                 {tr("client certificate"), dockerTlsCert},
                                                 {tr("client key"), dockerTlsKey}};
    for (const auto& [what, path] : files) {
        if (path.isEmpty())
            return tr("The TLS %1 file is not set: a tcp:// host with TLS needs the CA, the "
                      "client certificate and its key.")
                .arg(what);
        if (!QFileInfo(path).isFile())
            return tr("The TLS %1 file %2 does not exist.").arg(what, path);
    }
    return {};
}

QString Profile::validateAddress(const QString& address, bool containerAllowed)
{
    if (address.isEmpty())
        return {};
    if (address == QLatin1String(kThroughContainer))
        return containerAllowed ? QString() : tr("only HOST:PORT is possible here.");
    const auto hostPort = splitAddress(address);
    if (!hostPort)
        return tr("“%1” is not HOST:PORT.").arg(address);
    return {};
}

std::optional<std::pair<QString, quint16>> Profile::splitAddress(const QString& address)
{
    const qsizetype colon = address.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const uint port = address.mid(colon + 1).toUInt(&ok);
    QString host = address.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (!ok || port == 0 || port > 65535 || host.isEmpty() || host.contains(u' '))
        return std::nullopt;
    return std::pair{host, quint16(port)};
}

} // namespace artgen::core
