#pragma once

#include "confirmation.h"
#include "stackconfig/configapplyjob.h"

#include <QCoreApplication>

class QCommandLineParser;
class QTextStream;

namespace artgen::cli {

class CommandContext;

// Applying a planned configuration change from the terminal, for `config set`, `config preset`
// and `config rollback`: the unified diff, a dry run that stops there, the y/N question (or
// --yes; refused without a terminal), the ConfigApplyJob through the job console, and its
// report: what was done, what must still happen, each step's time.
class ConfigApplyRun
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::ConfigApplyRun)

public:
    struct Flags
    {
        bool dryRun = false;
        bool validate = true;
        bool yes = false;
        bool takeEffect = true;
    };
    static Flags flags(const QCommandLineParser& parser);
    static void addOptions(QCommandLineParser& parser);

    ConfigApplyRun(CommandContext& context, Flags flags, const Confirmation& confirmation);

    int run(core::ConfigApplyJob::Options options);

private:
    void printDiff(const core::ConfigApplyPlan& plan);
    bool confirm(const core::ConfigApplyJob::Options& options);
    void printReport(const core::ConfigApplyJob& job);

    CommandContext& m_context;
    Flags m_flags;
    const Confirmation& m_confirmation;
};

} // namespace artgen::cli
