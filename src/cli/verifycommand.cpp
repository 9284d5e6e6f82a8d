#include "verifycommand.h"

#include "backup/dumpreader.h"
#include "backup/verifyjob.h"
#include "commandcontext.h"
#include "jobconsole.h"

#include <QCommandLineParser>

namespace artgen::cli {

QString VerifyCommand::summary() const
{
    return tr("Check a backup file: format, completeness and checksum.");
}

void VerifyCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("file"), tr("The backup file."),
                                 QStringLiteral("FILE"));
}

int VerifyCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1) {
        context.err() << "artgenctl verify: " << tr("Name one backup file.") << Qt::endl;
        return ExitUsage;
    }
    // A folder or a named pipe is named as such at once, before anything else is set up.
    const QString file = parser.positionalArguments().first();
    if (auto s = core::DumpReader::checkIsRegularFile(file); !s) {
        context.printError(s.error());
        return CommandContext::exitCodeFor(s.error());
    }
    // Docker is only needed for a custom archive without a manifest; without a profile the
    // local checks still run.
    std::optional<core::DatabaseTarget> target;
    core::DockerClient* docker = nullptr;
    if (const auto profile = context.profile()) {
        if (auto t = core::DatabaseTarget::fromProfile(*profile))
            target = *t;
        if (auto d = context.docker())
            docker = *d;
    }
    auto job = std::make_shared<core::VerifyJob>(file, docker, target);
    JobConsole console(context);
    const int code = console.run(job);
    if (code == ExitOk)
        context.out() << job->result().toString() << Qt::endl;
    return code;
}

} // namespace artgen::cli
