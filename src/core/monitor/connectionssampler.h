#pragma once

#include "connectionsreport.h"
#include "monitorhub.h"

#include <QCoreApplication>

namespace artgen::core {

// The instructions' connection checks as one wait over a running MonitorHub: until PostgreSQL
// and Redis have each given a sample, or a fault that held for `settleMs` (a monitor may
// recover: the exec path answers when the table is full), or `deadlineMs` passed; then the
// verdict (ConnectionsReport). Shared by `artgenctl connections|watch` and checklist step 9.
// Waiting runs the calling thread's event loop: a worker thread or a command, never the UI's.
class ConnectionsSampler
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ConnectionsSampler)

public:
    static void waitForConnections(MonitorHub& hub, int settleMs = 2000, int deadlineMs = 8000);
    // The hub's latest samples against its thresholds; a source without one is named silent.
    static ConnectionsReport report(const MonitorHub& hub);
};

} // namespace artgen::core
