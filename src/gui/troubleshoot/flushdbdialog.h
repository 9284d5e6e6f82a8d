#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace artgen::gui {

// The Redis runbook's FLUSHDB, asked with care: which database (Redis' 0 by default), what goes
// (every key of it: cached results, and Celery's queued tasks when it is the broker's), and the
// number typed again. The dialog passes on what was typed as it is; the core refuses a number
// that is not the database's, and the page shows its refusal. Open it with open().
class FlushDbDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FlushDbDialog(QWidget* parent = nullptr);

    QSpinBox* database() const { return m_database; }
    QLineEdit* typed() const { return m_typed; }

Q_SIGNALS:
    // Accepted: flush `database` with the confirmation `typed`.
    void flushRequested(int database, const QString& typed);

private:
    void retranslate();
    void updateButton();

    QLabel* m_text = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QSpinBox* m_database = nullptr;
    QLabel* m_typedLabel = nullptr;
    QLineEdit* m_typed = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace artgen::gui
