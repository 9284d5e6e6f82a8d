#include "productionbanner.h"

#include "settings/profile.h"

namespace artgen::gui {

ProductionBanner::ProductionBanner(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("productionBanner"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setContentsMargins(10, 3, 10, 3);
    // Red with white text: readable in light and dark themes, and not a colour any page uses
    // for an ordinary state.
    setStyleSheet(QStringLiteral("QLabel#productionBanner { background: #b3261e; color: white; "
                                 "font-weight: bold; }"));
    hide();
}

void ProductionBanner::showFor(const core::Profile* profile)
{
    if (!profile || !profile->production) {
        hide();
        return;
    }
    setText(tr("PRODUCTION — “%1”: destructive actions ask for the profile's name.")
                .arg(profile->name));
    setAccessibleName(text());
    show();
}

} // namespace artgen::gui
