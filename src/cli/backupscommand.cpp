#include "backupscommand.h"

#include "backup/backupcatalog.h"
#include "commandcontext.h"
#include "util/humanformat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace artgen::cli {

namespace {
QString stateName(core::BackupCatalog::State s)
{
    switch (s) {
    case core::BackupCatalog::State::SizeMatches:
        return QStringLiteral("size-matches"); // only the size was compared, not the checksum
    case core::BackupCatalog::State::Damaged:
        return QStringLiteral("damaged");
    case core::BackupCatalog::State::Unverified:
        break;
    }
    return QStringLiteral("unverified");
}
} // namespace

QString BackupsCommand::summary() const
{
    return tr("List the profile's backups with size, age, database and state.");
}

void BackupsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), tr("One JSON object per backup, newest first.")});
}

int BackupsCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    const auto profile = context.profile();
    if (!profile) {
        context.printError(profile.error());
        return CommandContext::exitCodeFor(profile.error());
    }
    const core::BackupCatalog catalog(profile->backupFolder());
    const auto entries = catalog.list();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("json"))) {
        for (const auto& e : entries) {
            QJsonObject o{
                {QStringLiteral("path"), e.path},
                {QStringLiteral("format"), core::BackupFormats::name(e.format)},
                {QStringLiteral("sizeBytes"), double(e.sizeBytes)},
                {QStringLiteral("created"), e.created.toString(Qt::ISODate)},
                {QStringLiteral("state"), stateName(e.state)},
                {QStringLiteral("database"), e.manifest ? e.manifest->database : QString()}};
            context.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        }
        context.out().flush();
        return ExitOk;
    }
    if (entries.isEmpty()) {
        context.out() << tr("No backups in %1.").arg(catalog.folder()) << Qt::endl;
        return ExitOk;
    }
    context.out() << tr("Backups in %1:").arg(catalog.folder()) << '\n';
    for (const auto& e : entries) {
        const QString state =
            e.state == core::BackupCatalog::State::SizeMatches
                ? tr("size ok (not verified)")
                : (e.state == core::BackupCatalog::State::Damaged ? tr("DAMAGED")
                                                                  : tr("no manifest"));
        context.out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                             .arg(e.fileName, -36)
                             .arg(core::HumanFormat::bytes(e.sizeBytes), 10)
                             .arg(core::HumanFormat::duration(e.created.secsTo(now)), 8)
                             .arg(e.manifest ? e.manifest->database : QStringLiteral("?"), -16)
                             .arg(state);
    }
    if (std::any_of(entries.cbegin(), entries.cend(), [](const auto& e) {
            return e.state == core::BackupCatalog::State::SizeMatches;
        }))
        context.out() << tr("“size ok” compares the size with the manifest only; `artgenctl "
                            "verify FILE` reads the whole file and checks its SHA-256.")
                      << '\n';
    context.out().flush();
    return ExitOk;
}

} // namespace artgen::cli
