#include "mainmenu.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace artgen::gui {

MainMenu::MainMenu(QMainWindow* window, int pageCount) : QObject(window)
{
    QMenuBar* bar = window->menuBar();
    m_file = bar->addMenu(QString());
    m_view = bar->addMenu(QString());
    m_find = bar->addMenu(QString());

    m_quit = action(m_file, QStringLiteral("quit"), QKeySequence::Quit);
    // Ctrl+Q is what Linux desktops expect even where the platform names no Quit key.
    if (m_quit->shortcut().isEmpty())
        m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(m_quit, &QAction::triggered, this, &MainMenu::quitRequested);

    m_pageGroup = new QActionGroup(this);
    for (int i = 0; i < pageCount; ++i) {
        QAction* page =
            action(m_view, QStringLiteral("page%1").arg(i + 1),
                   i < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)) : QKeySequence());
        page->setCheckable(true);
        m_pageGroup->addAction(page);
        connect(page, &QAction::triggered, this, [this, i] { Q_EMIT pageRequested(i); });
        m_pages << page;
    }
    m_view->addSeparator();
    m_refresh = action(m_view, QStringLiteral("refresh"), QKeySequence(Qt::Key_F5));
    connect(m_refresh, &QAction::triggered, this, &MainMenu::refreshRequested);

    m_findAction = action(m_find, QStringLiteral("find"), QKeySequence(Qt::CTRL | Qt::Key_F));
    m_findNext = action(m_find, QStringLiteral("findNext"), QKeySequence(Qt::Key_F3));
    m_findPrevious =
        action(m_find, QStringLiteral("findPrevious"), QKeySequence(Qt::SHIFT | Qt::Key_F3));
    m_clearSearch = action(m_find, QStringLiteral("clearSearch"), QKeySequence(Qt::Key_Escape));
    connect(m_findAction, &QAction::triggered, this, &MainMenu::findRequested);
    connect(m_findNext, &QAction::triggered, this, &MainMenu::findNextRequested);
    connect(m_findPrevious, &QAction::triggered, this, &MainMenu::findPreviousRequested);
    connect(m_clearSearch, &QAction::triggered, this, &MainMenu::clearSearchRequested);
}

QAction* MainMenu::action(QMenu* menu, const QString& name, const QKeySequence& key)
{
    auto* a = menu->addAction(QString());
    a->setObjectName(name + QStringLiteral("Action"));
    a->setShortcut(key);
    return a;
}

void MainMenu::retranslate(const QStringList& pageTitles)
{
    m_file->setTitle(tr("&File"));
    m_view->setTitle(tr("&View"));
    m_find->setTitle(tr("F&ind"));
    m_quit->setText(tr("&Quit"));
    for (int i = 0; i < m_pages.size() && i < pageTitles.size(); ++i)
        m_pages[i]->setText(pageTitles[i]);
    m_refresh->setText(tr("&Refresh"));
    m_findAction->setText(tr("&Find in Logs…"));
    m_findNext->setText(tr("Find &Next"));
    m_findPrevious->setText(tr("Find &Previous"));
    m_clearSearch->setText(tr("&Clear Search"));
}

void MainMenu::showPage(int index, bool canRefresh, bool canSearch)
{
    if (index >= 0 && index < m_pages.size())
        m_pages[index]->setChecked(true);
    m_refresh->setEnabled(canRefresh);
    // Ctrl+F leads to the Logs page from anywhere; the rest act on its search only there, so
    // Esc and F3 keep their usual meaning elsewhere.
    m_findNext->setEnabled(canSearch);
    m_findPrevious->setEnabled(canSearch);
    m_clearSearch->setEnabled(canSearch);
}

} // namespace artgen::gui
