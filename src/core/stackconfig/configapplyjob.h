#pragma once

#include "configapplyplan.h"
#include "confighistory.h"
#include "docker/containerinspection.h"
#include "job/job.h"
#include "settings/profile.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QStringList>

namespace artgen::core {

class DockerClient;

// Applies a planned configuration change to a profile's stack, in five declared steps:
//  1. validate — the candidates with nginx -t, compose config -q and a Python compile
//     (ConfigValidator); a failure writes nothing;
//  2. write — every changed file, all or nothing (ConfigFileWriter), previous versions kept in
//     the profile's data folder;
//  3. record — a ConfigHistory entry (before/after bytes, values, time, OS user, profile) and
//     the audit log;
//  4. take effect — nginx -s reload, `up -d` of the services whose compose command changed, a
//     restart of backend and celery for the Python files; or, when declined, the result says
//     what must still happen;
//  5. check — nginx answers /api/v1/health with 200 through the frontend port, gunicorn runs 1
//     master + the new number of workers, Celery the new concurrency.
//
// A rollback is the same job with a plan back to an entry's "before" bytes (kind "rollback"),
// or to the git HEAD bytes (kind "git", written with `git checkout HEAD --`). Synchronous: it
// blocks its own worker thread (never the UI's) and checks for cancel between steps.
class ConfigApplyJob : public Job
{
    Q_OBJECT

public:
    struct Options
    {
        Profile profile;
        ConfigApplyPlan plan;
        bool validate = true;
        bool takeEffect = true;
        QString kind = QStringLiteral("apply"); // "apply", "preset", "rollback", "git"
        QString rollbackOf;                     // kind "rollback": the entry's id
        QString summary;     // the history entry's summary; empty: the plan's own
        QString historyPath; // empty: ConfigHistory::forProfile
        QString previousDir; // empty: <profile data folder>/previous
        int checkTimeoutMs = 180000;
    };

    struct Report
    {
        QString historyId;
        QStringList validation;     // the checkers' output lines
        QStringList written;        // files written (relative paths)
        QStringList writtenInPlace; // of those, the single-file bind mounts rewritten in place
        QStringList done;           // actions taken to make the change take effect, checked
        QStringList pending;        // what must still happen (take effect declined or failed)
        QList<QPair<QString, qint64>> stepMs; // step title -> milliseconds
    };

    ConfigApplyJob(DockerClient* docker, Options options, QObject* parent = nullptr);

    const Options& options() const { return m_options; }
    // Valid once finished (also after a failure: what was done up to it).
    const Report& report() const { return m_report; }
    static QStringList plan();

    // The paths among `paths` (relative to `stackDir`) that a container mounts as a single-file
    // bind mount: those must be rewritten in place (see the .cpp).
    static QSet<QString> singleFileMounts(const QList<ContainerInspection::Mount>& mounts,
                                          const QString& stackDir, const QStringList& paths);
    // A plan back to the "before" bytes of `entry` from the files as they are now.
    static ConfigApplyPlan rollbackPlan(const ConfigHistoryEntry& entry,
                                        const QHash<QString, QByteArray>& current);

protected:
    void run() override;

private:
    enum Step { Validate, Write, Record, TakeEffect, Check };
    bool runStep(Step step, const std::function<Status()>& body);
    Status validateStep();
    Status writeStep();
    Status recordStep();
    Status takeEffectStep();
    Status checkStep();

    Status reloadNginx();
    Status recreate(const QStringList& services);
    Status restart(const QStringList& services);
    Status checkNginx();
    Status checkWorkers();
    QString containerOf(const QString& service) const;
    void audit(const QString& outcome, const QString& why = {});

    DockerClient* m_docker;
    Options m_options;
    Report m_report;
    QSet<QString> m_inPlace;
};

} // namespace artgen::core
