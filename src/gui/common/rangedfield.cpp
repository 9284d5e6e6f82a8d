#include "rangedfield.h"

#include <QLabel>
#include <QSpinBox>
#include <limits>

namespace artgen::gui {

RangedField::RangedField(QSpinBox* box, QLabel* message, core::ValueRange range)
    : QObject(box), m_box(box), m_message(message), m_range(range)
{
    // Two digits more than the range, so that 99999 can be typed where 1000 is the most and
    // then refused with a reason (QSpinBox would swallow the keystroke, or put the old value
    // back on leaving), and no wider: the box is as wide as its largest value.
    qint64 wide = 100;
    for (qint64 m = range.maximum(); m > 0; m /= 10)
        wide *= 10;
    m_box->setRange(int(qMin<qint64>(0, range.minimum())),
                    int(qMin<qint64>(wide - 1, std::numeric_limits<int>::max())));
    m_message->setObjectName(box->objectName() + QStringLiteral("Problem"));
    m_message->setStyleSheet(QStringLiteral("color: #b5402f;"));
    m_message->setWordWrap(true);
    m_message->hide();
    connect(m_box, &QSpinBox::textChanged, this, &RangedField::check);
    connect(m_box, &QSpinBox::valueChanged, this, &RangedField::check);
}

qint64 RangedField::typedValue() const
{
    if (!m_box->specialValueText().isEmpty() && m_box->text() == m_box->specialValueText())
        return m_box->minimum();
    bool ok = false;
    const qint64 typed = m_box->locale().toLongLong(m_box->cleanText(), &ok);
    return ok ? typed : m_box->value();
}

void RangedField::check()
{
    const QString problem = m_range.problem(typedValue());
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    // Said where a screen reader looks for the field's state.
    m_box->setAccessibleDescription(problem.isEmpty() ? m_box->toolTip() : problem);
    if (problem.isEmpty() != m_valid) {
        m_valid = problem.isEmpty();
        Q_EMIT validityChanged(m_valid);
    }
}

} // namespace artgen::gui
