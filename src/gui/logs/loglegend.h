#pragma once

#include <QLabel>

namespace artgen::gui {

// What the painted markers of a log row mean, in the colours the rows use: the red bar of a
// stderr line and the level words. Shown under the lines; its tooltip says more.
class LogLegend : public QLabel
{
    Q_OBJECT

public:
    explicit LogLegend(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
};

} // namespace artgen::gui
