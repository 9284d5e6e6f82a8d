#include "secretcommand.h"

#include "commandcontext.h"
#include "secretprompt.h"
#include "secrets/profilesecrets.h"
#include "secrets/secretreferences.h"
#include "secrets/secretstore.h"
#include "secrets/sessionsecrets.h"
#include "settings/settingsstore.h"
#include "stackconfig/envfile.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace artgen::cli {

using core::SecretName;

QString SecretCommand::summary() const
{
    return tr("Keep the profile's passwords and API token in the OS keychain: set NAME, forget "
              "NAME, status, import.");
}

void SecretCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("set NAME, forget NAME, status or import (from the .env)."));
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 tr("%1.").arg(SecretName::keys().join(QStringLiteral(", "))));
    parser.addOption({QStringLiteral("json"), tr("status: print one JSON document.")});
}

int SecretCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QStringList known{QStringLiteral("set"), QStringLiteral("forget"),
                            QStringLiteral("status"), QStringLiteral("import")};
    if (!known.contains(action)) {
        context.err()
            << "artgenctl secret: "
            << (action.isEmpty()
                    ? tr("say what to do: set NAME, forget NAME, status or import.")
                    : tr("unknown action “%1”; use set, forget, status or import.").arg(action))
            << '\n'
            << tr("Try: artgenctl secret --help") << Qt::endl;
        return ExitUsage;
    }
    const bool named = action == QStringLiteral("set") || action == QStringLiteral("forget");
    if (args.size() > (named ? 2 : 1)) {
        context.err() << "artgenctl secret: "
                      << tr("unexpected argument “%1”; a secret's value is read from standard "
                            "input, never from the command line.")
                             .arg(args.value(named ? 2 : 1))
                      << Qt::endl;
        return ExitUsage;
    }
    const auto id = named ? parseName(context, args) : std::optional(SecretName::Id{});
    if (!id)
        return ExitUsage;
    const auto profile = context.profile();
    if (!profile) {
        context.printError(profile.error());
        return ExitFailed;
    }
    if (action == QStringLiteral("set"))
        return set(context, *profile, *id);
    if (action == QStringLiteral("forget"))
        return forget(context, *profile, *id);
    if (action == QStringLiteral("status"))
        return status(context, *profile, parser.isSet(QStringLiteral("json")));
    return import(context, *profile);
}

std::optional<SecretName::Id> SecretCommand::parseName(CommandContext& context,
                                                       const QStringList& args)
{
    if (const auto id = SecretName::parse(args.value(1)))
        return id;
    context.err()
        << "artgenctl secret: "
        << (args.value(1).isEmpty()
                ? tr("name the secret: %1.").arg(SecretName::keys().join(QStringLiteral(", ")))
                : tr("there is no secret called “%1”; use one of %2.")
                      .arg(args.value(1), SecretName::keys().join(QStringLiteral(", "))))
        << Qt::endl;
    return std::nullopt;
}

std::optional<QString> SecretCommand::readValue(CommandContext& context,
                                                const core::Profile& profile, SecretName::Id id)
{
    const QString value =
        SecretPrompt::stdinIsTerminal()
            ? SecretPrompt::readHidden(tr("Type %1 of profile %2 (not shown): ")
                                           .arg(SecretName::label(id), profile.name))
                  .value_or(QString())
            : SecretPrompt::readPiped();
    if (!value.isEmpty())
        return value;
    context.printError(core::Error(core::Error::Code::InvalidInput, tr("No value was given."),
                                   tr("Standard input was empty."),
                                   tr("Type the value at the prompt, or pipe it in: "
                                      "artgenctl secret set %1 < FILE.")
                                       .arg(SecretName::key(id))));
    return std::nullopt;
}

bool SecretCommand::saveSettings(CommandContext& context)
{
    if (const core::Status saved = context.settings().sync(); !saved) {
        context.printError(saved.error());
        return false;
    }
    return true;
}

