#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace artgen::gui {

class JobController;

// The output of the page's current job: a title naming the job and its log lines, each with the
// time it arrived. Shared by the Containers and Backups pages.
class JobOutputPane : public QWidget
{
    Q_OBJECT

public:
    explicit JobOutputPane(QWidget* parent = nullptr);

    // Shows every job of `controller`: cleared and named when one starts, its lines, and a last
    // line with how long it took or why it did not succeed.
    void follow(JobController* controller);

    // Clears the output and names the job in the title.
    void startJob(const QString& title);
    void append(const QStringList& lines);
    void retranslate();

private:
    QLabel* m_title = nullptr;
    QPlainTextEdit* m_output = nullptr;
    QString m_jobTitle;
};

} // namespace artgen::gui
