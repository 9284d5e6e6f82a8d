#include "logmatchstatus.h"

#include "logsmodel.h"
#include "logspage.h"
#include "logview.h"

namespace artgen::gui {

LogMatchStatus::LogMatchStatus(const core::LogStore& store, QObject* parent)
    : QObject(parent), m_counter(new core::LogMatchCounter(store, this))
{
    connect(m_counter, &core::LogMatchCounter::changed, this, &LogMatchStatus::changed);
}

void LogMatchStatus::restart(LogView* view, const core::LogMatcher& matcher)
{
    m_view = view;
    const auto* shown = qobject_cast<const LogsModel*>(view->model());
    m_counter->restart(shown->filter(), matcher.isValid() ? matcher : core::LogMatcher());
}

QString LogMatchStatus::text() const
{
    if (!m_counter->isSearching() || !m_view)
        return {};
    if (!m_counter->isReady())
        return LogsPage::tr("counting…");
    const qsizetype total = m_counter->count();
    if (total == 0)
        return LogsPage::tr("no matches");
    const QModelIndex current = m_view->currentIndex();
    const auto* shown = qobject_cast<const LogsModel*>(m_view->model());
    const qsizetype at = current.isValid() ? m_counter->ordinalOf(shown->rowId(current.row())) : 0;
    // The count may pass two billion lines in no view (the cap is five million): int is enough.
    return at > 0 ? LogsPage::tr("%L1 of %L2").arg(at).arg(total)
                  : LogsPage::tr("%Ln match(es)", "", int(total));
}

} // namespace artgen::gui
