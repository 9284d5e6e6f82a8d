#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace artgen::gui {

// The main window's menu bar and keyboard: File (Quit, Ctrl+Q), View (one entry per page,
// Ctrl+1…8, and Refresh, F5) and Find (Ctrl+F, F3, Shift+F3, Esc). It only says what was asked
// for; the window decides what that means for the page shown.
class MainMenu : public QObject
{
    Q_OBJECT

public:
    MainMenu(QMainWindow* window, int pageCount);

    // Texts in the current language; pageTitles in page order.
    void retranslate(const QStringList& pageTitles);
    // Marks the page shown and enables what applies to it.
    void showPage(int index, bool canRefresh, bool canSearch);

    QAction* pageAction(int index) const { return m_pages.at(index); }
    QAction* refreshAction() const { return m_refresh; }

Q_SIGNALS:
    void pageRequested(int index);
    void refreshRequested();
    void quitRequested();
    void findRequested();
    void findNextRequested();
    void findPreviousRequested();
    void clearSearchRequested();

private:
    QAction* action(QMenu* menu, const QString& name, const QKeySequence& key);

    QMenu* m_file = nullptr;
    QMenu* m_view = nullptr;
    QMenu* m_find = nullptr;
    QAction* m_quit = nullptr;
    QActionGroup* m_pageGroup = nullptr;
    QList<QAction*> m_pages;
    QAction* m_refresh = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_findNext = nullptr;
    QAction* m_findPrevious = nullptr;
    QAction* m_clearSearch = nullptr;
};

} // namespace artgen::gui
