#include "checklist.h"

#include "apistep.h"
#include "backupstep.h"
#include "basicteststep.h"
#include "buildstep.h"
#include "changesstep.h"
#include "connectionsstep.h"
#include "logsstep.h"
#include "monitoringstep.h"
#include "startstep.h"
#include "stopstep.h"
#include "workersstep.h"

#include <QRegularExpression>

namespace artgen::core {

const QList<const ChecklistStep*>& Checklist::steps()
{
    static const BackupStep backup;
    static const StopStep stop;
    static const ChangesStep changes;
    static const BuildStep build;
    static const StartStep start;
    static const LogsStep logs;
    static const ApiStep api;
    static const WorkersStep workers;
    static const ConnectionsStep connections;
    static const BasicTestStep basic;
    static const MonitoringStep monitoring;
    static const QList<const ChecklistStep*> all = {&backup,      &stop,  &changes,   &build,
                                                    &start,       &logs,  &api,       &workers,
                                                    &connections, &basic, &monitoring};
    return all;
}

const ChecklistStep* Checklist::step(int id)
{
    for (const ChecklistStep* s : steps())
        if (s->id() == id)
            return s;
    return nullptr;
}

std::optional<std::pair<int, int>> Checklist::parseRange(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{1,2})\\s*(?:-\\s*(\\d{1,2}))?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int first = m.captured(1).toInt();
    const int last = m.captured(2).isEmpty() ? first : m.captured(2).toInt();
    if (first < 1 || last > 11 || first > last)
        return std::nullopt;
    return std::pair{first, last};
}

} // namespace artgen::core
