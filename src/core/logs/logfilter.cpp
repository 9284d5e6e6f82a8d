#include "logfilter.h"

namespace artgen::core {

void LogFilter::prepare(const QStringList& storeSources)
{
    m_sourceMask.clear();
    for (const QString& name : storeSources)
        m_sourceMask << (sources.isEmpty() || sources.contains(name));
}

bool LogFilter::accepts(const LogStore::Row& row) const
{
    if (!sources.isEmpty() && (row.source >= m_sourceMask.size() || !m_sourceMask[row.source]))
        return false;
    // Notes ("the container was removed") stay visible whatever the level filter says.
    if (row.stream != LogStream::Note && !LogLevels::atLeast(row.level, minimumLevel))
        return false;
    if ((fromNs && row.timestampNs < fromNs) || (toNs && row.timestampNs > toNs))
        return false;
    return text.matches(row.text);
}

} // namespace artgen::core
