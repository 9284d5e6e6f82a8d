#include "productiongate.h"

#include "commandcontext.h"
#include "logging/auditlog.h"
#include "settings/profile.h"

#include <QCommandLineParser>

namespace artgen::cli {

namespace {
const QString kOption = QStringLiteral("profile-name-confirm");
}

void ProductionGate::addOption(QCommandLineParser& parser)
{
    parser.addOption({kOption,
                      tr("On a production profile: its name, typed to confirm (needed with "
                         "--yes as well)."),
                      tr("NAME")});
}

bool ProductionGate::allows(CommandContext& context, const QCommandLineParser& parser,
                            const core::Profile& profile, const QString& command)
{
    const QString typed = parser.value(kOption);
    if (profile.acceptsConfirmation(typed))
        return true;
    const QString prefix = QStringLiteral("artgenctl ") + command + QStringLiteral(": ");
    if (typed.isEmpty())
        context.err() << prefix
                      << tr("“%1” is a production profile: pass --profile-name-confirm "
                            "\"%1\" as well to go ahead. Nothing was changed.")
                             .arg(profile.name)
                      << Qt::endl;
    else
        context.err() << prefix
                      << tr("--profile-name-confirm says “%1”, but the production profile is "
                            "“%2”. Nothing was changed.")
                             .arg(typed, profile.name)
                      << Qt::endl;
    core::AuditLog::record(
        profile.name, command, profile.projectName, QStringLiteral("refused"),
        {{QStringLiteral("reason"), QStringLiteral("production name not typed")}});
    return false;
}

} // namespace artgen::cli
