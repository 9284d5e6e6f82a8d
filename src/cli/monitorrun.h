#pragma once

#include "monitor/connectionsreport.h"
#include "monitor/monitorhub.h"
#include "settings/profile.h"

#include <QCoreApplication>
#include <memory>

namespace artgen::core {
class ActiveServices;
class SettingsStore;
} // namespace artgen::core

namespace artgen::cli {

// The panel's monitors run for one command (`connections`, `watch`): the profile's services
// and MonitorHub as the panel builds them, with the profile's thresholds, so the terminal and
// the Charts page share every rule. Use from the command's thread; waiting runs its event loop.
class MonitorRun
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::MonitorRun)

public:
    MonitorRun(const core::Profile& profile, core::SettingsStore& settings);
    ~MonitorRun();

    core::MonitorHub& hub();
    // Asks first, on this thread, for the passwords the PostgreSQL and Redis monitors need and
    // the keychain cannot give (a prompt on a terminal; see TerminalAsker), then starts them.
    // Asked on the monitors' thread, the prompt would appear amid the command's output.
    void start(const QSet<core::MonitorHub::Source>& sources);
    // Runs the event loop until PostgreSQL and Redis have each given a sample, or a fault that
    // held for `settleMs` (a monitor may recover: the exec path answers when the table is
    // full), or `deadlineMs` passed.
    void waitForConnections(int settleMs = 2000, int deadlineMs = 8000);
    core::ConnectionsReport report() const;

private:
    core::Profile m_profile;
    std::unique_ptr<core::ActiveServices> m_services;
};

} // namespace artgen::cli
