#include "commandregistry.h"

#include "auditcommand.h"
#include "backupcommand.h"
#include "backupscommand.h"
#include "checkcommand.h"
#include "composecommand.h"
#include "configcommand.h"
#include "connectionscommand.h"
#include "deploycommand.h"
#include "diagnosecommand.h"
#include "loadtestcommand.h"
#include "logscommand.h"
#include "profilescommand.h"
#include "restorecommand.h"
#include "secretcommand.h"
#include "sessionscommand.h"
#include "statuscommand.h"
#include "terminateidlecommand.h"
#include "verifycommand.h"
#include "watchcommand.h"
#include "workerscommand.h"

namespace artgen::cli {

CommandRegistry CommandRegistry::standard()
{
    CommandRegistry r;
    r.add(std::make_unique<ProfilesCommand>());
    r.add(std::make_unique<StatusCommand>());
    r.add(std::make_unique<WorkersCommand>());
    r.add(std::make_unique<LogsCommand>());
    using Operation = core::ComposeJob::Operation;
    for (const Operation op :
         {Operation::Up, Operation::Down, Operation::Build, Operation::Restart})
        r.add(std::make_unique<ComposeCommand>(op));
    r.add(std::make_unique<BackupCommand>());
    r.add(std::make_unique<RestoreCommand>());
    r.add(std::make_unique<BackupsCommand>());
    r.add(std::make_unique<VerifyCommand>());
    r.add(std::make_unique<SessionsCommand>());
    r.add(std::make_unique<TerminateIdleCommand>());
    r.add(std::make_unique<ConnectionsCommand>());
    r.add(std::make_unique<WatchCommand>());
    r.add(std::make_unique<LoadTestCommand>());
    r.add(std::make_unique<ConfigCommand>());
    r.add(std::make_unique<SecretCommand>());
    r.add(std::make_unique<CheckCommand>());
    r.add(std::make_unique<DeployCommand>());
    r.add(std::make_unique<DiagnoseCommand>());
    r.add(std::make_unique<AuditCommand>());
    return r;
}

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

Command* CommandRegistry::find(const QString& name) const
{
    for (const auto& c : m_commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

} // namespace artgen::cli
