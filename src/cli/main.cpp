// artgenctl's composition root.

#include "backup/legacybackupfolders.h"
#include "cliapp.h"
#include "commandregistry.h"
#include "i18n/languagemanager.h"
#include "logging/logservice.h"
#include "logging/secretredactor.h"
#include "secretprompt.h"
#include "secrets/sessionsecrets.h"
#include "settings/settingsstore.h"
#include "stackconfig/stacklocator.h"
#include "terminalasker.h"
#include "util/buildinfo.h"

#include <QCoreApplication>
#include <cstdio>

using namespace artgen;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ArtGen"));
    QCoreApplication::setApplicationName(QStringLiteral("artgenctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARTGEN_VERSION));

    core::SettingsStore settings(core::SettingsStore::defaultPath());
    core::LanguageManager language;
    language.apply(settings.language());

    auto redactor = core::SecretRedactor::global();
    core::LogService::Options logOptions;
    logOptions.directory = core::LogService::defaultDirectory();
    logOptions.fileName = QStringLiteral("artgenctl.log");
    logOptions.toStderr = true; // warnings only, unless a command asks for more
    core::LogService log(logOptions, redactor);
    const cli::TerminalAsker asker;
    asker.install();

    // The same first-run default as the panel, so a fresh machine works without starting it.
    // Not over a settings file that cannot be used: CliApp reports that one and stops.
    if (settings.status())
        settings.ensureDemoProfile(core::StackLocator::demoStackDir(),
                                   QCoreApplication::translate("main", "Demo stack"));
    for (const QString& m : core::LegacyBackupFolders::migrateOnce(settings))
        qWarning().noquote() << m;

    QTextStream out(stdout);
    QTextStream err(stderr);
    const cli::CommandRegistry registry = cli::CommandRegistry::standard();
    cli::CliApp cliApp(registry, settings);
    const int code = cliApp.run(QCoreApplication::arguments(), out, err);
    cli::SecretPrompt::restoreTerminal();
    return code;
}
