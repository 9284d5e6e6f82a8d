#include "backupmanifest.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace artgen::core {

namespace {
constexpr int kManifestVersion = 1;
}

QString BackupManifest::pathFor(const QString& backupPath)
{
    return backupPath + QStringLiteral(".manifest.json");
}

QJsonObject BackupManifest::toJson() const
{
    QJsonObject tables;
    for (auto it = tableRows.cbegin(); it != tableRows.cend(); ++it)
        tables.insert(it.key(), double(it.value()));
    return QJsonObject{
        {QStringLiteral("manifestVersion"), kManifestVersion},
        {QStringLiteral("file"), fileName},
        {QStringLiteral("database"), database},
        {QStringLiteral("user"), user},
        {QStringLiteral("container"), container},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("serverVersion"), serverVersion},
        {QStringLiteral("format"), BackupFormats::name(format)},
        {QStringLiteral("sizeBytes"), double(sizeBytes)},
        {QStringLiteral("rawBytes"), double(rawBytes)},
        {QStringLiteral("databaseBytes"), double(databaseBytes)},
        {QStringLiteral("sha256"), QString::fromLatin1(sha256)},
        {QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("durationMs"), double(durationMs)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("tables"), tables},
    };
}

Result<BackupManifest> BackupManifest::fromJson(const QJsonObject& o)
{
    BackupManifest m;
    const auto format = BackupFormats::fromName(o.value(QStringLiteral("format")).toString());
    m.sha256 = o.value(QStringLiteral("sha256")).toString().toLatin1();
    if (!format || m.sha256.size() != 64 || o.value(QStringLiteral("manifestVersion")).toInt() < 1)
        return fail(Error(Error::Code::InvalidInput, tr("The backup manifest is not valid."),
                          tr("It lacks the format or the checksum.")));
    m.format = *format;
    m.fileName = o.value(QStringLiteral("file")).toString();
    m.database = o.value(QStringLiteral("database")).toString();
    m.user = o.value(QStringLiteral("user")).toString();
    m.container = o.value(QStringLiteral("container")).toString();
    m.profile = o.value(QStringLiteral("profile")).toString();
    m.serverVersion = o.value(QStringLiteral("serverVersion")).toString();
    m.sizeBytes = qint64(o.value(QStringLiteral("sizeBytes")).toDouble());
    m.rawBytes = qint64(o.value(QStringLiteral("rawBytes")).toDouble());
    m.databaseBytes = qint64(o.value(QStringLiteral("databaseBytes")).toDouble());
    m.startedAt =
        QDateTime::fromString(o.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    m.durationMs = qint64(o.value(QStringLiteral("durationMs")).toDouble());
    m.reason = o.value(QStringLiteral("reason")).toString();
    const QJsonObject tables = o.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it)
        m.tableRows.insert(it.key(), qint64(it.value().toDouble()));
    return m;
}

Result<BackupManifest> BackupManifest::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error(Error::Code::NotFound, tr("The manifest %1 cannot be read.").arg(path),
                          f.errorString()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(4 << 20), &err);
    if (!doc.isObject())
        return fail(Error(Error::Code::InvalidInput,
                          tr("The manifest %1 is not valid JSON.").arg(path), err.errorString()));
    return fromJson(doc.object());
}

Status BackupManifest::save(const QString& path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0 || !f.commit())
        return fail(Error(Error::Code::Io, tr("The manifest %1 cannot be written.").arg(path),
                          f.errorString(), tr("Check free space and permissions.")));
    return {};
}

} // namespace artgen::core
