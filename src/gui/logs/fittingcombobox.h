#pragma once

#include <QComboBox>

namespace artgen::gui {

// A combo box as wide as its current entry, not its longest: a toolbar of several fits a narrow
// window in a longer language (Russian) and never cuts the entry shown; the open list shows
// every entry whole.
class FittingComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit FittingComboBox(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }
};

} // namespace artgen::gui
