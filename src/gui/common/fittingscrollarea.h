#pragma once

#include <QScrollArea>

namespace artgen::gui {

// A column of settings that scrolls up and down only and is always as wide as its widget needs:
// its size hints follow the widget's whenever the widget's layout changes (a language switch at
// run time, a longer text), so a label is never cut and no width is fixed at the first layout.
class FittingScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    explicit FittingScrollArea(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int widthFor(int widgetWidth) const;
};

} // namespace artgen::gui
