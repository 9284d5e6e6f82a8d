#include "auditreader.h"

#include "util/logrotation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace artgen::core {

QJsonObject AuditReader::Entry::toJson() const
{
    QJsonObject o{{QStringLiteral("time"), time.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("user"), user},
                  {QStringLiteral("profile"), profile},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("target"), target},
                  {QStringLiteral("outcome"), outcome}};
    if (!details.isEmpty())
        o.insert(QStringLiteral("details"), details);
    return o;
}

bool AuditReader::Filter::matches(const Entry& e) const
{
    if (since.isValid() && e.time < since)
        return false;
    if (until.isValid() && e.time > until)
        return false;
    return (profile.isEmpty() || e.profile == profile) &&
           (action.isEmpty() || e.action == action) && (outcome.isEmpty() || e.outcome == outcome);
}

std::optional<AuditReader::Entry> AuditReader::parseLine(const QByteArray& line)
{
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Entry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    if (!e.time.isValid())
        return std::nullopt;
    e.time = e.time.toUTC();
    e.user = o.value(QStringLiteral("user")).toString();
    e.profile = o.value(QStringLiteral("profile")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.target = o.value(QStringLiteral("target")).toString();
    e.outcome = o.value(QStringLiteral("outcome")).toString();
    e.details = o.value(QStringLiteral("details")).toObject();
    return e;
}

Result<AuditReader::Contents> AuditReader::read(const QString& path, const Filter& filter)
{
    Contents out;
    for (const QString& file : LogRotation::files(path))
        if (const Status status = readFile(file, filter, out); !status)
            return fail(status.error());
    return out;
}

Status AuditReader::readFile(const QString& path, const Filter& filter, Contents& out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (!f.exists())
            return {}; // rotated away while reading: its lines are in the next file
        return fail(Error(Error::Code::Io, tr("The audit log %1 cannot be read.").arg(path),
                          f.errorString(), tr("Check the file's permissions.")));
    }
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        if (const auto e = parseLine(line)) {
            if (filter.matches(*e))
                out.entries << *e;
        } else {
            ++out.unreadableLines;
        }
    }
    return {};
}

} // namespace artgen::core
