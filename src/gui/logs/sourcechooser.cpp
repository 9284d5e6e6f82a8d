#include "sourcechooser.h"

#include <QCheckBox>
#include <QMenu>
#include <QSignalBlocker>
#include <QWidgetAction>

namespace artgen::gui {

SourceChooser::SourceChooser(QWidget* parent) : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setMenu(new QMenu(this));
    rebuildMenu();
}

void SourceChooser::setSources(const QStringList& sources)
{
    const bool wasAll = m_chosen.isEmpty() || m_chosen.size() == m_sources.size();
    m_sources = sources;
    QStringList kept;
    for (const QString& s : std::as_const(m_chosen))
        if (sources.contains(s))
            kept << s;
    m_chosen = wasAll || kept.isEmpty() ? sources : kept;
    rebuildMenu();
}

QStringList SourceChooser::chosen() const
{
    return m_chosen;
}

void SourceChooser::setChosen(const QStringList& services)
{
    QStringList next;
    for (const QString& s : std::as_const(m_sources))
        if (services.contains(s))
            next << s;
    if (next.isEmpty())
        next = m_sources;
    if (next == m_chosen)
        return;
    m_chosen = next;
    for (QCheckBox* box : std::as_const(m_boxes)) {
        const QSignalBlocker block(box);
        box->setChecked(m_chosen.contains(box->property("service").toString()));
    }
    const QSignalBlocker block(m_all);
    m_all->setChecked(allChosen());
    updateText();
    Q_EMIT chosenChanged(m_chosen);
}

QCheckBox* SourceChooser::checkBox(const QString& service) const
{
    for (QCheckBox* box : m_boxes)
        if (box->property("service").toString() == service)
            return box;
    return nullptr;
}

void SourceChooser::rebuildMenu()
{
    menu()->clear(); // deletes the actions and with them their check boxes
    m_boxes.clear();
    const auto add = [this](const QString& service) {
        auto* box = new QCheckBox;
        box->setProperty("service", service);
        box->setContentsMargins(8, 2, 8, 2);
        auto* action = new QWidgetAction(menu());
        action->setDefaultWidget(box);
        menu()->addAction(action);
        return box;
    };
    m_all = add(QString());
    m_all->setChecked(allChosen());
    connect(m_all, &QCheckBox::toggled, this, [this](bool on) {
        // Unticking "All" would leave nothing: it only ever chooses everything.
        setChosen(on ? m_sources : QStringList());
        const QSignalBlocker block(m_all);
        m_all->setChecked(true);
    });
    menu()->addSeparator();
    for (const QString& s : std::as_const(m_sources)) {
        QCheckBox* box = add(s);
        box->setText(s);
        box->setChecked(m_chosen.contains(s));
        connect(box, &QCheckBox::toggled, this, &SourceChooser::onToggled);
        m_boxes << box;
    }
    retranslate();
}

void SourceChooser::onToggled()
{
    QStringList next;
    for (QCheckBox* box : std::as_const(m_boxes))
        if (box->isChecked())
            next << box->property("service").toString();
    if (next.isEmpty()) {
        // The last one cannot go: a view of nothing is never what was meant.
        auto* box = qobject_cast<QCheckBox*>(sender());
        const QSignalBlocker block(box);
        if (box)
            box->setChecked(true);
        return;
    }
    setChosen(next);
}

void SourceChooser::retranslate()
{
    if (m_all)
        m_all->setText(tr("All containers"));
    setToolTip(tr("Which containers to show: tick several for a merged timeline."));
    updateText();
}

void SourceChooser::updateText()
{
    if (m_sources.isEmpty() || allChosen())
        setText(tr("Containers: all"));
    else if (m_chosen.size() == 1)
        setText(tr("Container: %1").arg(m_chosen.first()));
    else
        setText(tr("Containers: %1").arg(m_chosen.join(QStringLiteral(", "))));
}

} // namespace artgen::gui
