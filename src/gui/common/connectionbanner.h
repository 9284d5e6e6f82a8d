#pragma once

#include <QLabel>

namespace artgen::gui {

// The red line across the top of a page while Docker does not answer: hidden while connected,
// shown with a sentence that says what failed and what happens next.
class ConnectionBanner : public QLabel
{
    Q_OBJECT

public:
    explicit ConnectionBanner(QWidget* parent = nullptr);

    // Empty text: connected, the banner goes.
    void showProblem(const QString& text);
};

} // namespace artgen::gui