int SecretCommand::set(CommandContext& context, const core::Profile& profile, SecretName::Id id)
{
    const auto value = readValue(context, profile, id);
    if (!value)
        return ExitFailed;
    const core::Status stored =
        CommandContext::await(context.secretStore().write(profile.name, id, *value));
    if (!stored) {
        context.reportKeychainProblem(stored.error());
        context.err() << tr("Nothing was stored: artgenctl keeps no secret in a file.") << Qt::endl;
        return ExitFailed;
    }
    core::SecretReferences(context.settings(), profile.name).add(id);
    core::SessionSecrets::global().put(profile.name, id, *value,
                                       core::SessionSecrets::Origin::Keychain);
    if (!saveSettings(context))
        return ExitFailed;
    context.out()
        << tr("Stored %1 of profile %2 in the keychain.").arg(SecretName::label(id), profile.name)
        << Qt::endl;
    return ExitOk;
}

int SecretCommand::forget(CommandContext& context, const core::Profile& profile, SecretName::Id id)
{
    const core::Status gone = CommandContext::await(context.secretStore().forget(profile.name, id));
    if (!gone) {
        context.reportKeychainProblem(gone.error());
        return ExitFailed;
    }
    core::SecretReferences(context.settings(), profile.name).remove(id);
    core::SessionSecrets::global().remove(profile.name, id);
    core::SessionSecrets::global().setExpected(profile.name, id, false);
    if (!saveSettings(context))
        return ExitFailed;
    context.out() << tr("Removed %1 of profile %2 from the keychain.")
                         .arg(SecretName::label(id), profile.name)
                  << Qt::endl;
    return ExitOk;
}

int SecretCommand::status(CommandContext& context, const core::Profile& profile, bool json)
{
    const auto env = core::EnvFile::load(profile.envFile());
    const core::EnvFile values = env ? *env : core::EnvFile();
    const core::SecretReferences references(context.settings(), profile.name);
    QJsonArray list;
    for (const SecretName::Id id : SecretName::all()) {
        using Source = core::ProfileSecrets::Source;
        const auto entry = core::SessionSecrets::global().get(profile.name, id);
        Source source = Source::Missing;
        if (entry)
            source = entry->origin == core::SessionSecrets::Origin::Keychain ? Source::Keychain
                                                                             : Source::Memory;
        else if (!values.value(SecretName::envKey(id)).isEmpty())
            source = Source::EnvFile;
        const bool unreadable = !entry && references.contains(id);
        if (json) {
            static const char* const names[] = {"keychain", "memory", "env", "missing"};
            list.append(
                QJsonObject{{QStringLiteral("name"), SecretName::key(id)},
                            {QStringLiteral("storedIn"), QString::fromLatin1(names[int(source)])},
                            {QStringLiteral("keychainUnreadable"), unreadable}});
            continue;
        }
        QString where = core::ProfileSecrets::sourceName(source);
        if (unreadable)
            where = tr("%1 (the keychain holds it but cannot be read now)").arg(where);
        context.out() << SecretName::key(id).leftJustified(18) << where << Qt::endl;
    }
    if (json)
        context.out() << QJsonDocument(QJsonObject{{QStringLiteral("profile"), profile.name},
                                                   {QStringLiteral("secrets"), list}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
    return ExitOk;
}

int SecretCommand::import(CommandContext& context, const core::Profile& profile)
{
    const auto env = core::EnvFile::load(profile.envFile());
    if (!env) {
        context.printError(env.error());
        return ExitFailed;
    }
    core::SecretReferences references(context.settings(), profile.name);
    const QList<SecretName::Id> ids = core::ProfileSecrets::importable(references, *env);
    for (const SecretName::Id id : ids) {
        const QString value = env->value(SecretName::envKey(id));
        const core::Status stored =
            CommandContext::await(context.secretStore().write(profile.name, id, value));
        if (!stored) {
            context.reportKeychainProblem(stored.error());
            saveSettings(context);
            return ExitFailed;
        }
        references.add(id);
        core::SessionSecrets::global().put(profile.name, id, value,
                                           core::SessionSecrets::Origin::Keychain);
    }
    if (!saveSettings(context))
        return ExitFailed;
    context.out() << tr("Copied %n secret(s) of profile %1 from its .env into the keychain.",
                        nullptr, int(ids.size()))
                         .arg(profile.name)
                  << Qt::endl;
    if (!ids.isEmpty())
        context.out() << tr("The stack still reads its .env; the panel and artgenctl no longer "
                            "need it for these secrets.")
                      << Qt::endl;
    return ExitOk;
}

} // namespace artgen::cli
