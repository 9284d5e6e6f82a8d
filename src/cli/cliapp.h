#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace artgen::core {
class SettingsStore;
}

namespace artgen::cli {

class CommandRegistry;

// Parses the global options (--help, --version, --profile, --stack-dir), picks the sub-command
// and runs it. Everything goes through the given streams and settings, so tests run artgenctl
// in-process.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::CliApp)

public:
    CliApp(const CommandRegistry& registry, core::SettingsStore& settings);

    // `args` as in argv: args[0] is the program name.
    int run(const QStringList& args, QTextStream& out, QTextStream& err);

    QString helpText() const;

private:
    const CommandRegistry& m_registry;
    core::SettingsStore& m_settings;
};

} // namespace artgen::cli
