#pragma once

#include <QLabel>

namespace artgen::core {
class Error;
}

namespace artgen::gui {

// The outcome of the last action on a page, as a coloured box: success, warning, failure or
// neutral. Its "verdict" property holds the Kind (as an int) for tests and style sheets.
class VerdictLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { Success, Warning, Failure, Neutral };
    Q_ENUM(Kind)

    explicit VerdictLabel(QWidget* parent = nullptr);

    void showVerdict(Kind kind, const QString& html);
    // What failed in bold, then why and what to do.
    void showError(const core::Error& error);
};

} // namespace artgen::gui
