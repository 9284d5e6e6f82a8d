#pragma once

#include <QHash>
#include <QTabWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace artgen::core {
class ConfigKey;
}

namespace artgen::gui {

class ConfigDraft;
class RangedField;

// The settings of the four files, a tab per file, a row per key of core::ConfigKey: its name,
// the file's current value, the new value (a number field refusing values out of range, a text
// field or on/off), the allowed range, and where in the file it is — for nginx, the block that a
// change edits, and a box to change every block that holds the directive. Edits go to the
// ConfigDraft, and what it holds is shown. The page adds its own tabs after the files'.
class ConfigForm : public QTabWidget
{
    Q_OBJECT

public:
    explicit ConfigForm(QWidget* parent = nullptr);

    void setDraft(ConfigDraft* draft);
    // The editor of `key` (a QSpinBox, QLineEdit or QComboBox), for tests and focus.
    QWidget* editor(const QString& key) const;
    QCheckBox* allPlaces(const QString& key) const;
    // The file tab that holds `key`.
    int tabOf(const QString& key) const;
    void retranslate();

private:
    struct Row
    {
        QLabel* name = nullptr;
        QLabel* current = nullptr;
        QWidget* editor = nullptr;
        QLabel* problem = nullptr;
        RangedField* ranged = nullptr;
        QLabel* range = nullptr;
        QLabel* where = nullptr;
        QCheckBox* all = nullptr;
    };
    void build();
    void addHeader(QGridLayout* grid);
    void addRow(QGridLayout* grid, const core::ConfigKey& key);
    QWidget* makeEditor(const core::ConfigKey& key, QWidget* parent, Row* row);
    void edited(const QString& key);
    void refresh();
    void showValue(const core::ConfigKey& key, Row& row);
    void showWhere(const core::ConfigKey& key, Row& row);
    QString typed(const QString& key) const;

    ConfigDraft* m_draft = nullptr;
    QHash<QString, Row> m_rows;
    QList<QLabel*> m_headers; // five per tab
    bool m_updating = false;
};

} // namespace artgen::gui
