#pragma once

#include "configcontroller.h"

#include <QDialog>

class QTabWidget;

namespace artgen::gui {

// "Show changes": the unified diff of every file an edit changes, a tab per file, removed lines
// red, added lines green and hunk headers blue. Opened with open(), never exec().
class ConfigDiffDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConfigDiffDialog(const QList<ConfigController::FileDiff>& diffs,
                              QWidget* parent = nullptr);

    // The diff as HTML: one <pre> line per diff line, coloured by its first character.
    static QString html(const QByteArray& diff);
    QTabWidget* tabs() const { return m_tabs; }

private:
    QTabWidget* m_tabs = nullptr;
};

} // namespace artgen::gui
