#pragma once

#include "stackinspector.h"

#include <QCoreApplication>

namespace artgen::core {

// The stack's state in one line, for the Containers page's summary, its entry in the page list
// and the status bar: how many services are down (not running), unhealthy or still starting.
struct StackVerdict
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::StackVerdict)

public:
    // The worst state of any service; Unknown when nothing has been listed yet.
    enum class Level { Unknown, Healthy, Starting, Unhealthy, Down };

    int total = 0;
    int down = 0;      // exited, dead, missing, unknown
    int unhealthy = 0; // running, failing its health check
    int starting = 0;  // running, health check not passed yet; or restarting

    static StackVerdict of(const StackStatus& status);
    Level level() const;
    bool isHealthy() const { return level() == Level::Healthy; }
    // "5 of 5 healthy", "2 of 5 services down", …; empty when Unknown.
    QString summary() const;

    bool operator==(const StackVerdict&) const = default;
};

} // namespace artgen::core
