#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace artgen::gui {

// For the start-up benchmark: notices the main window's first paint, prints the milliseconds
// since the process began, and quits. Costs nothing unless --bench-first-paint is given.
class FirstPaintWatcher : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintWatcher(QObject* parent = nullptr);
    void watch(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_done = false;
};

} // namespace artgen::gui
