#include "joboutputpane.h"

#include "jobcontroller.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTime>
#include <QVBoxLayout>

namespace artgen::gui {

JobOutputPane::JobOutputPane(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("jobOutput"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(5000);
    m_output->setFont(QFont(QStringLiteral("monospace")));
    layout->addWidget(m_title);
    layout->addWidget(m_output);
    retranslate();
}

void JobOutputPane::follow(JobController* controller)
{
    connect(controller, &JobController::started, this, &JobOutputPane::startJob);
    connect(controller, &JobController::linesArrived, this, &JobOutputPane::append);
    connect(controller, &JobController::finished, this, [this, controller] {
        append(
            {controller->outcome() == JobController::Outcome::Succeeded
                 ? tr("Finished in %1.").arg(JobController::durationText(controller->elapsedMs()))
                 : controller->error().message()});
    });
}

void JobOutputPane::startJob(const QString& title)
{
    m_jobTitle = title;
    m_output->clear();
    retranslate();
}

void JobOutputPane::append(const QStringList& lines)
{
    const QString stamp = QTime::currentTime().toString(QStringLiteral("HH:mm:ss "));
    for (const QString& l : lines)
        m_output->appendPlainText(stamp + l);
}

void JobOutputPane::retranslate()
{
    m_title->setText(m_jobTitle.isEmpty() ? tr("Output") : tr("Output — %1").arg(m_jobTitle));
    m_output->setAccessibleName(m_title->text());
    m_output->setAccessibleDescription(
        tr("What the last command or job printed, with the time of each line."));
}

} // namespace artgen::gui
