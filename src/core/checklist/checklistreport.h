#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace artgen::core {

class ChecklistRun;
struct RollbackRecord;

// A checklist run as a document for people: Markdown and HTML with who ran it (the OS user) on
// which profile, every step's result, summary, evidence and timing, the skipped steps with their
// reasons, the load test's figures and the rollback, when one was started. Pure but for write().
class ChecklistReport
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ChecklistReport)

public:
    static QString markdown(const ChecklistRun& run);
    static QString html(const ChecklistRun& run);
    // "report-<id>.md" and "report-<id>.html" in `folder`, written atomically; their paths.
    static Result<QStringList> write(const ChecklistRun& run, const QString& folder);

private:
    static QString duration(qint64 ms);
    // The rollback of the run, when one was started: its stages and the re-check 5–9.
    static QString rollbackMarkdown(const RollbackRecord& rollback);
    static QString rollbackHtml(const RollbackRecord& rollback);
};

} // namespace artgen::core
