#include "auditlog.h"

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

void AuditLog::record(const QString& profile, const QString& action, const QString& target,
                      const QString& outcome, const QJsonObject& details)
{
    QJsonObject o{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("user"), userName()},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("action"), action},
        {QStringLiteral("target"), target},
        {QStringLiteral("outcome"), outcome}};
    if (!details.isEmpty())
        o.insert(QStringLiteral("details"), details);
    const QString line = SecretRedactor::global()->redact(
        QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    QMutexLocker lock(&g_mutex);
    const QString path = g_path.isEmpty() ? defaultPath() : g_path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    // Append-only, one write per line: lines from the panel and artgenctl never interleave.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(line.toUtf8() + '\n') < 0)
        qCWarning(lcCore) << "audit log not written:" << path << f.errorString();
}

} // namespace artgen::core
