#include "commandregistry.h"

#include "composecommand.h"
#include "logscommand.h"
#include "profilescommand.h"
#include "statuscommand.h"
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
