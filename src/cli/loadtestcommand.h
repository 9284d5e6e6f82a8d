#pragma once

#include "command.h"
#include "loadtest/loadtestoptions.h"

#include <QCoreApplication>
#include <optional>

namespace artgen::core {
struct LoadReport;
class Profile;
struct LoadResult;
class LatencyHistogram;
} // namespace artgen::core

namespace artgen::cli {

// artgenctl loadtest URL [-n N | -t DURATION] [-c C] [--threads T] [--rate R]
//   [--ramp START:STEP:MAX [--step-duration D]] [--slo D] [-H HEADER]… [--method M]
//   [--body FILE] [--token-from-profile] [--allow-any-host] [--json]
// Exit: 0 completed, 1 errors (or it could not run), 3 SLO missed, 64 bad command line,
// 130 interrupted (after the partial report).
class LoadTestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::LoadTestCommand)

public:
    QString name() const override { return QStringLiteral("loadtest"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CommandContext& context, const QCommandLineParser& parser) override;

    // The options the command line asks for; on a usage error, the message in *error.
    static std::optional<core::LoadTestOptions>
    parseOptions(const QCommandLineParser& parser, const core::Profile* profile, QString* error);

private:
    static void printText(QTextStream& out, const core::LoadReport& report);
    static void printResult(QTextStream& out, const core::LoadResult& result);
    static void printLatency(QTextStream& out, const QString& title,
                             const core::LatencyHistogram& h);
    static int exitCodeFor(const core::LoadReport& report);
};

} // namespace artgen::cli
