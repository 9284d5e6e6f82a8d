#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace artgen::gui {

class JobController;

// What a JobController's job is doing, above a page's content: a title, a progress bar (busy
// while the job reports no fraction), bytes with the current speed, the step under way ("Step 2
// of 5: …", or the job's last line when it declares no steps), and Cancel. Shown only while a
// job runs.
class JobProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JobProgressPanel(JobController* controller, QWidget* parent = nullptr);

    // What the page calls the running job ("Backing up database app…"); set after it started.
    void setTitle(const QString& title);
    void retranslate();

private:
    void onStarted();
    void onProgress();
    void showStep();
    void onCancelRequested();

    JobController* m_controller;
    QLabel* m_title = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_step = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace artgen::gui
