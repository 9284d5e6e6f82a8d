#include "backupcommand.h"

#include "backup/backupjob.h"
#include "commandcontext.h"
#include "jobconsole.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace artgen::cli {

QString BackupCommand::summary() const
{
    return tr("Back up the stack's database (pg_dump in the postgres container), verified.");
}

void BackupCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("format"),
                      tr("plain, plain-gz, plain-zst or custom (default: the profile's)."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"),
                      tr("Folder for the backup (default: the profile's backup folder)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
}

int BackupCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        context.err() << "artgenctl backup: "
                      << tr("Unexpected argument “%1”; the folder goes after --out.")
                             .arg(parser.positionalArguments().first())
                      << Qt::endl;
        return ExitUsage;
    }
    // An empty --out would resolve to the current folder, and retention would run there.
    if (parser.isSet(QStringLiteral("out")) && parser.value(QStringLiteral("out")).trimmed().isEmpty()) {
        context.err() << "artgenctl backup: " << tr("--out needs a folder; it is empty.")
                      << Qt::endl;
        return ExitUsage;
    }
    const auto profile = context.profile();
    if (!profile) {
        context.printError(profile.error());
        return CommandContext::exitCodeFor(profile.error());
    }
    const QString formatName = parser.isSet(QStringLiteral("format"))
                                   ? parser.value(QStringLiteral("format"))
                                   : profile->backupFormat;
    const auto format = core::BackupFormats::fromName(formatName);
    if (!format) {
        context.err() << "artgenctl backup: "
                      << tr("Unknown format “%1”; use one of %2.")
                             .arg(formatName,
                                  core::BackupFormats::names().join(QStringLiteral(", ")))
                      << Qt::endl;
        return ExitUsage;
    }
    const auto target = core::DatabaseTarget::fromProfile(*profile);
    const auto docker = context.docker();
    if (!target || !docker) {
        const core::Error e = !target ? target.error() : docker.error();
        context.printError(e);
        return CommandContext::exitCodeFor(e);
    }
    core::BackupJob::Options o;
    o.target = *target;
    o.folder = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out"))
                                                   : profile->backupFolder();
    o.format = *format;
    o.reason = qEnvironmentVariable("ARTGEN_BACKUP_REASON", QStringLiteral("manual"));
    o.keepLast = profile->backupKeepLast;
    o.keepDays = profile->backupKeepDays;
    auto job = std::make_shared<core::BackupJob>(*docker, o);
    const bool json = parser.isSet(QStringLiteral("json"));
    JobConsole console(context);
    console.setLogToStderr(json);
    console.setInterruptMessage(tr("Cancelling the backup…"));
    const int code = console.run(job);
    if (code != ExitOk)
        return code;
    if (json) {
        QJsonObject o = job->manifest().toJson();
        o.insert(QStringLiteral("path"), job->filePath());
        o.insert(QStringLiteral("manifestPath"), job->manifestPath());
        o.insert(QStringLiteral("removedByRetention"),
                 QJsonArray::fromStringList(job->removedByRetention()));
        context.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        context.out() << job->filePath() << '\n' << job->manifestPath() << Qt::endl;
    }
    return ExitOk;
}

} // namespace artgen::cli
