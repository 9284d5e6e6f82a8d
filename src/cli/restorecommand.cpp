#include "restorecommand.h"

#include "backup/backupmanifest.h"
#include "backup/dumpreader.h"
#include "backup/restorejob.h"
#include "commandcontext.h"
#include "confirmation.h"
#include "docker/containermap.h"
#include "jobconsole.h"
#include "productiongate.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace artgen::cli {

QString RestoreCommand::summary() const
{
    return tr("Restore the database from a backup: checked first, in one transaction, with a "
              "safety backup.");
}

void RestoreCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("file"), tr("The backup file to restore."),
                                 QStringLiteral("FILE"));
    parser.addOption({QStringLiteral("clean"),
                      tr("Replace the whole database (objects not in the backup are lost).")});
    parser.addOption(
        {QStringLiteral("no-safety-backup"), tr("Do not back up the current database first.")});
    parser.addOption({QStringLiteral("keep-services"),
                      tr("Leave backend and celery running during the restore.")});
    parser.addOption({QStringLiteral("into-other-database"),
                      tr("Restore a backup whose manifest names another database or profile "
                         "(its data replaces this profile's database).")});
    parser.addOption({QStringLiteral("yes"), tr("Do not ask for confirmation.")});
    ProductionGate::addOption(parser);
}

void RestoreCommand::setConfirmationInput(QTextStream* in, bool isTerminal)
{
    m_confirmation.setInput(in, isTerminal);
}

int RestoreCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    const QString prefix = QStringLiteral("artgenctl restore: ");
    if (parser.positionalArguments().size() != 1) {
        context.err() << prefix << tr("Name one backup file.") << Qt::endl;
        return ExitUsage;
    }
    // A folder, a pipe or a device is refused before anything else (a pipe would hang).
    if (auto s = core::DumpReader::checkIsRegularFile(parser.positionalArguments().first()); !s) {
        context.printError(s.error());
        return CommandContext::exitCodeFor(s.error());
    }
    const auto profile = context.profile();
    if (!profile) {
        context.printError(profile.error());
        return CommandContext::exitCodeFor(profile.error());
    }
    if (!ProductionGate::allows(context, parser, *profile, QStringLiteral("restore")))
        return ExitFailed;
    const auto target = core::DatabaseTarget::fromProfile(*profile);
    if (!target) {
        context.printError(target.error());
        return CommandContext::exitCodeFor(target.error());
    }
    core::RestoreJob::Options o;
    o.target = *target;
    o.file = QFileInfo(parser.positionalArguments().first()).absoluteFilePath();
    o.mode = parser.isSet(QStringLiteral("clean")) ? core::RestoreJob::Mode::Clean
                                                   : core::RestoreJob::Mode::Existing;
    o.safetyBackup = !parser.isSet(QStringLiteral("no-safety-backup"));
    o.safetyFolder = profile->backupFolder();
    o.safetyFormat = core::BackupFormats::fromName(profile->backupFormat)
                         .value_or(core::BackupFormat::PlainGzip);
    o.stopServices = !parser.isSet(QStringLiteral("keep-services"));
    const core::ContainerMap containers(*profile);
    o.services = containers.containers(core::StackRoles::workers());
    o.intoOtherDatabase = parser.isSet(QStringLiteral("into-other-database"));

    // The job refuses a backup of another database as well; asking first spares the prompt.
    QString mismatch;
    if (const auto m = core::BackupManifest::load(core::BackupManifest::pathFor(o.file)))
        mismatch = core::RestoreJob::originMismatch(*m, o.target);
    if (!mismatch.isEmpty() && !o.intoOtherDatabase) {
        context.err() << prefix
                      << tr("%1 does not belong to database %2: %3. Nothing was changed. If its "
                            "data should replace %2, pass --into-other-database.")
                             .arg(QFileInfo(o.file).fileName(), o.target.database, mismatch)
                      << Qt::endl;
        return ExitFailed;
    }

    context.err() << tr("Restoring %1 into database %2 (%3):")
                         .arg(o.file, o.target.database, o.target.container)
                  << '\n';
    if (!mismatch.isEmpty())
        context.err() << "  " << tr("Warning: %1.").arg(mismatch) << '\n';
    int n = 0;
    for (const QString& step : core::RestoreJob::plan(o))
        context.err() << "  " << ++n << ". " << step << '\n';
    context.err().flush();

    if (!parser.isSet(QStringLiteral("yes"))) {
        if (!m_confirmation.canAsk(false, context.err(),
                                   prefix + tr("A restore replaces data. There is no terminal to "
                                               "ask on, so pass --yes to go ahead.")))
            return ExitUsage;
        if (o.mode == core::RestoreJob::Mode::Clean || !mismatch.isEmpty()) {
            const QString typed = m_confirmation.readLine(
                context.err(),
                tr("Type the database name (%1) to replace it: ").arg(o.target.database));
            if (typed.trimmed() != o.target.database) {
                context.err() << tr("The name does not match; nothing was changed.") << Qt::endl;
                return ExitFailed;
            }
        } else if (!m_confirmation.ask(context.err(), tr("Continue? [y/N] "))) {
            return ExitFailed;
        }
    }

    const auto docker = context.docker();
    if (!docker) {
        context.printError(docker.error());
        return CommandContext::exitCodeFor(docker.error());
    }
    auto job = std::make_shared<core::RestoreJob>(*docker, o);
    JobConsole console(context);
    console.setInterruptMessage(tr("Cancelling the restore; the database is rolled back…"));
    const int code = console.run(job);
    if (code != ExitOk)
        return code;
    const auto& report = job->report();
    if (!report.safetyBackup.isEmpty())
        context.out() << tr("Safety backup: %1").arg(report.safetyBackup) << '\n';
    if (!report.manifestFound) {
        context.out() << tr("Restored. The file has no manifest, so row counts were not "
                            "compared.")
                      << Qt::endl;
        return ExitOk;
    }
    if (report.mismatches.isEmpty()) {
        context.out() << tr("Restored; row counts match the manifest in all %n table(s).", nullptr,
                            report.tablesCompared)
                      << Qt::endl;
        return ExitOk;
    }
    for (auto it = report.mismatches.cbegin(); it != report.mismatches.cend(); ++it)
        context.out() << tr("  %1: %2 rows in the backup, %3 now")
                             .arg(it.key())
                             .arg(it.value().first)
                             .arg(it.value().second)
                      << '\n';
    context.out() << tr("Restored, but row counts differ in %n table(s).", nullptr,
                        int(report.mismatches.size()))
                  << Qt::endl;
    return ExitFailed;
}

} // namespace artgen::cli
