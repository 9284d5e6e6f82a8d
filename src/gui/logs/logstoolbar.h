#pragma once

#include "logs/logentry.h"
#include "logs/logmatcher.h"
#include "logs/logtimewindow.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace artgen::gui {

class LogRangeBar;
class SourceChooser;

// The Logs page's controls in three rows, so that both languages fit a 1024 px window without
// cutting a word: which lines (containers, level, time, with the from–to range bar under them,
// and where following starts); what to do with them (layout, follow, pause, clear, copy,
// export); and search (the match count, previous/next, regex, case, only matching). The combo
// boxes are as wide as their current entry. It holds what the user chose and says when that
// changes; the page decides what follows from it. Its words are the page's (translated in
// LogsPage's context), like the range bar's and the panes'.
class LogsToolbar : public QWidget
{
    Q_OBJECT

public:
    explicit LogsToolbar(QWidget* parent = nullptr);

    SourceChooser* sources() const { return m_source; }
    LogRangeBar* rangeBar() const { return m_rangeBar; }
    core::LogLevel minimumLevel() const;
    // The time window chosen: any time, the last N minutes, or the range bar's range.
    core::LogTimeWindow timeWindow() const;
    bool isRangeChosen() const;
    bool isRangeBarShown() const;
    void showRangeBar(bool shown);
    // Chooses any time (timeWindowChanged follows).
    void chooseAnyTime();
    // Chooses the from–to range `fromNs` – `toNs` (0: up to now) without a signal.
    void chooseRange(qint64 fromNs, qint64 toNs);
    // Shows where following starts: `tail` lines, or the time range while one is read.
    void showStart(int tail, bool range);

    bool isSideBySide() const;
    bool isWrapping() const;
    bool isFollowing() const;
    bool isPaused() const;
    // Set the buttons without their signals.
    void setSideBySide(bool on);
    void setWrapping(bool on);
    void setFollowing(bool on);
    void setPaused(bool on);

    // What is searched for (the typed text, as regex and case say).
    core::LogMatcher matcher() const;
    QString searchText() const;
    // The search filters the lines instead of only marking them.
    bool onlyMatching() const;
    void showSearchValid(bool valid);
    // "3 of 17" beside the search field (empty: nothing searched).
    void showMatchCount(const QString& text);
    // A search change still waiting for the typing to pause is applied now.
    void flushSearch();
    // Keyboard: Ctrl+F puts the cursor in the search field, Esc empties it (searchChanged).
    void focusSearch();
    void clearSearch();

Q_SIGNALS:
    void sourcesChanged(); // the containers chosen
    void levelChanged();
    void timeWindowChanged();
    void startChosen(int tail);
    void sideBySideToggled(bool on);
    void wrapToggled(bool on);
    void followToggled(bool on);
    void pauseToggled(bool on);
    void clearClicked();
    void copyClicked();
    void exportChosen(bool onlyShown); // the menu entry: the save dialog opens
    void exportPathChosen(const QString& path, bool onlyShown);
    void searchChanged(); // once the typing pauses
    void findRequested(bool forward);

protected:
    void changeEvent(QEvent* event) override;
    // Shift+Enter in the search field: the previous match.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildFilterRow(QVBoxLayout* rows);
    void buildActionRow(QVBoxLayout* rows);
    void buildSearchRow(QVBoxLayout* rows);
    void applySearchNow();
    void chooseExport(bool onlyShown);
    void retranslate();
    void retranslateAccessibility();

    SourceChooser* m_source = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_time = nullptr;
    QComboBox* m_tail = nullptr;
    QPushButton* m_split = nullptr;
    QPushButton* m_wrap = nullptr;
    QPushButton* m_follow = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_clear = nullptr;
    LogRangeBar* m_rangeBar = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_matchCount = nullptr;
    QCheckBox* m_regex = nullptr;
    QCheckBox* m_case = nullptr;
    QCheckBox* m_onlyMatching = nullptr;
    QPushButton* m_prev = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_copy = nullptr;
    QToolButton* m_export = nullptr;
    QTimer* m_searchTimer = nullptr;
};

} // namespace artgen::gui
