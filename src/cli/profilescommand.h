#pragma once

#include "command.h"
#include "settings/profile.h"
#include "util/result.h"

#include <QCoreApplication>

namespace artgen::cli {

// `artgenctl profiles [--json]`: the configured stack profiles, the active one marked;
// `profiles add NAME --stack-dir DIR [--docker-host URL] [--tls-ca F --tls-cert F --tls-key F]
// [--docker-context NAME] [--production] …`, `profiles remove NAME`, `profiles test [NAME]`
// (ConnectionTest: each part, the failing one named) and `profiles contexts` (the machine's
// Docker contexts, as `docker context ls`).
class ProfilesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::ProfilesCommand)

public:
    QString name() const override { return QStringLiteral("profiles"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CommandContext& context, const QCommandLineParser& parser) override;

private:
    static int list(CommandContext& context, bool json);
    static int add(CommandContext& context, const QCommandLineParser& parser,
                   const QString& profileName);
    static int remove(CommandContext& context, const QString& profileName);
    static int test(CommandContext& context, const QString& profileName, bool json);
    static int contexts(CommandContext& context, bool json);
    static core::Result<core::Profile> profileFromOptions(CommandContext& context,
                                                          const QCommandLineParser& parser,
                                                          const QString& profileName);
    static core::Result<core::Profile> named(CommandContext& context, const QString& profileName);
};

} // namespace artgen::cli
