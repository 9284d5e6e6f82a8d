#include "statuscommand.h"

#include "commandcontext.h"
#include "docker/dockerclient.h"
#include "docker/stackinspector.h"
#include "util/humanformat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace artgen::cli {

namespace {
qint64 uptimeSeconds(const core::ServiceStatus& s)
{
    if (s.state != QStringLiteral("running") || !s.startedAt.isValid())
        return -1;
    return s.startedAt.secsTo(QDateTime::currentDateTimeUtc());
}
} // namespace

QString StatusCommand::summary() const
{
    return tr("Show every service of the stack: state, health, uptime, restarts.");
}

void StatusCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
    parser.addOption({QStringLiteral("stats"), tr("Add CPU % and memory (takes about a second).")});
}

QByteArray StatusCommand::toJson(const core::StackStatus& status, bool withStats)
{
    QJsonArray services;
    for (const core::ServiceStatus& s : status.services) {
        QJsonObject o{
            {QStringLiteral("service"), s.service},
            {QStringLiteral("container"), s.container},
            {QStringLiteral("state"), s.state},
            {QStringLiteral("health"), s.health.isEmpty() ? QJsonValue() : QJsonValue(s.health)},
            {QStringLiteral("uptimeSeconds"),
             uptimeSeconds(s) < 0 ? QJsonValue() : QJsonValue(uptimeSeconds(s))},
            {QStringLiteral("startedAt"),
             s.startedAt.isValid() ? QJsonValue(s.startedAt.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("restarts"), s.restartCount},
            {QStringLiteral("image"), s.image},
            {QStringLiteral("ports"), QJsonArray::fromStringList(s.ports)},
            {QStringLiteral("ok"), s.isGood()}};
        if (withStats) {
            o.insert(QStringLiteral("cpuPercent"),
                     s.figures.cpuPercent < 0 ? QJsonValue() : QJsonValue(s.figures.cpuPercent));
            o.insert(QStringLiteral("memoryBytes"),
                     s.figures.memoryBytes < 0 ? QJsonValue() : QJsonValue(s.figures.memoryBytes));
        }
        services.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("profile"), status.profile},
                                     {QStringLiteral("project"), status.project},
                                     {QStringLiteral("healthy"), status.allGood()},
                                     {QStringLiteral("services"), services}})
        .toJson(QJsonDocument::Compact);
}

QString StatusCommand::toTable(const core::StackStatus& status, bool withStats)
{
    QList<QStringList> rows;
    QStringList head = {tr("SERVICE"), tr("CONTAINER"), tr("STATE"),
                        tr("HEALTH"),  tr("UPTIME"),    tr("RESTARTS")};
    if (withStats)
        head << tr("CPU %") << tr("MEMORY");
    rows << head;
    for (const core::ServiceStatus& s : status.services) {
        QStringList r = {s.service,
                         s.container,
                         s.state,
                         s.health.isEmpty() ? QStringLiteral("-") : s.health,
                         core::HumanFormat::duration(uptimeSeconds(s)),
                         QString::number(s.restartCount)};
        if (withStats)
            r << (s.figures.cpuPercent < 0 ? QStringLiteral("-")
                                           : QString::number(s.figures.cpuPercent, 'f', 1))
              << core::HumanFormat::bytes(s.figures.memoryBytes);
        rows << r;
    }
    QList<qsizetype> width(head.size(), 0);
    for (const QStringList& r : rows)
        for (int c = 0; c < r.size(); ++c)
            width[c] = qMax(width[c], r[c].size());
    QString out;
    for (const QStringList& r : rows) {
        QString line;
        for (int c = 0; c < r.size(); ++c)
            line += c + 1 < r.size() ? r[c].leftJustified(width[c] + 2) : r[c];
        out += line + u'\n';
    }
    return out;
}

int StatusCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    auto docker = context.docker(); // fails with the reason when there is no usable profile
    if (!docker) {
        context.printError(docker.error());
        return ExitFailed;
    }
    const auto profile = context.profile();
    const bool withStats = parser.isSet(QStringLiteral("stats"));
    core::StackInspector inspector(**docker);
    auto future = inspector.inspect(*profile, withStats);
    future.waitForFinished();
    const core::Result<core::StackStatus> status = future.result();
    if (!status) {
        context.printError(status.error());
        return CommandContext::exitCodeFor(status.error());
    }
    if (parser.isSet(QStringLiteral("json")))
        context.out() << toJson(*status, withStats) << Qt::endl;
    else
        context.out() << toTable(*status, withStats) << Qt::flush;
    return status->allGood() ? ExitOk : ExitNotHealthy;
}

} // namespace artgen::cli
