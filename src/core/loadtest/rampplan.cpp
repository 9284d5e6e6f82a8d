#include "rampplan.h"

#include <QStringList>
#include <cmath>

namespace artgen::core {

std::optional<RampPlan> RampPlan::parse(const QString& text)
{
    const QStringList parts = text.split(u':');
    if (parts.size() != 3)
        return std::nullopt;
    double values[3] = {};
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        values[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(values[i]) || values[i] <= 0)
            return std::nullopt;
    }
    RampPlan plan;
    plan.m_start = values[0];
    plan.m_step = values[1];
    plan.m_max = values[2];
    if (plan.m_max < plan.m_start || plan.rates().size() > kMaxSteps)
        return std::nullopt;
    return plan;
}

QList<double> RampPlan::rates() const
{
    QList<double> out;
    // Steps are counted, not accumulated, so 0.1-sized steps do not drift past MAX.
    const double steps = std::floor((m_max - m_start) / m_step + 1e-9);
    if (steps + 1 > kMaxSteps)
        return QList<double>(kMaxSteps + 1, m_start);
    for (int i = 0; i <= int(steps); ++i)
        out.append(m_start + m_step * i);
    return out;
}

std::optional<double> RampPlan::highestPassing(const QList<double>& rates,
                                               const QList<qint64>& p99s, qint64 sloMicros)
{
    std::optional<double> best;
    for (qsizetype i = 0; i < std::min(rates.size(), p99s.size()); ++i) {
        if (p99s[i] >= sloMicros)
            break;
        best = rates[i];
    }
    return best;
}

} // namespace artgen::core
