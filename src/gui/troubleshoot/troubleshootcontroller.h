#pragma once

#include "monitor/thresholds.h"
#include "stackconfig/stackroles.h"
#include "troubleshoot/diagnosis.h"
#include "util/error.h"

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

// What the Troubleshooting page does, without its widgets: gathers the evidence and diagnoses
// every runbook (DiagnoseJob) for one runbook's Diagnose or for "What is wrong?", and runs the
// runbooks' fixes that change the stack — restart a service and wait until it answers, FLUSHDB
// of a typed database number — one job at a time through its JobController.
class TroubleshootController : public QObject
{
    Q_OBJECT

public:
    explicit TroubleshootController(core::JobRunner& jobs, QObject* parent = nullptr);
    ~TroubleshootController() override;

    JobController* jobs() const { return m_jobs; }
    bool isBusy() const;
    void setServices(std::shared_ptr<core::ProfileServices> services);
    bool hasProfile() const;
    void setThresholds(const core::Thresholds& thresholds) { m_thresholds = thresholds; }

    // Diagnoses every runbook; `asked` is the runbook whose Diagnose was clicked, none for
    // "What is wrong?". diagnosed() follows.
    bool diagnose(std::optional<core::Problem> asked);
    bool restart(core::StackRole role);
    bool flushDb(int database, const QString& typed);

    // The last diagnosis of `problem`, if one ran on these services.
    std::optional<core::Diagnosis> diagnosis(core::Problem problem) const;
    std::optional<core::Diagnosis> picked() const { return m_picked; }
    bool hasDiagnosed() const { return m_diagnosed; }

Q_SIGNALS:
    void started(const QString& description);
    // A diagnosis ended; `asked` as given to diagnose().
    void diagnosed(std::optional<artgen::core::Problem> asked);
    // A fix ended well; `text` says what was done.
    void fixed(const QString& text);
    void failed(const artgen::core::Error& error);

private:
    bool start(std::shared_ptr<core::Job> job, const QString& description);
    void onFinished(core::Job* job);

    JobController* m_jobs;
    std::shared_ptr<core::ProfileServices> m_services;
    core::Thresholds m_thresholds;
    std::optional<core::Problem> m_asked;
    QList<core::Diagnosis> m_diagnoses;
    std::optional<core::Diagnosis> m_picked;
    bool m_diagnosed = false;
};

} // namespace artgen::gui
