#pragma once

#include "checklistrun.h"
#include "job/job.h"

#include <QMutex>

namespace artgen::core {

// A job that fills a ChecklistRun on its worker thread (the checklist's steps, a rollback's
// stages): the run is read with snapshot() from any thread, saved to `folder` as the job goes
// (nothing saved when it is empty), and at the end the report is written beside it and the run's
// JSON is the job's result.
class ChecklistRunJob : public Job
{
    Q_OBJECT

public:
    // A copy of the run as it stands; thread-safe.
    ChecklistRun snapshot() const;
    // The report files written at the end (Markdown, HTML); empty before.
    QStringList reportFiles() const;

protected:
    ChecklistRunJob(QString title, ChecklistRun run, QString folder);

    void save();
    // The end of run(): the report beside the run, then cancelled, or succeeded with the run's
    // JSON.
    void finishRun();

    mutable QMutex m_mutex; // guards m_run and m_reports
    ChecklistRun m_run;

private:
    QString m_folder;
    QStringList m_reports;
};

} // namespace artgen::core
