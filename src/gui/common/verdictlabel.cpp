#include "verdictlabel.h"

#include "util/error.h"

namespace artgen::gui {

VerdictLabel::VerdictLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void VerdictLabel::showVerdict(Kind kind, const QString& html)
{
    QString style;
    switch (kind) {
    case Kind::Success:
        style = QStringLiteral("background:#e6f4ea; color:#135c32;");
        break;
    case Kind::Warning:
        style = QStringLiteral("background:#fff4d6; color:#6b4a00;");
        break;
    case Kind::Failure:
        style = QStringLiteral("background:#fbe9e7; color:#8a2a1c;");
        break;
    case Kind::Neutral:
        style = QStringLiteral("background:#eef0f3; color:#30343a;");
        break;
    }
    setStyleSheet(QStringLiteral("QLabel { %1 padding: 6px; border-radius: 3px; }").arg(style));
    setProperty("verdict", int(kind));
    setText(html);
    show();
}

void VerdictLabel::showError(const core::Error& error)
{
    QString html = QStringLiteral("<b>%1</b>").arg(error.what().toHtmlEscaped());
    if (!error.why().isEmpty())
        html += QStringLiteral("<br>") + error.why().toHtmlEscaped();
    if (!error.todo().isEmpty())
        html += QStringLiteral("<br>") + error.todo().toHtmlEscaped();
    showVerdict(Kind::Failure, html);
}

} // namespace artgen::gui
