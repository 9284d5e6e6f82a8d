#include "cliapp.h"

#include "commandcontext.h"
#include "commandregistry.h"
#include "settings/settingsstore.h"
#include "util/buildinfo.h"

#include <QCommandLineParser>

namespace artgen::cli {

namespace {

struct GlobalOptions
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QString()};
    QCommandLineOption version{QStringLiteral("version"), QString()};
    QCommandLineOption profile{QStringLiteral("profile"), QString(), QStringLiteral("NAME")};
    QCommandLineOption stackDir{QStringLiteral("stack-dir"), QString(), QStringLiteral("DIR")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({help, version, profile, stackDir});
    }
};

} // namespace

CliApp::CliApp(const CommandRegistry& registry, core::SettingsStore& settings)
    : m_registry(registry), m_settings(settings)
{}

QString CliApp::helpText() const
{
    QString text;
    QTextStream s(&text);
    s << tr("Usage: artgenctl [--profile NAME | --stack-dir DIR] COMMAND [OPTIONS]") << "\n\n"
      << tr("Runs the art_generation stack from a terminal, with the same service layer as the "
            "ArtGen Control Panel.")
      << "\n\n"
      << tr("Global options:") << '\n'
      << "  --profile NAME    " << tr("Use the stack profile NAME from the panel's settings.")
      << '\n'
      << "  --stack-dir DIR   "
      << tr("Use the stack in DIR (the folder that holds Docker_all/) "
            "without a profile.")
      << '\n'
      << "  -h, --help        " << tr("Show this help, or a command's help after its name.") << '\n'
      << "  --version         " << tr("Show the version.") << "\n\n"
      << tr("Commands:") << '\n';
    for (const auto& c : m_registry.commands())
        s << "  " << c->name().leftJustified(16) << "  " << c->summary() << '\n';
    s << '\n'
      << tr("Exit codes: 0 success, 1 failed, 2 Docker or the stack cannot be reached, 3 the "
            "stack is not healthy, 64 bad command line.")
      << '\n';
    return text;
}

int CliApp::run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const GlobalOptions globals;
    QCommandLineParser top;
    top.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    globals.addTo(top);
    if (!top.parse(args)) {
        err << "artgenctl: " << top.errorText() << '\n' << tr("Try: artgenctl --help") << Qt::endl;
        return ExitUsage;
    }
    if (top.isSet(globals.version)) {
        out << "artgenctl " << ARTGEN_VERSION << Qt::endl;
        return ExitOk;
    }
    const QStringList rest = top.positionalArguments();
    if (rest.isEmpty()) {
        (top.isSet(globals.help) ? out : err) << helpText() << Qt::flush;
        return top.isSet(globals.help) ? ExitOk : ExitUsage;
    }
    Command* command = m_registry.find(rest.first());
    if (!command) {
        err << "artgenctl: " << tr("unknown command “%1”.").arg(rest.first()) << '\n'
            << tr("Try: artgenctl --help") << Qt::endl;
        return ExitUsage;
    }

    // The command's own parser also knows the global options, so they work on either side of
    // the command name.
    QCommandLineParser sub;
    globals.addTo(sub);
    command->addOptions(sub);
    if (!sub.parse(QStringList{args.value(0)} + rest.mid(1))) {
        err << "artgenctl " << command->name() << ": " << sub.errorText() << '\n'
            << tr("Try: artgenctl %1 --help").arg(command->name()) << Qt::endl;
        return ExitUsage;
    }
    if (top.isSet(globals.help) || sub.isSet(globals.help)) {
        sub.setApplicationDescription(command->summary());
        out << sub.helpText().replace(args.value(0), QStringLiteral("artgenctl ") + command->name())
            << Qt::flush;
        return ExitOk;
    }
    // An empty --profile or --stack-dir would quietly fall back to the active profile.
    for (const auto* option : {&globals.profile, &globals.stackDir}) {
        const bool empty = (top.isSet(*option) && top.value(*option).trimmed().isEmpty()) ||
                           (sub.isSet(*option) && sub.value(*option).trimmed().isEmpty());
        if (!empty)
            continue;
        err << "artgenctl: "
            << (option == &globals.profile ? tr("--profile needs a profile name; it is empty.")
                                           : tr("--stack-dir needs a folder; it is empty."))
            << '\n'
            << tr("Try: artgenctl --help") << Qt::endl;
        return ExitUsage;
    }
    if (!command->takesPositionalArguments() && !sub.positionalArguments().isEmpty()) {
        err << "artgenctl " << command->name() << ": "
            << tr("unexpected argument “%1”; this command takes none.")
                   .arg(sub.positionalArguments().first())
            << '\n'
            << tr("Try: artgenctl %1 --help").arg(command->name()) << Qt::endl;
        return ExitUsage;
    }
    // A settings file that cannot be used is an error of every command: continuing with defaults
    // would act on a stack the user did not choose. The store has not written to the file.
    if (const auto settings = m_settings.status(); !settings) {
        err << "artgenctl: " << settings.error().message() << Qt::endl;
        return ExitFailed;
    }
    CommandContext context(out, err, m_settings);
    context.setProfileName(sub.isSet(globals.profile) ? sub.value(globals.profile)
                                                      : top.value(globals.profile));
    context.setStackDir(sub.isSet(globals.stackDir) ? sub.value(globals.stackDir)
                                                    : top.value(globals.stackDir));
    context.loadKeychainSecrets();
    const int code = command->run(context, sub);
    out.flush();
    err.flush();
    return code;
}

} // namespace artgen::cli
