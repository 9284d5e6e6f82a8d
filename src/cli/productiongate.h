#pragma once

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace artgen::core {
class Profile;
}

namespace artgen::cli {

class CommandContext;

// A destructive command (down, restore, terminate-idle) on a production profile goes ahead only
// with --profile-name-confirm NAME naming that profile exactly, --yes or not: a script written
// for staging cannot take production down by a changed --profile alone.
class ProductionGate
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::ProductionGate)

public:
    static void addOption(QCommandLineParser& parser);
    // True when `command` may act on `profile`; otherwise it said why on stderr (exit 1).
    static bool allows(CommandContext& context, const QCommandLineParser& parser,
                       const core::Profile& profile, const QString& command);
};

} // namespace artgen::cli
