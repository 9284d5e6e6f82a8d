#pragma once

#include <QLabel>

namespace artgen::core {
class Profile;
}

namespace artgen::gui {

// A thin coloured strip above every page while the active profile is marked production, so no
// click on that stack is made thinking it is staging. Hidden for any other profile.
class ProductionBanner : public QLabel
{
    Q_OBJECT

public:
    explicit ProductionBanner(QWidget* parent = nullptr);

    // Shows the banner for `profile` when it is production; hides it otherwise (or for none).
    void showFor(const core::Profile* profile);
};

} // namespace artgen::gui
