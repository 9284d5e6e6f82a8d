#include "steprecord.h"

#include <QJsonArray>

namespace artgen::core {

namespace {

StepRecord make(StepState state, QString summary, QStringList evidence)
{
    StepRecord r;
    r.state = state;
    r.summary = std::move(summary);
    r.evidence = std::move(evidence);
    return r;
}

const QList<std::pair<StepState, const char16_t*>>& keys()
{
    static const QList<std::pair<StepState, const char16_t*>> k = {
        {StepState::Pending, u"pending"}, {StepState::Running, u"running"},
        {StepState::Passed, u"passed"},   {StepState::Warned, u"warned"},
        {StepState::Failed, u"failed"},   {StepState::Skipped, u"skipped"},
    };
    return k;
}

} // namespace

StepRecord StepRecord::passed(QString summary, QStringList evidence)
{
    return make(StepState::Passed, std::move(summary), std::move(evidence));
}

StepRecord StepRecord::warned(QString summary, QStringList evidence)
{
    return make(StepState::Warned, std::move(summary), std::move(evidence));
}

StepRecord StepRecord::failed(QString summary, QStringList evidence)
{
    return make(StepState::Failed, std::move(summary), std::move(evidence));
}

StepRecord StepRecord::skipped(QString reason)
{
    StepRecord r = make(StepState::Skipped, reason, {});
    r.skipReason = std::move(reason);
    return r;
}

bool StepRecord::isDone() const
{
    return state == StepState::Passed || state == StepState::Warned || state == StepState::Skipped;
}

QString StepRecord::stateKey(StepState state)
{
    for (const auto& [s, key] : keys())
        if (s == state)
            return QString::fromUtf16(key);
    return {};
}

std::optional<StepState> StepRecord::stateFromKey(const QString& key)
{
    for (const auto& [s, k] : keys())
        if (key == QStringView(k))
            return s;
    return std::nullopt;
}

QString StepRecord::stateLabel(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return tr("PENDING");
    case StepState::Running:
        return tr("RUNNING");
    case StepState::Passed:
        return tr("PASS");
    case StepState::Warned:
        return tr("WARN");
    case StepState::Failed:
        return tr("FAIL");
    case StepState::Skipped:
        return tr("SKIPPED");
    }
    return {};
}

QJsonObject StepRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("state"), stateKey(state)},
                  {QStringLiteral("summary"), summary},
                  {QStringLiteral("evidence"), QJsonArray::fromStringList(evidence)},
                  {QStringLiteral("durationMs"), durationMs}};
    if (!figures.isEmpty())
        o.insert(QStringLiteral("figures"), figures);
    if (!skipReason.isEmpty())
        o.insert(QStringLiteral("skipReason"), skipReason);
    if (startedAt.isValid())
        o.insert(QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs));
    return o;
}

std::optional<StepRecord> StepRecord::fromJson(const QJsonObject& o)
{
    const auto state = stateFromKey(o.value(QStringLiteral("state")).toString());
    const int id = o.value(QStringLiteral("id")).toInt();
    if (!state || id <= 0)
        return std::nullopt;
    StepRecord r;
    r.id = id;
    r.state = *state;
    r.summary = o.value(QStringLiteral("summary")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("evidence")).toArray())
        r.evidence << v.toString();
    r.figures = o.value(QStringLiteral("figures")).toObject();
    r.skipReason = o.value(QStringLiteral("skipReason")).toString();
    r.durationMs = o.value(QStringLiteral("durationMs")).toInteger(-1);
    const QString started = o.value(QStringLiteral("startedAt")).toString();
    if (!started.isEmpty()) {
        r.startedAt = QDateTime::fromString(started, Qt::ISODateWithMs).toUTC();
    }
    return r;
}

} // namespace artgen::core
