#pragma once

#include "checklist/checklistrun.h"

#include <QAbstractTableModel>

namespace artgen::gui {

// The checklist runs saved in a profile's run folder, newest first: when each started, what it
// covered (a deployment, the health check 6–10, other steps), where it stands (complete, failed
// at a step, interrupted at a step), its steps' counts and who ran it. A view of a list handed
// in; scan() reads the folder and runs off the UI thread.
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Started, Kind, State, Steps, User, ColumnCount };

    struct Entry
    {
        core::ChecklistRun run;
        QString path;     // the run's JSON
        QString markdown; // its report files; empty when none was written
        QString html;
        bool superseded = false; // a newer run of the same steps is listed

        // Resume goes on with it: unfinished, not rolled back and not superseded.
        bool resumable() const { return run.canResume() && !superseded; }
    };

    explicit RunListModel(QObject* parent = nullptr);

    // Every readable run-*.json in `folder` with its report files, newest first, each marked
    // when a newer run of the same steps supersedes it. I/O: call it off the UI thread.
    static QList<Entry> scan(const QString& folder);

    void setEntries(const QList<Entry>& entries);
    const Entry* entryAt(int row) const;
    int rowOf(const QString& runId) const; // -1 when not listed

    // "Deployment (1–11)", "Health check (6–10)", "Steps 3–4".
    static QString kindText(const core::ChecklistRun& run);
    // "Complete", "Failed at step 7", "Interrupted at step 4", "Not started".
    static QString stateText(const core::ChecklistRun& run);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString countsText(const core::ChecklistRun& run);

    QList<Entry> m_entries;
};

} // namespace artgen::gui
