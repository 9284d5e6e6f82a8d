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

} // namespace artgen::core
