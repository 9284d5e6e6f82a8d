#include "profile.h"

#include "stackconfig/envfile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace artgen::core {

QString Profile::backupFolder() const
{
    if (!backupDir.isEmpty())
        return backupDir;
    QString safeName = name;
    safeName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/artgen/backups/") + safeName;
}

QStringList Profile::serviceNames()
{
    return {QStringLiteral("backend"), QStringLiteral("celery"), QStringLiteral("postgres"),
            QStringLiteral("redis"), QStringLiteral("frontend")};
}

QMap<QString, QString> Profile::defaultContainers()
{
    QMap<QString, QString> map;
    for (const QString& service : serviceNames())
        map.insert(service, QStringLiteral("art_generation_") + service);
    return map;
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

} // namespace artgen::core
