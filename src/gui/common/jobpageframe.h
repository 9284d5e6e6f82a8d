#pragma once

#include <QWidget>

class QBoxLayout;
class QLayout;

namespace artgen::gui {

class JobController;
class JobOutputPane;
class JobProgressPanel;
class VerdictLabel;

// The frame of a page that runs jobs through one JobController: the page's own rows on top
// (actions, notices), then the job's progress and the verdict of the last action, then the
// page's content with the job's output below it. A new job hides the last verdict; its progress
// and output follow the controller. The page keeps its own widgets and says what its job is.
class JobPageFrame : public QWidget
{
    Q_OBJECT

public:
    explicit JobPageFrame(JobController* jobs, QWidget* parent = nullptr);
    // A frame that is the whole of `page` (which has no layout yet), edge to edge.
    static JobPageFrame* fill(QWidget* page, JobController* jobs);

    // Above the progress, in the order added.
    void addHeader(QLayout* row);
    void addHeader(QWidget* row);
    // The page's content above the job's output in a vertical splitter, `contentStretch` to the
    // output's 1.
    void setContent(QWidget* content, int contentStretch);
    // The page's content alone; `output` is where the page shows the job's output itself (a tab
    // of its content), followed from now on.
    void setContent(QWidget* content, JobOutputPane* output);

    JobProgressPanel* progress() const { return m_progress; }
    VerdictLabel* verdict() const { return m_verdict; }
    // Null until setContent().
    JobOutputPane* output() const { return m_output; }

    // What the page calls the job it started ("Backing up database app…"): the progress
    // panel's title and the output's first line.
    void describeJob(const QString& description);
    // Opens `dir` in the file manager, made first when missing (off the UI thread). When that
    // fails the verdict says why, and what to do: `fixNoFileManager` when no file manager
    // answered, `fixCannotCreate` when the folder cannot be made.
    void openFolder(const QString& dir, const QString& fixNoFileManager,
                    const QString& fixCannotCreate);
    void retranslate();

private:
    void followOutput(JobOutputPane* output);

    JobController* m_jobs;
    QBoxLayout* m_layout = nullptr;
    int m_headerRows = 0;
    JobProgressPanel* m_progress = nullptr;
    VerdictLabel* m_verdict = nullptr;
    JobOutputPane* m_output = nullptr;
};

} // namespace artgen::gui
