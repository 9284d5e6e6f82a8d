#include "jobprogresspanel.h"

#include "jobcontroller.h"
#include "util/humanformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace artgen::gui {

JobProgressPanel::JobProgressPanel(JobController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("progressBox"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    auto* barRow = new QHBoxLayout;
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("jobProgress"));
    m_bar->setTextVisible(false);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("progressDetail"));
    m_detail->setMinimumWidth(260);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    barRow->addWidget(m_bar, 1);
    barRow->addWidget(m_detail);
    barRow->addWidget(m_cancel);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("progressStep"));
    m_step->setWordWrap(true);
    m_step->setStyleSheet(QStringLiteral("color: #5f6670;"));
    layout->addWidget(m_title);
    layout->addLayout(barRow);
    layout->addWidget(m_step);
    hide();

    connect(m_cancel, &QPushButton::clicked, m_controller, &JobController::cancel);
    connect(m_controller, &JobController::started, this, &JobProgressPanel::onStarted);
    connect(m_controller, &JobController::progressChanged, this, &JobProgressPanel::onProgress);
    connect(m_controller, &JobController::stepChanged, this, &JobProgressPanel::showStep);
    connect(m_controller, &JobController::linesArrived, this, &JobProgressPanel::showStep);
    connect(m_controller, &JobController::cancelRequested, this,
            &JobProgressPanel::onCancelRequested);
    connect(m_controller, &JobController::finished, this, &QWidget::hide);
    retranslate();
}

void JobProgressPanel::setTitle(const QString& title)
{
    m_title->setText(title);
}

void JobProgressPanel::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    if (m_controller->isCancelling())
        m_title->setText(tr("Cancelling…"));
    showStep();
}

void JobProgressPanel::onStarted()
{
    m_title->setText(m_controller->title());
    m_cancel->setEnabled(true);
    m_step->clear();
    onProgress();
    show();
}

void JobProgressPanel::onProgress()
{
    const double fraction = m_controller->fraction();
    if (fraction < 0) {
        m_bar->setRange(0, 0); // busy until the job has figures
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(fraction * 1000));
    }
    using core::HumanFormat;
    const qint64 done = m_controller->bytesDone();
    const qint64 total = m_controller->bytesTotal();
    QString text;
    if (done >= 0)
        text = total > 0 ? tr("%1 of ~%2").arg(HumanFormat::bytes(done), HumanFormat::bytes(total))
                         : HumanFormat::bytes(done);
    if (const double speed = m_controller->bytesPerSecond(); speed >= 0)
        text += QStringLiteral(" · ") + HumanFormat::rate(speed);
    m_detail->setText(text);
}

void JobProgressPanel::showStep()
{
    const int count = int(m_controller->steps().size());
    if (count > 0 && m_controller->stepIndex() >= 0)
        m_step->setText(tr("Step %1 of %2: %3")
                            .arg(m_controller->stepIndex() + 1)
                            .arg(count)
                            .arg(m_controller->stepTitle()));
    else
        m_step->setText(m_controller->lastLine());
}

void JobProgressPanel::onCancelRequested()
{
    m_cancel->setEnabled(false);
    m_title->setText(tr("Cancelling…"));
}

} // namespace artgen::gui
