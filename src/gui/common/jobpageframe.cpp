#include "jobpageframe.h"

#include "jobcontroller.h"
#include "joboutputpane.h"
#include "jobprogresspanel.h"
#include "util/error.h"
#include "verdictlabel.h"

#include <QDesktopServices>
#include <QDir>
#include <QSplitter>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace artgen::gui {

JobPageFrame::JobPageFrame(JobController* jobs, QWidget* parent)
    : QWidget(parent), m_jobs(jobs), m_layout(new QVBoxLayout(this))
{
    m_progress = new JobProgressPanel(jobs, this);
    m_layout->addWidget(m_progress);
    m_verdict = new VerdictLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_layout->addWidget(m_verdict);
    // The verdict speaks of the last action: a new one makes it stale.
    connect(jobs, &JobController::started, m_verdict, &QWidget::hide);
}

JobPageFrame* JobPageFrame::fill(QWidget* page, JobController* jobs)
{
    auto* frame = new JobPageFrame(jobs, page);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(frame);
    return frame;
}

void JobPageFrame::addHeader(QLayout* row)
{
    m_layout->insertLayout(m_headerRows++, row);
}

void JobPageFrame::addHeader(QWidget* row)
{
    m_layout->insertWidget(m_headerRows++, row);
}

void JobPageFrame::setContent(QWidget* content, int contentStretch)
{
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(content);
    // Made after the content: the keyboard reaches the output after what is above it.
    followOutput(new JobOutputPane(splitter));
    splitter->addWidget(m_output);
    splitter->setStretchFactor(0, contentStretch);
    splitter->setStretchFactor(1, 1);
    m_layout->addWidget(splitter, 1);
}

void JobPageFrame::setContent(QWidget* content, JobOutputPane* output)
{
    m_layout->addWidget(content, 1);
    followOutput(output);
}

void JobPageFrame::followOutput(JobOutputPane* output)
{
    m_output = output;
    m_output->follow(m_jobs);
}

void JobPageFrame::describeJob(const QString& description)
{
    m_progress->setTitle(description);
    m_output->append({description});
}

void JobPageFrame::openFolder(const QString& dir, const QString& fixNoFileManager,
                              const QString& fixCannotCreate)
{
    QtConcurrent::run([dir] {
        return QDir().mkpath(dir);
    }).then(this, [this, dir, fixNoFileManager, fixCannotCreate](bool made) {
        if (made && QDesktopServices::openUrl(QUrl::fromLocalFile(dir)))
            return;
        m_verdict->showError(core::Error(
            core::Error::Code::Io,
            tr("The folder %1 cannot be opened.").arg(QDir::toNativeSeparators(dir)),
            made ? tr("No file manager answered (the desktop has none set for folders).")
                 : tr("It does not exist and cannot be created."),
            made ? fixNoFileManager : fixCannotCreate));
    });
}

void JobPageFrame::retranslate()
{
    m_progress->retranslate();
    if (m_output)
        m_output->retranslate();
}

} // namespace artgen::gui
