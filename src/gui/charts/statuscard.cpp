#include "statuscard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace artgen::gui {

StatusCard::StatusCard(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("statusCard"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::TabFocus); // so a screen reader reaches each card from the keyboard
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    m_title = new QLabel(this);
    m_value = new QLabel(this);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_value->setFont(big);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_title->setWordWrap(true);
    for (QLabel* label : {m_title, m_value, m_detail})
        layout->addWidget(label);
    layout->addStretch();
    setMinimumWidth(150);
    applyLevel();
}

void StatusCard::setTitle(const QString& title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

void StatusCard::show(Level level, const QString& value, const QString& detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    setToolTip(detail);
    setAccessibleDescription(value + QStringLiteral(". ") + detail);
    if (level != m_level) {
        m_level = level;
        applyLevel();
    }
}

QString StatusCard::value() const
{
    return m_value->text();
}

QString StatusCard::detail() const
{
    return m_detail->text();
}

void StatusCard::applyLevel()
{
    // The colour is never the only signal: the detail line says the same in words.
    QString edge;
    switch (m_level) {
    case Level::Unknown:
        edge = QStringLiteral("#9aa0a6");
        break;
    case Level::Ok:
        edge = QStringLiteral("#1e8e3e");
        break;
    case Level::Warning:
        edge = QStringLiteral("#e3a008");
        break;
    case Level::Critical:
    case Level::Fault:
        edge = QStringLiteral("#c5221f");
        break;
    }
    setProperty("level", int(m_level));
    setStyleSheet(QStringLiteral("QFrame#statusCard { border: 1px solid palette(mid); "
                                 "border-left: 5px solid %1; border-radius: 3px; }"
                                 "QFrame#statusCard:focus { border: 2px solid palette(highlight);"
                                 " border-left: 5px solid %1; }")
                      .arg(edge));
}

} // namespace artgen::gui
