#include "fittingcombobox.h"

#include <QStyle>
#include <QStyleOptionComboBox>

namespace artgen::gui {

FittingComboBox::FittingComboBox(QWidget* parent) : QComboBox(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Another entry, another width.
    connect(this, &QComboBox::currentIndexChanged, this, &QWidget::updateGeometry);
}

QSize FittingComboBox::sizeHint() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QFontMetrics fm = fontMetrics();
    // The text, a little air, and the icon if the entry has one; the style adds frame and arrow.
    QSize contents(fm.horizontalAdvance(currentText()) + fm.horizontalAdvance(QLatin1Char('x')),
                   fm.height());
    if (!itemIcon(currentIndex()).isNull())
        contents.rwidth() += iconSize().width() + 4;
    const QSize fitted = style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, this);
    return {fitted.width(), QComboBox::sizeHint().height()};
}

} // namespace artgen::gui
