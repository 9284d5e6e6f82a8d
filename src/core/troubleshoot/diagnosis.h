#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace artgen::core {

// The instructions' five troubleshooting problems.
enum class Problem { BadGateway, GatewayTimeout, TooManyConnections, RedisTimeout, CeleryDown };

// One runbook's reading of the evidence: whether its problem is there, one sentence why (or why
// not), and the evidence it rests on.
struct Diagnosis
{
    Problem problem = Problem::BadGateway;
    bool matched = false;
    QString summary;
    QStringList evidence;

    QJsonObject toJson() const;
};

} // namespace artgen::core
