#pragma once

#include <QStringList>
#include <QToolButton>

class QCheckBox;
class QWidgetAction;

namespace artgen::gui {

// "Containers: all ▾" — picks which of the stack's containers a log view shows. A menu of check
// boxes (QWidgetAction, so the menu stays open while several are ticked) plus "All"; at least
// one stays chosen. The button's text sums up the choice.
class SourceChooser : public QToolButton
{
    Q_OBJECT

public:
    explicit SourceChooser(QWidget* parent = nullptr);

    // The services on offer, in order; keeps the choice for names still offered.
    void setSources(const QStringList& sources);
    QStringList sources() const { return m_sources; }
    // The chosen services; every one of them when all are chosen.
    QStringList chosen() const;
    bool allChosen() const { return chosen().size() == m_sources.size(); }
    void setChosen(const QStringList& services); // empty or unknown names: all
    // The check box of one service (tests and accessibility).
    QCheckBox* checkBox(const QString& service) const;
    void retranslate();

Q_SIGNALS:
    void chosenChanged(const QStringList& services);

private:
    void rebuildMenu();
    void onToggled();
    void updateText();

    QStringList m_sources;
    QStringList m_chosen;
    QCheckBox* m_all = nullptr;
    QList<QCheckBox*> m_boxes;
};

} // namespace artgen::gui
