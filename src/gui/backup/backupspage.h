#pragma once

#include "backup/backupcatalog.h"
#include "restoredialog.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;

namespace artgen::core {
class ActiveServices;
class JobRunner;
} // namespace artgen::core

namespace artgen::gui {

class BackupCatalogModel;
class BackupsController;
class JobPageFrame;
class RecordTableView;

// The Backups page: the catalogue of the active profile's backup folder, "Back up now", verify,
// delete, and restore (from the catalogue or any file) through RestoreDialog. A view: the flows
// are BackupsController's, the job's progress, steps and cancel JobProgressPanel's. Listing the
// folder happens off the UI thread.
class BackupsPage : public QWidget
{
    Q_OBJECT

public:
    // Follows `services`: a profile switch lists the new profile's backups.
    BackupsPage(core::ActiveServices& services, core::JobRunner& jobs, QWidget* parent = nullptr);
    ~BackupsPage() override;

    BackupCatalogModel* model() const { return m_model; }
    QString folder() const;
    bool isBusy() const;
    bool isListed() const { return m_listed; } // the folder has been read at least once

public Q_SLOTS:
    // The active profile changed: list its folder.
    void reloadProfile();
    // Lists the folder again (off the UI thread); refreshed() follows.
    void refresh();
    void backUpNow();
    void verifySelected();
    void deleteSelected();
    void restoreSelected();
    void restoreFromFile();
    void openFolder();
    // Looks at the file (manifest, size) and the profile's database off the UI thread, then
    // opens the RestoreDialog; accepting it starts the restore.
    void openRestoreDialog(const QString& file);

Q_SIGNALS:
    void refreshed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    QWidget* buildCatalogue(QWidget* parent);
    void connectFlows();
    void retranslate();
    void updateButtons();
    void updateSummary();
    const core::BackupCatalog::Entry* selected() const;
    void selectPath(const QString& path);
    void showRestoreDialog(const RestoreDialog::Input& input);

    core::ActiveServices& m_active;
    BackupsController* m_flows = nullptr;
    int m_generation = 0;
    QString m_selectAfterRefresh;
    bool m_listed = false;
    BackupCatalogModel* m_model = nullptr;

    QPushButton* m_backUp = nullptr;
    QLabel* m_formatLabel = nullptr;
    QComboBox* m_format = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_openFolder = nullptr;
    QLabel* m_summary = nullptr;
    RecordTableView* m_table = nullptr;
    // The selected backup's actions (buttons and context menu alike).
    QAction* m_verify = nullptr;
    QAction* m_restore = nullptr;
    QAction* m_delete = nullptr;
    QPushButton* m_restoreFile = nullptr;
    JobPageFrame* m_frame = nullptr;
};

} // namespace artgen::gui
