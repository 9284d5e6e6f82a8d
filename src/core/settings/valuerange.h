#pragma once

#include <QCoreApplication>
#include <QString>

namespace artgen::core {

// The values a number field accepts. A value outside is refused with the range named, not
// clamped or reverted behind the user's back: the Settings page, the profile editor and
// Profile::validate ask the same range.
class ValueRange
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ValueRange)

public:
    constexpr ValueRange(qint64 minimum, qint64 maximum) : m_min(minimum), m_max(maximum) {}

    constexpr qint64 minimum() const { return m_min; }
    constexpr qint64 maximum() const { return m_max; }
    constexpr bool contains(qint64 value) const { return value >= m_min && value <= m_max; }
    // Empty when `value` is allowed; else the sentence that says which values are, with the
    // numbers grouped in the UI language ("Allowed: 0–1,000.").
    QString problem(qint64 value) const;

    // The Logs page's line cap, and a profile's backup retention (0 switches a rule off).
    static const ValueRange logLineLimit;
    static const ValueRange backupKeepLast;
    static const ValueRange backupKeepDays;

private:
    qint64 m_min;
    qint64 m_max;
};

inline constexpr ValueRange ValueRange::logLineLimit{10000, 5000000};
inline constexpr ValueRange ValueRange::backupKeepLast{0, 1000};
inline constexpr ValueRange ValueRange::backupKeepDays{0, 3650};

} // namespace artgen::core
