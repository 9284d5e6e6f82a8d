#include "configcommand.h"

#include "commandcontext.h"
#include "configapplyrun.h"
#include "productiongate.h"
#include "stackconfig/capacitycheck.h"
#include "stackconfig/configchange.h"
#include "stackconfig/configdocuments.h"
#include "stackconfig/confighistory.h"
#include "stackconfig/configkey.h"
#include "stackconfig/configloader.h"
#include "stackconfig/configpreset.h"
#include "stackconfig/gitrollback.h"
#include "stackconfig/unifieddiff.h"
#include "stackconfig/userpresetstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace artgen::cli {

QString ConfigCommand::summary() const
{
    return tr("Show, change, roll back the stack's timeouts, workers and pool sizes.");
}

void ConfigCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"),
                      tr("Print one JSON document (show, capacity, history, presets).")});
    ConfigApplyRun::addOptions(parser);
    ProductionGate::addOption(parser); // rollback on a production profile
    parser.addOption({QStringLiteral("git"),
                      tr("rollback: back to the git repository's HEAD (git status, git diff, "
                         "git checkout HEAD -- the four files).")});
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("show | set KEY=VALUE… | preset NAME | presets [save NAME [KEY=VALUE…] | delete "
           "NAME] | history | rollback [ID] | capacity"));
}

void ConfigCommand::setConfirmationInput(QTextStream* in, bool isTerminal)
{
    m_confirmation.setInput(in, isTerminal);
}

int ConfigCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    QStringList args = parser.positionalArguments();
    if (!args.isEmpty() && args.first() == name())
        args.removeFirst();
    const QString action = args.isEmpty() ? QStringLiteral("show") : args.takeFirst();
    const QStringList actions = {QStringLiteral("show"),    QStringLiteral("set"),
                                 QStringLiteral("preset"),  QStringLiteral("presets"),
                                 QStringLiteral("history"), QStringLiteral("rollback"),
                                 QStringLiteral("capacity")};
    if (!actions.contains(action)) {
        context.err() << tr("artgenctl: config takes show, set, preset, presets, history, "
                            "rollback or capacity, not “%1”.")
                             .arg(action)
                      << Qt::endl;
        return ExitUsage;
    }
    const auto profile = context.profile();
    if (!profile) {
        context.printError(profile.error());
        return ExitFailed;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action == QStringLiteral("history"))
        return history(context, *profile, json);
    const auto docs = core::ConfigLoader::load(profile->stackDir);
    if (!docs) {
        context.printError(docs.error());
        return ExitFailed;
    }
    if (action == QStringLiteral("show"))
        return show(context, *docs, json);
    if (action == QStringLiteral("capacity"))
        return capacity(context, *docs, json);
    if (action == QStringLiteral("presets"))
        return presets(context, *docs, args, json);
    if (action == QStringLiteral("rollback"))
        return rollback(context, *profile, *docs, args, parser);
    return change(context, *profile, *docs, args, action == QStringLiteral("preset"), parser);
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

int ConfigCommand::apply(CommandContext& context, const QCommandLineParser& parser,
                         const core::ConfigApplyJob::Options& options)
{
    ConfigApplyRun run(context, ConfigApplyRun::flags(parser), m_confirmation);
    return run.run(options);
}

