#pragma once

#include <QFrame>

class QLabel;

namespace artgen::gui {

// One source's figure at a glance on the Charts page: a title, the value, a line under it
// (headroom, or why the source is silent) and a coloured edge for its level. The "level"
// property holds the Level (as an int) for tests and style sheets.
class StatusCard : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Unknown, Ok, Warning, Critical, Fault };
    Q_ENUM(Level)

    explicit StatusCard(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void show(Level level, const QString& value, const QString& detail);
    Level level() const { return m_level; }
    QString value() const;
    QString detail() const;

private:
    void applyLevel();

    QLabel* m_title = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_detail = nullptr;
    Level m_level = Level::Unknown;
};

} // namespace artgen::gui
