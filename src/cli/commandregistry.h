#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace artgen::cli {

// The one list of artgenctl's sub-commands; `--help` is generated from it.
class CommandRegistry
{
public:
    static CommandRegistry standard();

    void add(std::unique_ptr<Command> command);
    Command* find(const QString& name) const;
    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace artgen::cli
