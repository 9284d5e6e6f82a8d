#pragma once

#include "logs/logfilter.h"
#include "logs/logstore.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QSplitter;

namespace artgen::gui {

class LogRowDelegate;
class LogView;
class LogsModel;

// Where the Logs page shows its lines: one merged timeline of the chosen containers, or side by
// side one pane per container, each a LogView over its LogsModel of the one store. Panes go in
// rows of as many as keep each at least minimumPaneWidth() (about 60 characters) wide — or down
// to 40 characters when the rows would be too low to read — three at most; more go to further
// rows. Rows, not tabs: side by side is for reading containers' lines
// together, and a tab would hide them. Keeps every
// model in step with the store, knows the view the user last worked in (find, copy and export
// act on it), and sums up "follow" over the views shown.
class LogPanes : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxPanesPerRow = 3;
    // About 60 characters of the log font: a pane narrower than this reads poorly.
    static int minimumPaneWidth();
    int panesPerRow() const;

    explicit LogPanes(const core::LogStore& store, QWidget* parent = nullptr);

    // The merged timeline's model (kept up to date in both layouts).
    LogsModel* model() const { return m_model; }
    // The merged timeline, or the side-by-side pane last used.
    LogView* view() const;
    QList<LogView*> paneViews() const;
    QList<LogsModel*> models() const;
    bool isSideBySide() const { return m_sideBySide; }

    // One pane per service in `services` (side by side) or the merged timeline, filtered by
    // `filter` (each pane for its own service).
    void arrange(bool sideBySide, const QStringList& services, const core::LogFilter& filter);
    void setFilter(const core::LogFilter& filter);
    // Moves a sliding window's start on: rows that grew too old leave from the top.
    void advanceFrom(qint64 fromNs);
    // Call after the store changed (core::LogStore::append, a smaller cap) or was cleared.
    void storeAppended(const core::LogStore::Change& change);
    void storeCleared();
    void updateTitles();

    // Every view wraps long lines (or scrolls sideways to them).
    void setWrapping(bool wrap);
    bool isWrapping() const { return m_wrap; }
    // Every view shown keeps (or stops keeping) its newest line in view.
    void setFollowing(bool follow);
    bool isFollowing() const;
    // Highlights `matcher`'s matches in every view.
    void setMatcher(const core::LogMatcher& matcher);
    // Moves the current line of view() to the next (or previous) match; false when none.
    bool find(const core::LogMatcher& matcher, bool forward);
    void copySelection();

Q_SIGNALS:
    // The user scrolled a view away from its newest line, or every view back to it.
    void followingChanged(bool following);
    // Another view became the one find, copy and export act on.
    void activeViewChanged();
    // The current line of a view moved (a click, the keys, find).
    void currentRowChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Pane
    {
        QWidget* box = nullptr;
        QLabel* title = nullptr;
        LogView* view = nullptr;
        LogsModel* model = nullptr;
        QString service;
    };

    LogView* makeView(LogsModel* model, QWidget* parent);
    // Puts the panes in rows of panesPerRow() (again only when that changed, unless forced).
    void layoutRows(bool force = false);
    void setActiveView(LogView* view);
    // The row's context menu: open or close a traceback, copy. `at` in the view's viewport.
    void showMenu(LogView* view, const QPoint& at);
    void onViewFollowing();

    const core::LogStore& m_store;
    bool m_sideBySide = false;
    bool m_following = true;
    bool m_wrap = false;
    QSplitter* m_splitter = nullptr; // rows, top to bottom
    QList<QSplitter*> m_rows;        // panes, left to right
    int m_perRow = 0;
    LogsModel* m_model = nullptr; // the merged timeline
    LogView* m_mergedView = nullptr;
    LogRowDelegate* m_delegate = nullptr; // shared by every view
    QList<Pane> m_panes;
    QPointer<LogView> m_activeView;
};

} // namespace artgen::gui
