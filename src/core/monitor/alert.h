#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace artgen::core {

// One alert as the tray shows it and the alert log keeps it: a threshold held, a container that
// died or restarted on its own, the API that stopped answering — or the all-clear of one of
// them (level "cleared").
struct Alert
{
    enum class Kind { Threshold, Container, Api };
    enum class Level { Warn, Critical, Cleared };

    QDateTime time;
    QString profile;
    Kind kind = Kind::Threshold;
    QString series; // "postgres.total", "container.backend", "api.health"
    Level level = Level::Warn;
    double value = 0;     // the value that crossed (NaN when there is none)
    double threshold = 0; // the level it crossed (NaN when there is none)
    QString message;      // one translated sentence

    // One alert-log line: time, profile, kind, series, level, value, threshold, message.
    QJsonObject toJson() const;
    static QString kindName(Kind kind);
    static QString levelName(Level level);
};

} // namespace artgen::core

Q_DECLARE_METATYPE(artgen::core::Alert)
