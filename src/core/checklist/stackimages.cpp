#include "stackimages.h"

#include "docker/dockerclient.h"
#include "stepcontext.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace artgen::core {

namespace {

QString repositoryPrefix(const QString& project)
{
    return QString::fromLatin1(StackImages::kTagRepository) + project.toLower() + u'-';
}

} // namespace

StackImages::Map StackImages::record(const StepContext& context, QStringList* evidence)
{
    Map images;
    const Profile& profile = context.profile();
    DockerClient& docker = context.docker();
    if (const auto list = context.wait(docker.listContainers(profile.projectName)); list && *list) {
        for (const ContainerSummary& c : **list) {
            if (c.service.isEmpty() || images.contains(c.service))
                continue;
            const auto inspected = context.wait(docker.inspection(c.id));
            if (inspected && *inspected && !(*inspected)->imageId.isEmpty())
                images.insert(c.service, {(*inspected)->image, (*inspected)->imageId});
        }
    }
    QFile compose(profile.composeFile());
    const QMap<QString, QString> refs = compose.open(QIODevice::ReadOnly)
                                            ? composeReferences(compose.readAll())
                                            : QMap<QString, QString>{};
    for (auto it = refs.cbegin(); it != refs.cend(); ++it) {
        if (images.contains(it.key()))
            continue;
        const auto id = context.wait(docker.imageId(it.value()));
        if (id && *id)
            images.insert(it.key(), {it.value(), **id});
    }
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        evidence->append(tr("%1 ran %2 (%3)").arg(it.key(), it->reference, it->id.left(19)));
    return images;
}

void StackImages::keep(const StepContext& context, const Map& images, const QString& runId,
                       QStringList* evidence)
{
    const Profile& profile = context.profile();
    DockerClient& docker = context.docker();
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        const QString tag = keepTag(profile.projectName, it.key(), runId);
        const auto done = context.wait(docker.tagImage(it->id, tag));
        if (!done || !*done)
            evidence->append(
                tr("Could not keep %1 as %2: %3")
                    .arg(it->id.left(19), tag, done ? done->error().message() : tr("no answer")));
    }
    const auto tags = context.wait(docker.imageTags(repositoryPrefix(profile.projectName)));
    if (!tags || !*tags)
        return;
    QSet<QString> running;
    if (const auto list = context.wait(docker.listContainers(profile.projectName)); list && *list)
        for (const ContainerSummary& c : **list)
            running.insert(c.image);
    for (const QString& tag : tagsToDrop((*tags)->keys(), kKeepRuns)) {
        if (running.contains((*tags)->value(tag)) || running.contains(tag))
            continue;
        if (const auto removed = context.wait(docker.removeTag(tag)); removed && *removed)
            evidence->append(tr("Removed the rollback tag %1 of an older run.").arg(tag));
    }
}

QString StackImages::keepTag(const QString& project, const QString& service, const QString& runId)
{
    return repositoryPrefix(project) + service.toLower() + u':' + runId;
}

QStringList StackImages::tagsToDrop(const QStringList& tags, int keep)
{
    QStringList runs;
    for (const QString& t : tags) {
        const QString run = DockerClient::splitReference(t).second;
        if (!runs.contains(run))
            runs << run;
    }
    std::sort(runs.begin(), runs.end(), std::greater<>());
    const QStringList old = runs.mid(keep);
    QStringList drop;
    for (const QString& t : tags)
        if (old.contains(DockerClient::splitReference(t).second))
            drop << t;
    return drop;
}

QMap<QString, QString> StackImages::composeReferences(const QByteArray& composeYaml)
{
    static const QRegularExpression serviceLine(QStringLiteral("^  ([A-Za-z0-9_.-]+):\\s*$"));
    static const QRegularExpression imageLine(
        QStringLiteral("^    image:\\s*[\"']?([^\"'\\s#]+)[\"']?"));
    QMap<QString, QString> refs;
    bool inServices = false;
    QString service;
    for (const QByteArray& raw : composeYaml.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (!line.isEmpty() && !line.front().isSpace() && !line.startsWith(u'#')) {
            inServices = line.startsWith(QStringLiteral("services:"));
            service.clear();
            continue;
        }
        if (!inServices)
            continue;
        if (const auto m = serviceLine.match(line); m.hasMatch())
            service = m.captured(1);
        else if (const auto i = imageLine.match(line); i.hasMatch() && !service.isEmpty())
            refs.insert(service, i.captured(1));
    }
    return refs;
}

QJsonObject StackImages::toJson(const Map& images)
{
    QJsonObject o;
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        o.insert(it.key(), QJsonObject{{QStringLiteral("reference"), it->reference},
                                       {QStringLiteral("id"), it->id}});
    return o;
}

StackImages::Map StackImages::fromJson(const QJsonObject& object)
{
    Map images;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            images.insert(it.key(), {o.value(QStringLiteral("reference")).toString(), id});
    }
    return images;
}

} // namespace artgen::core
