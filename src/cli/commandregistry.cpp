#include "commandregistry.h"

#include "profilescommand.h"

namespace artgen::cli {

CommandRegistry CommandRegistry::standard()
{
    CommandRegistry r;
    r.add(std::make_unique<ProfilesCommand>());
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
