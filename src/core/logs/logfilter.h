#pragma once

#include "logmatcher.h"
#include "logstore.h"

#include <QSet>
#include <QStringList>

namespace artgen::core {

// Which stored lines a view shows: by container, minimum level, time range and text. The same
// rules for the Logs page and `artgenctl logs --level/--grep`.
class LogFilter
{
public:
    QStringList sources;                       // empty: every container
    LogLevel minimumLevel = LogLevel::Unknown; // Unknown: every level
    qint64 fromNs = 0;                         // 0: open
    qint64 toNs = 0;                           // 0: open
    LogMatcher text;

    bool isEmpty() const
    {
        return sources.isEmpty() && minimumLevel == LogLevel::Unknown && fromNs == 0 && toNs == 0 &&
               text.isEmpty();
    }
    // Resolves container names against the store's sources; call before accepts() whenever
    // the store may have seen new containers.
    void prepare(const LogStore& store) { prepare(store.sources()); }
    // The same against the sources of a store's snapshot (LogStore::Snapshot::sources()).
    void prepare(const QStringList& storeSources);
    bool accepts(const LogStore::Row& row) const;

private:
    QList<bool> m_sourceMask; // by store source index
};

} // namespace artgen::core
