#pragma once

#include "logs/logmatchcounter.h"

#include <QObject>
#include <QPointer>

namespace artgen::gui {

class LogView;

// "3 of 17" beside the search field: the search's matches among the lines of the view searched
// (counted by core::LogMatchCounter, off the UI thread, then as lines arrive), and where that
// view's current line is among them.
class LogMatchStatus : public QObject
{
    Q_OBJECT

public:
    LogMatchStatus(const core::LogStore& store, QObject* parent = nullptr);

    const core::LogMatchCounter& counter() const { return *m_counter; }
    LogView* view() const { return m_view; }
    // Counts anew: a new search, filter, or another view searched.
    void restart(LogView* view, const core::LogMatcher& matcher);
    void storeChanged(const core::LogStore::Change& change) { m_counter->storeChanged(change); }
    void storeCleared() { m_counter->storeCleared(); }
    // "3 of 17", "17 matches", "no matches", "counting…"; empty when nothing is searched.
    QString text() const;

Q_SIGNALS:
    void changed();

private:
    core::LogMatchCounter* m_counter = nullptr;
    QPointer<LogView> m_view;
};

} // namespace artgen::gui
