#pragma once

#include "checkliststep.h"

#include <QCoreApplication>

namespace artgen::core {

// 6. "Logs of all services checked": the lines of backend, celery and frontend since step 5
// (run on its own: since each container last started), scanned for errors and tracebacks,
// shown grouped. A traceback or a critical line fails; other errors warn.
class LogsStep : public ChecklistStep
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::LogsStep)

public:
    // A flood (a rate limit refusing a load test logs every request) is judged on its last lines:
    // reading millions would make the check slow without changing the verdict.
    static constexpr int kMaxLines = 20000;

    LogsStep();
    StepRecord run(StepContext& context) const override;
};

} // namespace artgen::core
