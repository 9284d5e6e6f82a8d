#include "logreadplan.h"

#include "logfilter.h"
#include "logstore.h"

namespace artgen::core {

void LogReadPlan::startFrom(int tail)
{
    forgetRange();
    m_tail = tail;
}

void LogReadPlan::forgetRange()
{
    if (readsRange())
        m_tail = kDefaultTail;
    m_sinceNs = m_untilNs = 0;
    m_clearedAtNs = 0;
}

bool LogReadPlan::covers(const LogFilter& filter, const LogStore& store) const
{
    if (isCleared())
        return true; // everything since the user's Clear is stored; before it is unwanted
    if (m_untilNs > 0 && (filter.toNs == 0 || filter.toNs > m_untilNs))
        return false; // the range read earlier ends before this one does
    // Read from there (or from each container's beginning) already: what is missing was dropped
    // for the line cap, and reading again would drop it again.
    if (m_sinceNs > 0 ? m_sinceNs <= filter.fromNs : m_followAll)
        return true;
    return !store.isEmpty() && store.at(0).timestampNs <= filter.fromNs;
}

LogReadPlan::Reading LogReadPlan::settle(const LogFilter& filter, const LogStore& store)
{
    if (filter.fromNs == 0) {
        if (!readsRange())
            return Reading::Keep;
        forgetRange();
        return Reading::Tail;
    }
    if (covers(filter, store))
        return Reading::Keep;
    m_sinceNs = filter.fromNs;
    m_untilNs = filter.toNs;
    return Reading::Range;
}

LogFollower::Options LogReadPlan::options(const QList<LogFollower::Source>& sources, qint64 nowNs)
{
    LogFollower::Options options;
    options.sources = sources;
    if (readsRange()) {
        // Everything Docker has in the range; a range that ends in the past ends the read.
        options.tail = -1;
        options.sinceNs = m_sinceNs;
        options.untilNs = m_untilNs;
        options.follow = m_untilNs == 0 || m_untilNs > nowNs;
    } else {
        options.tail = m_tail;
        options.follow = true;
    }
    m_followAll = options.tail < 0;
    return options;
}

} // namespace artgen::core
