#include "checklistrunjob.h"

#include "checklistreport.h"

namespace artgen::core {

ChecklistRunJob::ChecklistRunJob(QString title, ChecklistRun run, QString folder)
    : Job(std::move(title)), m_run(std::move(run)), m_folder(std::move(folder))
{}

ChecklistRun ChecklistRunJob::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_run;
}

QStringList ChecklistRunJob::reportFiles() const
{
    QMutexLocker lock(&m_mutex);
    return m_reports;
}

void ChecklistRunJob::save()
{
    if (m_folder.isEmpty())
        return;
    if (const Status saved = snapshot().save(m_folder); !saved)
        log(saved.error().message());
}

void ChecklistRunJob::finishRun()
{
    if (!m_folder.isEmpty()) {
        const auto files = ChecklistReport::write(snapshot(), m_folder);
        if (files) {
            QMutexLocker lock(&m_mutex);
            m_reports = *files;
        } else {
            log(files.error().message());
        }
    }
    if (isCancelRequested()) {
        finishCancelled();
        return;
    }
    succeed(snapshot().toJson());
}

} // namespace artgen::core
