#pragma once

#include "stackconfig/configapplyjob.h"
#include "stackconfig/confighistory.h"
#include "stackconfig/configpreset.h"
#include "stackconfig/gitrollback.h"
#include "util/result.h"

#include <QObject>
#include <memory>
#include <optional>

namespace artgen::core {
class Job;
class JobRunner;
class ProfileServices;
} // namespace artgen::core

namespace artgen::gui {

class JobController;

// The Configuration page's writing side, without widgets: runs a core::ConfigApplyJob (apply,
// preset, rollback to a history entry, back to git HEAD) through its JobController, reads the
// profile's history, the git state of the stack folder and the user's presets, and saves a
// preset — all file, process and Docker work off the UI thread. Answers that arrive after a
// profile switch are dropped; a running job keeps the services it started with.
class ConfigApplyFlow : public QObject
{
    Q_OBJECT

public:
    ConfigApplyFlow(core::JobRunner& jobs, QObject* parent = nullptr);
    ~ConfigApplyFlow() override;

    JobController* jobs() const { return m_jobs; }
    bool isBusy() const;
    void setServices(std::shared_ptr<core::ProfileServices> services);

    // Runs `plan` (kind "apply", "preset", "rollback" or "git"); started() or failed() follows.
    void apply(const core::ConfigApplyPlan& plan, const QString& kind, bool takeEffect,
               const QString& rollbackOf = {});
    // The last finished job's report, valid from applied() on.
    const core::ConfigApplyJob::Report& lastReport() const { return m_report; }

    // Reads the history (newest first in historyChanged()).
    void readHistory();
    const QList<core::ConfigHistoryEntry>& history() const { return m_history; }
    // Looks at the stack folder in git; gitChanged() follows. Not a repository: no state.
    void inspectGit();
    const std::optional<core::GitRollback::State>& gitState() const { return m_git; }
    // git has answered for the current profile (a repository or not).
    bool isGitKnown() const { return m_gitKnown; }

    void readPresets();
    const QList<core::ConfigPreset>& userPresets() const { return m_presets; }
    void savePreset(const QString& name, const core::ConfigChange& values);

    // The four files the editor changes, relative to the stack folder.
    static QStringList files();

Q_SIGNALS:
    void started(const QString& description);
    // The job ended; `ok` says whether it succeeded (lastReport() holds what it did).
    void applied(bool ok, const QString& summary);
    void failed(const artgen::core::Error& error);
    void historyChanged();
    void gitChanged();
    void presetsChanged();
    void presetSaved(const QString& name);

private:
    void onFinished(core::Job* job);

    std::shared_ptr<core::ProfileServices> m_services;
    JobController* m_jobs;
    core::ConfigApplyJob::Report m_report;
    QList<core::ConfigHistoryEntry> m_history;
    std::optional<core::GitRollback::State> m_git;
    bool m_gitKnown = false;
    QList<core::ConfigPreset> m_presets;
    QString m_summary;
};

} // namespace artgen::gui
