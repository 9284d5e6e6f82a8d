#include "runlistmodel.h"

#include "checklist/checklist.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <algorithm>

namespace artgen::gui {

using core::StepState;

RunListModel::RunListModel(QObject* parent) : QAbstractTableModel(parent) {}

QList<RunListModel::Entry> RunListModel::scan(const QString& folder)
{
    QList<Entry> entries;
    const QDir dir(folder);
    // Run ids are their creation times: the names sort newest first.
    const QStringList names =
        dir.entryList({QStringLiteral("run-*.json")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        const auto run = core::ChecklistRun::load(dir.filePath(name));
        if (!run)
            continue;
        Entry e{*run, dir.filePath(name), {}, {}};
        e.superseded = std::any_of(entries.cbegin(), entries.cend(), [&](const Entry& newer) {
            return run->isSupersededBy(newer.run);
        });
        const QString md = dir.filePath(QStringLiteral("report-%1.md").arg(run->id));
        const QString html = dir.filePath(QStringLiteral("report-%1.html").arg(run->id));
        if (QFileInfo::exists(md))
            e.markdown = md;
        if (QFileInfo::exists(html))
            e.html = html;
        entries << e;
    }
    return entries;
}

void RunListModel::setEntries(const QList<Entry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const RunListModel::Entry* RunListModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int RunListModel::rowOf(const QString& runId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).run.id == runId)
            return i;
    return -1;
}

QString RunListModel::kindText(const core::ChecklistRun& run)
{
    if (run.first == core::ChecklistRun::kFirstStep && run.last == core::ChecklistRun::kLastStep)
        return tr("Deployment (1–11)");
    if (run.first == core::Checklist::kHealthFirst && run.last == core::Checklist::kHealthLast)
        return tr("Health check (6–10)");
    if (run.first == run.last)
        return tr("Step %1").arg(run.first);
    return tr("Steps %1–%2").arg(run.first).arg(run.last);
}

QString RunListModel::stateText(const core::ChecklistRun& run)
{
    if (run.rollback) {
        switch (run.rollback->state) {
        case StepState::Passed:
            return tr("Rolled back");
        case StepState::Failed:
            return tr("Rollback failed");
        case StepState::Running:
            return tr("Rolling back");
        default:
            break;
        }
    }
    if (run.count(StepState::Pending) == int(run.steps.size()))
        return tr("Not started");
    for (const core::StepRecord& r : run.steps)
        if (r.state == StepState::Failed)
            return tr("Failed at step %1").arg(r.id);
    if (const int at = run.resumeStep(); at > 0)
        return tr("Interrupted at step %1").arg(at);
    return run.count(StepState::Warned) > 0 ? tr("Complete, with warnings") : tr("Complete");
}

QString RunListModel::countsText(const core::ChecklistRun& run)
{
    QStringList parts;
    const auto add = [&](StepState state, const QString& text) {
        if (const int n = run.count(state); n > 0)
            parts << text.arg(n);
    };
    add(StepState::Passed, tr("%1 passed"));
    add(StepState::Warned, tr("%1 warned"));
    add(StepState::Failed, tr("%1 failed"));
    add(StepState::Skipped, tr("%1 skipped"));
    return parts.isEmpty() ? tr("none run") : parts.join(QStringLiteral(", "));
}

int RunListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RunListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex& index, int role) const
{
    const Entry* e = entryAt(index.row());
    if (!e || !index.isValid())
        return {};
    if (role == Qt::UserRole)
        return e->run.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Started:
        return QLocale().toString(e->run.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Kind:
        return kindText(e->run);
    case State:
        // Resume passes it over: going on with it would redo its steps over the newer run's.
        if (e->superseded && e->run.canResume())
            return tr("%1, superseded by a newer run").arg(stateText(e->run));
        return stateText(e->run);
    case Steps:
        return countsText(e->run);
    case User:
        return e->run.osUser;
    }
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started:
        return tr("Started");
    case Kind:
        return tr("Run type");
    case State:
        return tr("State");
    case Steps:
        return tr("Steps");
    case User:
        return tr("User");
    }
    return {};
}

} // namespace artgen::gui
