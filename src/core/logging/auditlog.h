#pragma once

#include <QJsonObject>
#include <QString>

namespace artgen::core {

// The record of destructive and data-moving actions (compose down, backup, restore, deleting a
// backup): one JSON object per line with time, profile, action, target, outcome and details,
// appended to $XDG_DATA_HOME/artgen/audit.jsonl, shared by the panel and artgenctl. Secrets are
// masked by the global redactor before they are written.
class AuditLog
{
public:
    static QString defaultPath();
    // For tests: write somewhere else.
    static void setPath(const QString& path);
    // Where records go now: the path set, else defaultPath().
    static QString path();

    // outcome: "started", "succeeded", "failed", "cancelled", "refused".
    static void record(const QString& profile, const QString& action, const QString& target,
                       const QString& outcome, const QJsonObject& details = {});
};

} // namespace artgen::core
