#pragma once

#include "checkliststep.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace artgen::core {

// 10. "Basic testing done": POST /api/v1/generate with the token is accepted and its task
// completes; then the load test (the instructions' `ab -n 100 -c 10` on /api/v1/characters) keeps
// the error rate under 1 % and p95 under 200 ms. With a rate limit in nginx the load is paced at
// that rate, so nginx's 429 answers do not stand in for the API's.
class BasicTestStep : public ChecklistStep
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::BasicTestStep)

public:
    BasicTestStep();
    StepRecord run(StepContext& context) const override;

    // The rate nginx limits /api/ to (requests/s), 0 when none is set. Reads the files.
    static double nginxRate(const StepContext& context);

private:
    struct LoadVerdict
    {
        bool passed = false;
        QString summary;
    };
    // Empty when the task completed, else why not.
    QString generate(StepContext& context, const QByteArray& token, QStringList* evidence,
                     QJsonObject* figures) const;
    LoadVerdict loadTest(StepContext& context, QStringList* evidence, QJsonObject* figures) const;
};

} // namespace artgen::core
