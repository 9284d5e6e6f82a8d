#include "confighistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <unistd.h>

namespace artgen::core {

namespace {

QJsonObject toJson(const ConfigHistoryEntry& e)
{
    QJsonArray values;
    for (const ConfigValueChange& v : e.values)
        values.append(QJsonObject{{QStringLiteral("key"), v.key},
                                  {QStringLiteral("before"), v.before},
                                  {QStringLiteral("after"), v.after}});
    QJsonArray files;
    for (const auto& f : e.files)
        files.append(
            QJsonObject{{QStringLiteral("path"), f.path},
                        {QStringLiteral("before"), QString::fromLatin1(f.before.toBase64())},
                        {QStringLiteral("after"), QString::fromLatin1(f.after.toBase64())}});
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("user"), e.user},
            {QStringLiteral("profile"), e.profile},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("rollback_of"), e.rollbackOf},
            {QStringLiteral("summary"), e.summary},
            {QStringLiteral("values"), values},
            {QStringLiteral("files"), files}};
}

ConfigHistoryEntry fromJson(const QJsonObject& o)
{
    ConfigHistoryEntry e;
    e.id = o.value(u"id").toString();
    e.time = QDateTime::fromString(o.value(u"time").toString(), Qt::ISODateWithMs).toUTC();
    e.user = o.value(u"user").toString();
    e.profile = o.value(u"profile").toString();
    e.kind = o.value(u"kind").toString();
    e.rollbackOf = o.value(u"rollback_of").toString();
    e.summary = o.value(u"summary").toString();
    for (const QJsonValue& v : o.value(u"values").toArray()) {
        const QJsonObject vo = v.toObject();
        e.values.append({vo.value(u"key").toString(), vo.value(u"before").toString(),
                         vo.value(u"after").toString()});
    }
    for (const QJsonValue& v : o.value(u"files").toArray()) {
        const QJsonObject fo = v.toObject();
        e.files.append({fo.value(u"path").toString(),
                        QByteArray::fromBase64(fo.value(u"before").toString().toLatin1()),
                        QByteArray::fromBase64(fo.value(u"after").toString().toLatin1())});
    }
    return e;
}

} // namespace

QString ConfigHistory::dataFolder(const Profile& profile)
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/artgen/profiles/") + Profile::folderNameFor(profile.name);
}

ConfigHistory ConfigHistory::forProfile(const Profile& profile)
{
    return ConfigHistory(dataFolder(profile) + QStringLiteral("/config-history.json"));
}

Result<QList<ConfigHistoryEntry>> ConfigHistory::entries() const
{
    QFile file(m_path);
    if (!file.exists())
        return QList<ConfigHistoryEntry>{};
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error(Error::Code::Io,
                          tr("Cannot read the configuration history %1.").arg(m_path),
                          file.errorString(), tr("Check the file's permissions.")));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return fail(Error(Error::Code::Io,
                          tr("The configuration history %1 is not readable JSON.").arg(m_path),
                          parseError.errorString(),
                          tr("Move the file aside; a new history starts with the next change.")));
    QList<ConfigHistoryEntry> out;
    for (const QJsonValue& v : doc.object().value(u"entries").toArray())
        out.append(fromJson(v.toObject()));
    return out;
}

Result<ConfigHistoryEntry> ConfigHistory::entry(const QString& id) const
{
    const auto all = entries();
    if (!all)
        return fail(all.error());
    if (all->isEmpty())
        return fail(Error(Error::Code::NotFound, tr("The configuration history is empty."), {},
                          tr("Apply a change first; each one is recorded there.")));
    if (id.isEmpty())
        return all->last();
    QList<ConfigHistoryEntry> matches;
    for (const ConfigHistoryEntry& e : *all) {
        if (e.id == id)
            return e;
        if (e.id.startsWith(id))
            matches.append(e);
    }
    if (matches.size() == 1)
        return matches.first();
    return fail(Error(Error::Code::NotFound,
                      matches.isEmpty()
                          ? tr("No change \"%1\" in the configuration history.").arg(id)
                          : tr("Several changes in the history start with \"%1\".").arg(id),
                      {}, tr("Run artgenctl config history to see the ids.")));
}

Status ConfigHistory::append(const ConfigHistoryEntry& entry)
{
    auto all = entries();
    if (!all)
        return fail(all.error());
    all->append(entry);
    return save(*all);
}

Status ConfigHistory::save(const QList<ConfigHistoryEntry>& entries) const
{
    QJsonArray array;
    for (const ConfigHistoryEntry& e : entries)
        array.append(toJson(e));
    QDir().mkpath(QFileInfo(m_path).path());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                             {QStringLiteral("entries"), array}})
                       .toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit())
        return fail(
            Error(Error::Code::Io, tr("Cannot write the configuration history %1.").arg(m_path),
                  file.errorString(), tr("Check the free space and the folder's permissions.")));
    return {};
}

QString ConfigHistory::newId(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + u'-' +
           QString::number(QRandomGenerator::global()->bounded(0x10000), 16)
               .rightJustified(4, u'0');
}

QString ConfigHistory::currentUser()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    return QStringLiteral("uid %1").arg(uint(::getuid()));
}

} // namespace artgen::core
