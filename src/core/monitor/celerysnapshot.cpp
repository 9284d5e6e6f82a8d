#include "celerysnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace artgen::core {

namespace {
// celery prints the JSON object on the last non-empty line; anything before it (a warning
// about running as root, say) is not ours to read.
Result<QJsonObject> lastJsonObject(const QByteArray& output, const QString& command)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(lines.last().trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Error(
            Error::Code::Protocol,
            CelerySnapshot::tr("The answer of \"celery inspect %1\" is not JSON.").arg(command),
            error.errorString(),
            CelerySnapshot::tr("Check the Celery version in the celery container "
                               "(celery 5 prints --json output).")));
    return doc.object();
}

int taskCount(const QJsonObject& byWorker, const QString& worker)
{
    return static_cast<int>(byWorker.value(worker).toArray().size());
}
} // namespace

int CelerySnapshot::concurrency() const
{
    int n = 0;
    for (const Worker& w : workers)
        n += w.concurrency;
    return n;
}

int CelerySnapshot::active() const
{
    int n = 0;
    for (const Worker& w : workers)
        n += w.active;
    return n;
}

int CelerySnapshot::reserved() const
{
    int n = 0;
    for (const Worker& w : workers)
        n += w.reserved;
    return n;
}

Result<CelerySnapshot> CelerySnapshot::parse(const QByteArray& stats, const QByteArray& active,
                                             const QByteArray& reserved)
{
    const Result<QJsonObject> s = lastJsonObject(stats, QStringLiteral("stats"));
    if (!s)
        return fail(s.error());
    const Result<QJsonObject> a = lastJsonObject(active, QStringLiteral("active"));
    if (!a)
        return fail(a.error());
    const Result<QJsonObject> r = lastJsonObject(reserved, QStringLiteral("reserved"));
    if (!r)
        return fail(r.error());
    CelerySnapshot snapshot;
    for (auto it = s->begin(); it != s->end(); ++it) {
        const QJsonObject pool = it.value().toObject().value(QStringLiteral("pool")).toObject();
        snapshot.workers << Worker{it.key(), pool.value(QStringLiteral("max-concurrency")).toInt(),
                                   taskCount(*a, it.key()), taskCount(*r, it.key())};
    }
    std::sort(snapshot.workers.begin(), snapshot.workers.end(),
              [](const Worker& x, const Worker& y) { return x.name < y.name; });
    return snapshot;
}

} // namespace artgen::core
