#include "valuerange.h"

namespace artgen::core {

QString ValueRange::problem(qint64 value) const
{
    if (contains(value))
        return {};
    return tr("%L1 is out of range. Allowed: %L2–%L3.").arg(value).arg(m_min).arg(m_max);
}

} // namespace artgen::core
