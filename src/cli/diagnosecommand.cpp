#include "diagnosecommand.h"

#include "commandcontext.h"
#include "docker/dockerclient.h"
#include "jobconsole.h"
#include "settings/settingsstore.h"
#include "troubleshoot/diagnosejob.h"
#include "troubleshoot/runbooks.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace artgen::cli {

QString DiagnoseCommand::summary() const
{
    return tr("What is wrong? Runs every troubleshooting diagnosis and names the problem found.");
}

void DiagnoseCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
}

int DiagnoseCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    const auto profile = context.profile();
    if (!profile) {
        context.printError(profile.error());
        return ExitFailed;
    }
    const auto docker = context.docker();
    if (!docker) {
        context.printError(docker.error());
        return CommandContext::exitCodeFor(docker.error());
    }
    auto job = std::make_shared<core::DiagnoseJob>(
        *profile, **docker, core::Thresholds::load(context.settings(), profile->name));
    JobConsole console(context);
    console.setQuiet(true);
    console.setInterruptMessage(tr("Stopping the diagnosis…"));
    const int code = console.run(job);
    if (code != ExitOk)
        return code;
    const auto picked = job->picked();
    if (parser.isSet(QStringLiteral("json"))) {
        context.out() << QJsonDocument(job->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        return picked ? ExitNotHealthy : ExitOk;
    }
    QTextStream& out = context.out();
    for (const core::Diagnosis& d : job->diagnoses())
        out << QStringLiteral("%1  %2  %3\n")
                   .arg((d.matched ? tr("FOUND") : tr("ok")).leftJustified(5),
                        core::Runbooks::key(d.problem).leftJustified(14), d.summary);
    if (!picked) {
        out << tr("Nothing is wrong.") << Qt::endl;
        return ExitOk;
    }
    out << '\n' << tr("Problem: %1").arg(core::Runbooks::title(picked->problem)) << '\n';
    out << picked->summary << '\n' << tr("Evidence:") << '\n';
    for (const QString& line : picked->evidence)
        out << QStringLiteral("  ") << line << '\n';
    out << tr("Fix:") << '\n';
    for (const QString& fix : core::Runbooks::fixes(picked->problem))
        out << QStringLiteral("  - ") << fix << '\n';
    out.flush();
    return ExitNotHealthy;
}

} // namespace artgen::cli
