#include "diagnosis.h"

#include "runbooks.h"

#include <QJsonArray>

namespace artgen::core {

QJsonObject Diagnosis::toJson() const
{
    return {{QStringLiteral("runbook"), Runbooks::key(problem)},
            {QStringLiteral("title"), Runbooks::title(problem)},
            {QStringLiteral("matched"), matched},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("evidence"), QJsonArray::fromStringList(evidence)},
            {QStringLiteral("fixes"), QJsonArray::fromStringList(Runbooks::fixes(problem))}};
}

} // namespace artgen::core
