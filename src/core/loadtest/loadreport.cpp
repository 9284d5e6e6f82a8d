#include "loadreport.h"

#include <QJsonArray>

namespace artgen::core {

bool LoadReport::sloMissed() const
{
    if (sloMicros <= 0)
        return false;
    if (isRamp())
        return !highestPassing.has_value();
    return total.corrected.count() == 0 || total.corrected.valueAtPercentile(99) >= sloMicros;
}

bool LoadReport::stepMeetsSlo(qsizetype index) const
{
    if (index < 0 || index >= steps.size() || sloMicros <= 0)
        return false;
    const LatencyHistogram& h = steps[index].corrected;
    return h.count() > 0 && h.valueAtPercentile(99) < sloMicros;
}

qsizetype LoadReport::highestPassingStep() const
{
    if (!highestPassing)
        return -1;
    for (qsizetype i = steps.size() - 1; i >= 0; --i)
        if (steps[i].targetRate == *highestPassing)
            return i;
    return -1;
}

QJsonObject LoadReport::toJson() const
{
    QJsonObject o = total.toJson();
    o.insert(QStringLiteral("url"), url);
    o.insert(QStringLiteral("method"), method);
    o.insert(QStringLiteral("connections"), connections);
    o.insert(QStringLiteral("threads"), threads);
    o.insert(QStringLiteral("interrupted"), interrupted);
    if (sloMicros > 0) {
        o.insert(QStringLiteral("slo_ms"), double(sloMicros) / 1000.0);
        o.insert(QStringLiteral("slo_met"), !sloMissed());
    }
    if (isRamp()) {
        QJsonArray list;
        for (const LoadResult& step : steps)
            list.append(step.toJson());
        o.insert(QStringLiteral("steps"), list);
        o.insert(QStringLiteral("highest_rate_meeting_slo"),
                 highestPassing ? QJsonValue(*highestPassing) : QJsonValue());
    }
    return o;
}

QJsonObject LoadReport::toRecordJson() const
{
    QJsonArray stepList;
    for (const LoadResult& step : steps)
        stepList.append(step.toRecordJson());
    return {{QStringLiteral("url"), url},
            {QStringLiteral("method"), method},
            {QStringLiteral("connections"), connections},
            {QStringLiteral("threads"), threads},
            {QStringLiteral("slo_us"), sloMicros},
            {QStringLiteral("interrupted"), interrupted},
            {QStringLiteral("total"), total.toRecordJson()},
            {QStringLiteral("steps"), stepList},
            {QStringLiteral("highest_passing"),
             highestPassing ? QJsonValue(*highestPassing) : QJsonValue()}};
}

std::optional<LoadReport> LoadReport::fromRecordJson(const QJsonObject& json)
{
    const auto total = LoadResult::fromRecordJson(json.value(QStringLiteral("total")).toObject());
    if (!total || !json.value(QStringLiteral("url")).isString())
        return std::nullopt;
    LoadReport report;
    report.url = json.value(QStringLiteral("url")).toString();
    report.method = json.value(QStringLiteral("method")).toString();
    report.connections = json.value(QStringLiteral("connections")).toInt();
    report.threads = json.value(QStringLiteral("threads")).toInt();
    report.sloMicros = json.value(QStringLiteral("slo_us")).toInteger();
    report.interrupted = json.value(QStringLiteral("interrupted")).toBool();
    report.total = *total;
    for (const QJsonValue& value : json.value(QStringLiteral("steps")).toArray()) {
        const auto step = LoadResult::fromRecordJson(value.toObject());
        if (!step)
            return std::nullopt;
        report.steps << *step;
    }
    if (const QJsonValue passing = json.value(QStringLiteral("highest_passing"));
        passing.isDouble())
        report.highestPassing = passing.toDouble();
    return report;
}

} // namespace artgen::core
