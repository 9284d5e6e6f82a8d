#pragma once

#include "postgres/pgsession.h"
#include "settings/profile.h"
#include "util/result.h"

#include <QDialog>
#include <QFuture>
#include <functional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace artgen::gui {

class PgSessionsModel;

// "Terminate idle connections…": the instructions' pg_terminate_backend on sessions idle for
// longer than N minutes (default 5). Lists first what it would end (a dry run), ends exactly
// those only when asked, and shows what was ended. The work is the monitor's (audited there);
// the dialog is opened with open(), never exec().
class TerminateIdleDialog : public QDialog
{
    Q_OBJECT

public:
    // (older than ms, dry run) → the sessions ended or that would be.
    using Action = std::function<QFuture<core::Result<QList<core::PgSession>>>(qint64, bool)>;

    TerminateIdleDialog(Action action, QWidget* parent = nullptr);
    // The profile the sessions belong to: a production one wants its name typed before any
    // session is ended.
    void setProfile(const core::Profile& profile);

    QSpinBox* minutes() const { return m_minutes; }
    QPushButton* terminateButton() const { return m_terminate; }
    PgSessionsModel* model() const { return m_model; }
    QString message() const;

public Q_SLOTS:
    void list();
    void terminate();

Q_SIGNALS:
    void listed();
    void terminated(int count);

private:
    void run(bool dryRun);
    void setBusy(bool busy);

    Action m_action;
    core::Profile m_profile;
    QSpinBox* m_minutes = nullptr;
    QPushButton* m_list = nullptr;
    QPushButton* m_terminate = nullptr;
    QTableView* m_table = nullptr;
    PgSessionsModel* m_model = nullptr;
    QLabel* m_message = nullptr;
    qint64 m_listedFor = -1; // the limit the list was made with
};

} // namespace artgen::gui
