#pragma once

#include "command.h"
#include "secrets/secretname.h"

#include <QCoreApplication>

namespace artgen::core {
class Profile;
}

namespace artgen::cli {

// `artgenctl secret set|forget|status|import`: the profile's PostgreSQL password, Redis
// password and API token in the OS keychain. Values come from standard input (a terminal gets
// a prompt with echo off), never from the command line, and are never printed.
class SecretCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::SecretCommand)

public:
    QString name() const override { return QStringLiteral("secret"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CommandContext& context, const QCommandLineParser& parser) override;

private:
    int set(CommandContext& context, const core::Profile& profile, core::SecretName::Id id);
    int forget(CommandContext& context, const core::Profile& profile, core::SecretName::Id id);
    int status(CommandContext& context, const core::Profile& profile, bool json);
    int import(CommandContext& context, const core::Profile& profile);
    // The secret's name, or a usage error printed.
    static std::optional<core::SecretName::Id> parseName(CommandContext& context,
                                                         const QStringList& args);
    static std::optional<QString> readValue(CommandContext& context, const core::Profile& profile,
                                            core::SecretName::Id id);
    static bool saveSettings(CommandContext& context);
};

} // namespace artgen::cli
