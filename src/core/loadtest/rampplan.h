#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace artgen::core {

// `--ramp START:STEP:MAX`: constant-rate steps START, START+STEP, … up to MAX (requests per
// second), and the rule that picks the answer: the highest rate reached before the first step
// whose p99 missed the SLO.
class RampPlan
{
public:
    static constexpr int kMaxSteps = 100;

    // Empty when the text is not three positive numbers with START ≤ MAX, or gives more than
    // kMaxSteps steps.
    static std::optional<RampPlan> parse(const QString& text);

    double start() const { return m_start; }
    double step() const { return m_step; }
    double max() const { return m_max; }
    QList<double> rates() const;

    // p99s[i] is the p99 (µs) of step i, in order; the run may have stopped early. The highest
    // rate of the unbroken run of steps from the first whose p99 stayed under the SLO.
    static std::optional<double> highestPassing(const QList<double>& rates,
                                                const QList<qint64>& p99s, qint64 sloMicros);

private:
    double m_start = 0;
    double m_step = 0;
    double m_max = 0;
};

} // namespace artgen::core
