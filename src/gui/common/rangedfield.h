#pragma once

#include "settings/valuerange.h"

#include <QObject>

class QLabel;
class QSpinBox;

namespace artgen::gui {

// A number field checked against a core::ValueRange: the spin box takes any number typed, and
// one out of range shows a message under the field naming the allowed range (and is said to
// screen readers) instead of being clamped or reverted. The form keeps Save, or applying,
// for a valid value.
class RangedField : public QObject
{
    Q_OBJECT

public:
    // `message` is the label under the field; it is hidden while the value is allowed.
    RangedField(QSpinBox* box, QLabel* message, core::ValueRange range);

    bool isValid() const { return m_valid; }
    // The value as typed, also before the spin box takes it (keyboard tracking off).
    qint64 typedValue() const;
    // Checks again, e.g. after a language change (the message is said again).
    void check();

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    QSpinBox* m_box;
    QLabel* m_message;
    core::ValueRange m_range;
    bool m_valid = true;
};

} // namespace artgen::gui
