#pragma once

#include <QString>

class QCommandLineParser;

namespace artgen::cli {

class CommandContext;

// Exit codes shared by every sub-command, documented in `artgenctl --help` and the man page.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1,      // the action failed; nothing was left half-done
    ExitUnreachable = 2, // Docker, the container or the service could not be reached
    ExitNotHealthy = 3,  // the stack answered but is not all running and healthy
    ExitUsage = 64,      // bad command line (as in sysexits.h)
};

// One artgenctl sub-command: it owns its name, help text, options and exit codes, and writes
// only to the context's streams, so tests run it in-process and compare exact output.
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one translated line for `artgenctl --help`
    virtual void addOptions(QCommandLineParser& parser) const;
    // False: CliApp refuses any positional argument (a usage error) before run(). True: the
    // command checks its own (file, services).
    virtual bool takesPositionalArguments() const { return true; }
    virtual int run(CommandContext& context, const QCommandLineParser& parser) = 0;
};

} // namespace artgen::cli
