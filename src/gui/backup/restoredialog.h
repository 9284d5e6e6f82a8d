#pragma once

#include "backup/backupmanifest.h"
#include "backup/restorejob.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace artgen::gui {

// Asks before a restore and shows what will happen: the file and its manifest facts, the
// options (into the existing database in one transaction, or a clean replace that needs the
// database name typed; safety backup first; stop backend and celery), and the steps in the order
// they will run, updated live. It runs nothing itself: the Backups page runs options().
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    struct Input
    {
        core::RestoreJob::Options options; // target, file, folder and format of the safety backup
        qint64 fileSize = -1;              // -1: unknown
        std::optional<core::BackupManifest> manifest;
    };

    explicit RestoreDialog(Input input, QWidget* parent = nullptr);

    core::RestoreJob::Options options() const;
    QStringList plan() const;

    // "2 501 022 rows in all", grouped in the UI language, also beyond an int.
    static QString rowsInAll(qint64 rows);

protected:
    void changeEvent(QEvent* event) override;

private:
    bool foreign() const;
    void buildUi();
    void retranslate();
    void update();

    Input m_input;
    QLabel* m_intro = nullptr;
    QLabel* m_facts = nullptr;
    QTableWidget* m_tables = nullptr;
    QLabel* m_modeLabel = nullptr;
    QRadioButton* m_existing = nullptr;
    QRadioButton* m_clean = nullptr;
    QCheckBox* m_safety = nullptr;
    QCheckBox* m_stop = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_planLabel = nullptr;
    QListWidget* m_plan = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace artgen::gui
