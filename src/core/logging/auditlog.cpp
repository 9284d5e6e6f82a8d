#include "auditlog.h"

#include "auditreader.h"
#include "categories.h"
#include "secretredactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>
#include <QStandardPaths>
#include <pwd.h>
#include <unistd.h>

namespace artgen::core {

namespace {
QMutex g_mutex;
QString g_path;
LogRotation g_rotation(AuditLog::kMaxBytes, AuditLog::kKeep);

QString userName()
{
    // From the password database: $USER is often unset under systemd or cron.
    if (const passwd* pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}
} // namespace

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/artgen/audit.jsonl");
}

void AuditLog::setPath(const QString& path)
{
    QMutexLocker lock(&g_mutex);
    g_path = path;
}

void AuditLog::setRotation(const LogRotation& rotation)
{
    QMutexLocker lock(&g_mutex);
    g_rotation = rotation;
}

QString AuditLog::path()
{
    QMutexLocker lock(&g_mutex);
    return g_path.isEmpty() ? defaultPath() : g_path;
}

void AuditLog::record(const QString& profile, const QString& action, const QString& target,
                      const QString& outcome, const QJsonObject& details)
{
    const AuditReader::Entry entry{
        QDateTime::currentDateTimeUtc(), userName(), profile, action, target, outcome, details};
    const QString line = SecretRedactor::global()->redact(
        QString::fromUtf8(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact)));
    QMutexLocker lock(&g_mutex);
    const QString path = g_path.isEmpty() ? defaultPath() : g_path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray bytes = line.toUtf8() + '\n';
    g_rotation.beforeAppend(path, bytes.size());
    QFile f(path);
    // Append-only, one write per line: lines from the panel and artgenctl never interleave.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(bytes) < 0)
        qCWarning(lcCore) << "audit log not written:" << path << f.errorString();
}

} // namespace artgen::core
