#pragma once

#include "settings/profile.h"
#include "settings/valuerange.h"

#include <QList>
#include <QWidget>
#include <memory>
#include <optional>

class QSpinBox;
class QTimer;

namespace Ui {
class ProfileEditor;
}

namespace artgen::gui {

class RangedField;

// The fields of one stack profile (a form in ui/profileeditor.ui): name, stack folder, compose
// project, API URL, Docker host with its TLS files, PostgreSQL and Redis addresses, the
// production mark, service → container names, and where backups go, in which format and how
// many are kept. It lives in the Profiles dialog. Checking a profile looks at the disk (its stack
// folder), so it runs off the UI thread once the user pauses typing, and again before a save.
class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEditor(QWidget* parent = nullptr);
    ~ProfileEditor() override;

    // Shows `profile` for editing (none: empty and disabled); `others` are the other profiles,
    // whose names it must not take.
    void edit(const std::optional<core::Profile>& profile, QList<core::Profile> others);
    core::Profile profile() const;
    // An imported endpoint (a Docker context): the Docker host and its TLS files, then a check.
    void setEndpoint(const QString& dockerHost, const QString& ca, const QString& cert,
                     const QString& key);
    // The problem the last check found (empty when none, or not checked yet).
    QString problem() const;
    // A check is running or waiting for the user to pause.
    bool isChecking() const;

Q_SIGNALS:
    // Save was pressed and the profile passed its check.
    void saveRequested(const artgen::core::Profile& profile);
    // A check finished (tests wait for it).
    void checked(const QString& problem);

protected:
    void changeEvent(QEvent* event) override;

private:
    void setUpFields();
    void retranslate();
    void markDirty();
    void check(bool thenSave);
    void browseStackDir();
    void browseBackupDir();
    void updateRetentionSummary();
    void updateBackupHint();
    RangedField* rangedField(QSpinBox* box, core::ValueRange range);
    bool rangesValid() const;

    std::unique_ptr<Ui::ProfileEditor> m_ui;
    QList<core::Profile> m_others;
    bool m_has = false;
    bool m_loading = false;
    int m_generation = 0; // a check whose answer is older than the form is dropped
    bool m_checking = false;
    QTimer* m_checkTimer = nullptr;
    RangedField* m_keepLast = nullptr;
    RangedField* m_keepDays = nullptr;
};

} // namespace artgen::gui
