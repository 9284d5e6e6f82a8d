#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace artgen::core {

class ChecklistRun;

// A checklist run as a document for people: Markdown and HTML with who ran it (the OS user) on
// which profile, every step's result, summary, evidence and timing, the skipped steps with their
// reasons, and the load test's figures. Pure but for write().
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
};

} // namespace artgen::core
