#include "lograngebar.h"

#include "logspage.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace artgen::gui {

namespace {
QDateTime localTime(qint64 ns)
{
    return QDateTime::fromSecsSinceEpoch(ns / 1000000000LL, Qt::LocalTime);
}
} // namespace

LogRangeBar::LogRangeBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timeRange"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    const auto edit = [this](const QString& name) {
        auto* e = new QDateTimeEdit(this);
        e->setObjectName(name);
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        e->setTimeSpec(Qt::LocalTime);
        return e;
    };
    m_fromLabel = new QLabel(this);
    m_from = edit(QStringLiteral("rangeFrom"));
    m_toLabel = new QLabel(this);
    m_to = edit(QStringLiteral("rangeTo"));
    m_toNow = new QCheckBox(this);
    m_toNow->setObjectName(QStringLiteral("rangeToNow"));
    m_toNow->setChecked(true);
    m_to->setEnabled(false);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_fromLabel, m_from, m_toLabel, m_to, m_toNow})
        row->addWidget(w);
    row->addStretch(1);

    m_editTimer = new QTimer(this);
    m_editTimer->setObjectName(QStringLiteral("rangeEditTimer"));
    m_editTimer->setSingleShot(true);
    m_editTimer->setInterval(300);
    connect(m_editTimer, &QTimer::timeout, this, &LogRangeBar::rangeChanged);
    for (QDateTimeEdit* e : {m_from, m_to})
        connect(e, &QDateTimeEdit::dateTimeChanged, m_editTimer, qOverload<>(&QTimer::start));
    connect(m_toNow, &QCheckBox::toggled, this, [this](bool now) {
        m_to->setEnabled(!now);
        if (!now && m_to->dateTime() < m_from->dateTime()) {
            const QSignalBlocker block(m_to);
            m_to->setDateTime(QDateTime::currentDateTime());
        }
        settle();
        Q_EMIT rangeChanged();
    });
    retranslate();
}

core::LogTimeWindow LogRangeBar::window() const
{
    return core::LogTimeWindow::secondsRange(
        m_from->dateTime().toSecsSinceEpoch(),
        m_toNow->isChecked() ? 0 : m_to->dateTime().toSecsSinceEpoch());
}

void LogRangeBar::setRange(qint64 fromNs, qint64 toNs)
{
    const QSignalBlocker b1(m_from), b2(m_to), b3(m_toNow);
    m_from->setDateTime(localTime(fromNs));
    m_toNow->setChecked(toNs == 0);
    m_to->setEnabled(toNs != 0);
    m_to->setDateTime(toNs ? localTime(toNs) : QDateTime::currentDateTime());
}

void LogRangeBar::prefill(qint64 fromNs)
{
    const QSignalBlocker b1(m_from), b2(m_to);
    m_from->setDateTime(localTime(fromNs));
    m_to->setDateTime(QDateTime::currentDateTime());
}

bool LogRangeBar::isEditing() const
{
    return m_editTimer->isActive();
}

void LogRangeBar::settle()
{
    m_editTimer->stop();
}

void LogRangeBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LogRangeBar::retranslate()
{
    m_fromLabel->setText(LogsPage::tr("From"));
    m_toLabel->setText(LogsPage::tr("to"));
    m_toNow->setText(LogsPage::tr("now (keep following)"));
    m_from->setAccessibleName(LogsPage::tr("Lines from"));
    m_from->setAccessibleDescription(LogsPage::tr("The start of the time range shown."));
    m_to->setAccessibleName(LogsPage::tr("Lines up to"));
    m_to->setAccessibleDescription(LogsPage::tr("The end of the time range shown."));
    m_toNow->setAccessibleName(m_toNow->text());
    m_toNow->setAccessibleDescription(
        LogsPage::tr("The range reaches the newest line and keeps following."));
    setAccessibleName(LogsPage::tr("Time range"));
}

} // namespace artgen::gui