int ConfigCommand::change(CommandContext& context, const core::Profile& profile,
                          const core::ConfigDocuments& docs, const QStringList& arguments,
                          bool preset, const QCommandLineParser& parser)
{
    core::ConfigChange change;
    if (preset) {
        const QString id = arguments.value(0);
        if (arguments.size() != 1) {
            context.err() << tr("artgenctl: config preset takes one name: optimized, previous "
                                "or a saved preset.")
                          << Qt::endl;
            return ExitUsage;
        }
        if (const auto builtIn = core::ConfigPreset::findBuiltIn(id)) {
            change = builtIn->change();
        } else {
            const auto saved =
                core::UserPresetStore(core::UserPresetStore::defaultPath()).preset(id);
            if (!saved) {
                context.printError(saved.error());
                return ExitFailed;
            }
            change = saved->change();
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
    const auto plan = core::ConfigApplyPlan::fromChange(docs, change);
    if (!plan) {
        context.printError(plan.error()); // names the file, the line and the reason
        return ExitFailed;
    }
    core::ConfigApplyJob::Options options;
    options.profile = profile;
    options.plan = *plan;
    options.kind = preset ? QStringLiteral("preset") : QStringLiteral("apply");
    return apply(context, parser, options);
}

int ConfigCommand::presets(CommandContext& context, const core::ConfigDocuments& docs,
                           QStringList arguments, bool json)
{
    core::UserPresetStore store(core::UserPresetStore::defaultPath());
    const QString verb = arguments.isEmpty() ? QStringLiteral("list") : arguments.takeFirst();
    if (verb == QStringLiteral("save") && !arguments.isEmpty()) {
        const QString presetName = arguments.takeFirst();
        auto values =
            arguments.isEmpty()
                ? core::ConfigChange(core::UserPresetStore::currentValues(docs))
                : core::ConfigChange::fromArguments(arguments).value_or(core::ConfigChange());
        const core::Status saved = store.save(presetName, values);
        if (!saved) {
            context.printError(saved.error());
            return ExitFailed;
        }
        context.out() << tr("Saved the preset “%1” (%n setting(s)).", nullptr,
                            int(values.edits().size()))
                             .arg(presetName)
                      << Qt::endl;
        return ExitOk;
    }
    if (verb == QStringLiteral("delete") && arguments.size() == 1) {
        const core::Status removed = store.remove(arguments.first());
        if (!removed) {
            context.printError(removed.error());
            return ExitFailed;
        }
        context.out() << tr("Deleted the preset “%1”.").arg(arguments.first()) << Qt::endl;
        return ExitOk;
    }
    if (verb != QStringLiteral("list") || !arguments.isEmpty()) {
        context.err() << tr("artgenctl: config presets takes list, save NAME [KEY=VALUE…] or "
                            "delete NAME.")
                      << Qt::endl;
        return ExitUsage;
    }
    auto saved = store.presets();
    if (!saved) {
        context.printError(saved.error());
        return ExitFailed;
    }
    const QList<core::ConfigPreset> all = core::ConfigPreset::builtIn() + *saved;
    QJsonArray array;
    for (const core::ConfigPreset& p : all) {
        QJsonObject values;
        for (const auto& e : p.change().edits())
            values.insert(e.key, e.value);
        array.append(QJsonObject{{QStringLiteral("id"), p.id()},
                                 {QStringLiteral("name"), p.name()},
                                 {QStringLiteral("built_in"), p.isBuiltIn()},
                                 {QStringLiteral("values"), values}});
        if (!json)
            context.out() << p.id() << (p.isBuiltIn() ? tr(" (built-in)") : QString()) << "\n  "
                          << p.description() << '\n';
    }
    if (json)
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    context.out().flush();
    return ExitOk;
}

int ConfigCommand::history(CommandContext& context, const core::Profile& profile, bool json)
{
    const auto entries = core::ConfigHistory::forProfile(profile).entries();
    if (!entries) {
        context.printError(entries.error());
        return ExitFailed;
    }
    QJsonArray array;
    for (const core::ConfigHistoryEntry& e : *entries) {
        QStringList files;
        for (const auto& f : e.files)
            files << f.path;
        if (json) {
            QJsonArray values;
            for (const auto& v : e.values)
                values.append(QJsonObject{{QStringLiteral("key"), v.key},
                                          {QStringLiteral("before"), v.before},
                                          {QStringLiteral("after"), v.after}});
            array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("time"), e.time.toString(Qt::ISODate)},
                                     {QStringLiteral("user"), e.user},
                                     {QStringLiteral("kind"), e.kind},
                                     {QStringLiteral("rollback_of"), e.rollbackOf},
                                     {QStringLiteral("files"), QJsonArray::fromStringList(files)},
                                     {QStringLiteral("values"), values},
                                     {QStringLiteral("summary"), e.summary}});
        } else {
            context.out() << e.id << "  " << e.time.toLocalTime().toString(Qt::ISODate) << "  "
                          << e.user << "  " << e.kind << "  " << e.summary << '\n';
        }
    }
    if (json)
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    else if (entries->isEmpty())
        context.out()
            << tr("No configuration change has been applied to “%1” yet.").arg(profile.name)
            << '\n';
    context.out().flush();
    return ExitOk;
}

int ConfigCommand::rollback(CommandContext& context, const core::Profile& profile,
                            const core::ConfigDocuments& docs, const QStringList& arguments,
                            const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("git"))) {
        if (!arguments.isEmpty()) {
            context.err() << tr("artgenctl: config rollback --git takes no ID.") << Qt::endl;
            return ExitUsage;
        }
        if (!ProductionGate::allows(context, parser, profile, QStringLiteral("config rollback")))
            return ExitFailed;
        return gitRollback(context, profile, docs, parser);
    }
    if (arguments.size() > 1) {
        context.err() << tr("artgenctl: config rollback takes at most one ID.") << Qt::endl;
        return ExitUsage;
    }
    if (!ProductionGate::allows(context, parser, profile, QStringLiteral("config rollback")))
        return ExitFailed;
    const auto entry = core::ConfigHistory::forProfile(profile).entry(arguments.value(0));
    if (!entry) {
        context.printError(entry.error());
        return ExitFailed;
    }
    context.out() << tr("Rolling back %1 (%2): %3")
                         .arg(entry->id, entry->time.toLocalTime().toString(Qt::ISODate),
                              entry->summary)
                  << Qt::endl;
    core::ConfigApplyJob::Options options;
    options.profile = profile;
    options.plan = core::ConfigApplyJob::rollbackPlan(*entry, docs.bytes());
    options.kind = QStringLiteral("rollback");
    options.rollbackOf = entry->id;
    return apply(context, parser, options);
}

int ConfigCommand::gitRollback(CommandContext& context, const core::Profile& profile,
                               const core::ConfigDocuments& docs, const QCommandLineParser& parser)
{
    QStringList files;
    for (auto f : {core::ConfigKey::File::Nginx, core::ConfigKey::File::Compose,
                   core::ConfigKey::File::Database, core::ConfigKey::File::HttpClient})
        files << core::ConfigKey::path(f);
    const auto state = core::GitRollback::inspect(profile.stackDir, files);
    if (!state) {
        context.printError(state.error());
        return ExitFailed;
    }
    context.out() << tr("git status --porcelain (%1):").arg(state->topLevel) << '\n';
    for (const QString& line : state->porcelain)
        context.out() << QStringLiteral("  ") << line << '\n';
    context.out().flush();
    if (state->isClean()) {
        context.out() << tr("The four files are as at HEAD: nothing to roll back.") << Qt::endl;
        return ExitOk;
    }
    core::ConfigApplyJob::Options options;
    options.profile = profile;
    options.plan = core::ConfigApplyPlan::fromFiles(docs.bytes(), state->head);
    options.kind = QStringLiteral("git");
    return apply(context, parser, options);
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
