#include "configcommand.h"

#include "commandcontext.h"
#include "stackconfig/capacitycheck.h"
#include "stackconfig/configchange.h"
#include "stackconfig/configdocuments.h"
#include "stackconfig/configkey.h"
#include "stackconfig/configloader.h"
#include "stackconfig/configpreset.h"
#include "stackconfig/unifieddiff.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace artgen::cli {

QString ConfigCommand::summary() const
{
    return tr("Show the stack's timeouts, workers and pool sizes; preview a change as a diff.");
}

void ConfigCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print one JSON document (show, capacity).")});
    parser.addOption({QStringLiteral("dry-run"),
                      tr("Print the unified diff the change would make; write nothing.")});
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("show | set KEY=VALUE… | preset optimized|previous | capacity"));
}

int ConfigCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    QStringList args = parser.positionalArguments();
    if (!args.isEmpty() && args.first() == name())
        args.removeFirst();
    const QString action = args.isEmpty() ? QStringLiteral("show") : args.takeFirst();
    const QStringList actions = {QStringLiteral("show"), QStringLiteral("set"),
                                 QStringLiteral("preset"), QStringLiteral("capacity")};
    if (!actions.contains(action)) {
        context.err()
            << tr("artgenctl: config takes show, set, preset or capacity, not “%1”.").arg(action)
            << Qt::endl;
        return ExitUsage;
    }
    const auto profile = context.profile();
    if (!profile) {
        context.printError(profile.error());
        return ExitFailed;
    }
    const auto docs = core::ConfigLoader::load(profile->stackDir);
    if (!docs) {
        context.printError(docs.error());
        return ExitFailed;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action == QStringLiteral("show"))
        return show(context, *docs, json);
    if (action == QStringLiteral("capacity"))
        return capacity(context, *docs, json);
    return change(context, *docs, args, action == QStringLiteral("preset"),
                  parser.isSet(QStringLiteral("dry-run")));
}

int ConfigCommand::show(CommandContext& context, const core::ConfigDocuments& docs, bool json)
{
    if (json) {
        QJsonObject out;
        for (const core::ConfigKey& key : core::ConfigKey::all()) {
            const auto value = docs.value(key.id());
            out.insert(key.id(), QJsonObject{{QStringLiteral("value"),
                                              value ? QJsonValue(*value) : QJsonValue()},
                                             {QStringLiteral("file"), docs.file(key.id())},
                                             {QStringLiteral("line"), docs.line(key.id())},
                                             {QStringLiteral("range"), key.range()}});
        }
        context.out() << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    qsizetype keyWidth = 0;
    qsizetype valueWidth = 0;
    for (const core::ConfigKey& key : core::ConfigKey::all()) {
        keyWidth = std::max(keyWidth, key.id().size());
        valueWidth = std::max(valueWidth, docs.value(key.id()).value_or(tr("(absent)")).size());
    }
    for (const core::ConfigKey& key : core::ConfigKey::all()) {
        const auto value = docs.value(key.id());
        context.out()
            << key.id().leftJustified(keyWidth + 2)
            << value.value_or(tr("(absent)")).leftJustified(valueWidth + 2)
            << (value ? QStringLiteral("%1:%2").arg(docs.file(key.id())).arg(docs.line(key.id()))
                      : docs.file(key.id()))
            << '\n';
    }
    context.out().flush();
    return ExitOk;
}

int ConfigCommand::change(CommandContext& context, const core::ConfigDocuments& docs,
                          const QStringList& arguments, bool preset, bool dryRun)
{
    core::ConfigChange change;
    if (preset) {
        const QString id = arguments.value(0);
        bool found = false;
        for (const core::ConfigPreset& p : core::ConfigPreset::builtIn()) {
            if (p.id() == id) {
                change = p.change();
                found = true;
            }
        }
        if (!found || arguments.size() != 1) {
            context.err() << tr("artgenctl: config preset takes optimized or previous.")
                          << Qt::endl;
            return ExitUsage;
        }
    } else {
        auto parsed = core::ConfigChange::fromArguments(arguments);
        if (!parsed || parsed->isEmpty()) {
            context.err() << "artgenctl: "
                          << (parsed ? tr("config set takes KEY=VALUE arguments.")
                                     : parsed.error().message())
                          << Qt::endl;
            return ExitUsage;
        }
        change = *parsed;
    }
    const auto after = change.applyTo(docs);
    if (!after) {
        context.printError(after.error()); // names the file, the line and the reason
        return ExitFailed;
    }
    if (!dryRun) {
        context.err() << tr("artgenctl: writing the configuration (with validation, apply and "
                            "rollback) is not available yet; nothing was written. Use --dry-run "
                            "to see the change.")
                      << Qt::endl;
        return ExitFailed;
    }
    const QHash<QString, QByteArray> before = docs.bytes();
    const QHash<QString, QByteArray> changed = after->bytes();
    const QStringList files = core::ConfigChange::changedFiles(docs, *after);
    for (const QString& file : files)
        context.out() << QString::fromUtf8(
            core::UnifiedDiff::make(before.value(file), changed.value(file), file));
    if (files.isEmpty())
        context.out() << tr("No change: every value is already as asked.") << '\n';
    context.out().flush();
    return ExitOk;
}

int ConfigCommand::capacity(CommandContext& context, const core::ConfigDocuments& docs, bool json)
{
    // The demo's server: 100 connections, 3 reserved, unless the live figures say otherwise —
    // `artgenctl connections` reads them; this command reads only the files.
    const auto check = core::CapacityCheck::fromDocuments(docs, 100, 3);
    if (!check) {
        context.err() << tr("artgenctl: the workers or the pool sizes could not be read from "
                            "the files.")
                      << Qt::endl;
        return ExitFailed;
    }
    if (json) {
        context.out() << QJsonDocument(
                             QJsonObject{{QStringLiteral("worst_case"), check->worstCase()},
                                         {QStringLiteral("per_process"), check->perProcess()},
                                         {QStringLiteral("available"), check->available()},
                                         {QStringLiteral("threshold"), check->input().threshold},
                                         {QStringLiteral("ok"), check->ok()},
                                         {QStringLiteral("arithmetic"), check->arithmetic()}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
    } else {
        context.out() << check->report() << Qt::endl;
    }
    return check->ok() ? ExitOk : ExitNotHealthy;
}

} // namespace artgen::cli
