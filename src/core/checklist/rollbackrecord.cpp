#include "rollbackrecord.h"

#include <QJsonArray>

namespace artgen::core {

namespace {

QJsonArray toArray(const QList<StepRecord>& records)
{
    QJsonArray list;
    for (const StepRecord& r : records)
        list << r.toJson();
    return list;
}

std::optional<QList<StepRecord>> fromArray(const QJsonArray& list, int first, int last)
{
    QList<StepRecord> out;
    for (const QJsonValue& v : list) {
        const auto r = StepRecord::fromJson(v.toObject());
        if (!r || r->id != first + out.size())
            return std::nullopt;
        out << *r;
    }
    if (out.size() != last - first + 1)
        return std::nullopt;
    return out;
}

QList<StepRecord> pending(int first, int last)
{
    QList<StepRecord> out;
    for (int id = first; id <= last; ++id) {
        StepRecord r;
        r.id = id;
        out << r;
    }
    return out;
}

StepRecord* find(QList<StepRecord>& list, int id)
{
    for (StepRecord& r : list)
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace

RollbackRecord RollbackRecord::create()
{
    RollbackRecord r;
    r.stages = pending(kStageConfiguration, kStageDatabase);
    r.recheck = pending(kFirstRecheck, kLastRecheck);
    return r;
}

QString RollbackRecord::stageTitle(int stage)
{
    switch (stage) {
    case kStageConfiguration:
        return tr("Configuration files put back");
    case kStageImages:
        return tr("Previous images tagged back");
    case kStageContainers:
        return tr("Containers started on the previous images");
    case kStageDatabase:
        return tr("Database restored from the backup (if asked)");
    }
    return {};
}

StepRecord* RollbackRecord::stage(int id)
{
    return find(stages, id);
}

const StepRecord* RollbackRecord::stage(int id) const
{
    return const_cast<RollbackRecord*>(this)->stage(id);
}

StepRecord* RollbackRecord::recheckRecord(int id)
{
    return find(recheck, id);
}

const StepRecord* RollbackRecord::recheckRecord(int id) const
{
    return const_cast<RollbackRecord*>(this)->recheckRecord(id);
}

StepState RollbackRecord::verdict() const
{
    const auto bad = [](const StepRecord& r) {
        return !r.isDone();
    };
    if (std::any_of(stages.cbegin(), stages.cend(), bad) ||
        std::any_of(recheck.cbegin(), recheck.cend(), bad))
        return StepState::Failed;
    return StepState::Passed;
}

QJsonObject RollbackRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("state"), StepRecord::stateKey(state)},
                  {QStringLiteral("stages"), toArray(stages)},
                  {QStringLiteral("recheck"), toArray(recheck)},
                  {QStringLiteral("durationMs"), durationMs}};
    if (startedAt.isValid())
        o.insert(QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs));
    return o;
}

std::optional<RollbackRecord> RollbackRecord::fromJson(const QJsonObject& o)
{
    const auto state = StepRecord::stateFromKey(o.value(QStringLiteral("state")).toString());
    const auto stages =
        fromArray(o.value(QStringLiteral("stages")).toArray(), kStageConfiguration, kStageDatabase);
    const auto recheck =
        fromArray(o.value(QStringLiteral("recheck")).toArray(), kFirstRecheck, kLastRecheck);
    if (!state || !stages || !recheck)
        return std::nullopt;
    RollbackRecord r;
    r.state = *state;
    r.stages = *stages;
    r.recheck = *recheck;
    r.durationMs = o.value(QStringLiteral("durationMs")).toInteger(-1);
    const QString started = o.value(QStringLiteral("startedAt")).toString();
    if (!started.isEmpty())
        r.startedAt = QDateTime::fromString(started, Qt::ISODateWithMs).toUTC();
    return r;
}

} // namespace artgen::core
