#include "loglegend.h"

#include "logrowdelegate.h"
#include "logspage.h"

#include <QEvent>

namespace artgen::gui {

LogLegend::LogLegend(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("logLegend"));
    setTextFormat(Qt::RichText);
    // Wraps rather than widen the page: the Russian legend alone is ~640 px.
    setWordWrap(true);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    retranslate();
}

void LogLegend::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

void LogLegend::retranslate()
{
    const auto swatch = [](const QColor& color, const QString& mark, const QString& meaning) {
        return QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>&nbsp;%3")
            .arg(color.name(), mark.toHtmlEscaped(), meaning.toHtmlEscaped());
    };
    QStringList items{
        swatch(LogRowDelegate::stderrColor(), QStringLiteral("▌"), LogsPage::tr("stderr"))};
    const std::pair<core::LogLevel, QString> levels[] = {
        {core::LogLevel::Critical, LogsPage::tr("critical")},
        {core::LogLevel::Error, LogsPage::tr("error")},
        {core::LogLevel::Warning, LogsPage::tr("warning")},
        {core::LogLevel::Info, LogsPage::tr("info")},
        {core::LogLevel::Debug, LogsPage::tr("debug")}};
    for (const auto& [level, meaning] : levels)
        items << swatch(LogRowDelegate::levelColor(level), LogRowDelegate::levelShort(level),
                        meaning);
    setText(items.join(QStringLiteral(" &nbsp; ")));
    const QString explained = LogsPage::tr(
        "A red bar at a line's left edge: the container wrote it to its error stream (stderr); "
        "many programs log there, so it does not mean an error by itself. The coloured word is "
        "the level read from the line; in a narrow pane it is a bar of the same colour.");
    setToolTip(explained);
    setAccessibleName(LogsPage::tr("Legend"));
    setAccessibleDescription(explained);
}

} // namespace artgen::gui
