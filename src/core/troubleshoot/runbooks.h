#pragma once

#include "diagnosis.h"
#include "stackevidence.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace artgen::core {

// The instructions' troubleshooting section as runbooks: each problem's title, the rule that
// recognises it in the gathered evidence, the evidence it shows, and its fixes. "What is wrong?"
// diagnoses every runbook and picks the one that matches, the most basic cause first (Redis and
// PostgreSQL before the backend that needs them, the backend before Celery, a slow answer last).
// Pure: the evidence is gathered by DiagnoseJob.
class Runbooks
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::Runbooks)

public:
    static constexpr double kRedisSlowAvgMs = 100;
    static constexpr double kRedisSlowMaxMs = 1000;
    static constexpr int kPostgresCriticalPercent = 90;

    // In the instructions' order.
    static QList<Problem> all();
    // "502", "504", "pg-connections", "redis-timeout", "celery": stable, for JSON and scripts.
    static QString key(Problem problem);
    static std::optional<Problem> fromKey(const QString& key);
    static QString title(Problem problem);
    static QStringList fixes(Problem problem);

    static Diagnosis diagnose(Problem problem, const StackEvidence& evidence);
    // Every runbook, in all()'s order.
    static QList<Diagnosis> diagnoseAll(const StackEvidence& evidence);
    // The matched diagnosis of the most basic cause; nothing when none matched.
    static std::optional<Diagnosis> pick(const QList<Diagnosis>& diagnoses);

private:
    static Diagnosis badGateway(const StackEvidence& e);
    static Diagnosis gatewayTimeout(const StackEvidence& e);
    static Diagnosis tooManyConnections(const StackEvidence& e);
    static Diagnosis redisTimeout(const StackEvidence& e);
    static Diagnosis celeryDown(const StackEvidence& e);
    static QString describe(const QString& name, const StackEvidence::Service& service);
};

} // namespace artgen::core
