#pragma once

#include "util/logrotation.h"

#include <QJsonObject>
#include <QString>

namespace artgen::core {

// The record of destructive and data-moving actions (compose down, backup, restore, deleting a
// backup): one JSON object per line with time, profile, action, target, outcome and details,
// appended to $XDG_DATA_HOME/artgen/audit.jsonl, shared by the panel and artgenctl. Secrets are
// masked by the global redactor before they are written. It rotates at 1 MiB and keeps five
// older generations (LogRotation); AuditReader reads them all, in order.
class AuditLog
{
public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;
    static constexpr int kKeep = 5;

    static QString defaultPath();
    // For tests: write somewhere else, rotate at another size.
    static void setPath(const QString& path);
    static void setRotation(const LogRotation& rotation);
    // Where records go now: the path set, else defaultPath().
    static QString path();

    // outcome: "started", "succeeded", "failed", "cancelled", "refused".
    static void record(const QString& profile, const QString& action, const QString& target,
                       const QString& outcome, const QJsonObject& details = {});
};

} // namespace artgen::core
