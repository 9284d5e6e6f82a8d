// artgen-panel's composition root: services are created here and handed to what needs them.

#include "app/firstpaintwatcher.h"
#include "backup/legacybackupfolders.h"
#include "charts/alertnotifier.h"
#include "docker/dockerprobe.h"
#include "i18n/languagemanager.h"
#include "job/jobrunner.h"
#include "logging/logservice.h"
#include "logging/secretredactor.h"
#include "mainwindow.h"
#include "secrets/secretasker.h"
#include "secrets/secretsession.h"
#include "secrets/secretsnotice.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"
#include "stackconfig/stacklocator.h"
#include "util/buildinfo.h"
#include "util/workerthread.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStatusBar>
#include <cstdio>

using namespace artgen;

namespace {

bool haveDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

void warnLater(QWidget* parent, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning,
                                QApplication::translate("main", "ArtGen Control Panel"), text,
                                QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

int main(int argc, char* argv[])
{
    if (!haveDisplay()) {
        // QApplication would abort with a cryptic xcb message; say what to do instead.
        std::fprintf(stderr, "artgen-panel: no display (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                             "Run it in a desktop session, or headless with: "
                             "xvfb-run -a artgen-panel\n");
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ArtGen"));
    QApplication::setApplicationName(QStringLiteral("artgen-panel"));
    QApplication::setApplicationVersion(QStringLiteral(ARTGEN_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/artgen.svg")));

    core::SettingsStore settings(core::SettingsStore::defaultPath());
    core::LanguageManager language;
    language.apply(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Control panel for the art_generation Docker stack."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                        QApplication::translate("main", "Open with profile NAME."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption pageOpt(
        QStringLiteral("page"),
        QApplication::translate("main", "Open on page KEY (containers, logs, charts, backups, "
                                        "configuration, deployment, troubleshooting, loadtest, "
                                        "settings)."),
        QStringLiteral("KEY"));
    const QCommandLineOption verboseOpt(
        QStringLiteral("verbose"), QApplication::translate("main", "Log debug output to stderr."));
    const QCommandLineOption stackDirOpt(
        QStringLiteral("stack-dir"),
        QApplication::translate("main", "Open the stack in DIR (the folder that holds "
                                        "Docker_all/), adding a profile for it if needed."),
        QStringLiteral("DIR"));
    QCommandLineOption benchOpt(QStringLiteral("bench-first-paint"));
    benchOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({profileOpt, stackDirOpt, pageOpt, verboseOpt, benchOpt});
    parser.process(app);

    auto redactor = core::SecretRedactor::global();
    core::LogService::Options logOptions;
    logOptions.directory = core::LogService::defaultDirectory();
    logOptions.fileName = QStringLiteral("artgen-panel.log");
    logOptions.verbose = parser.isSet(verboseOpt);
    core::LogService log(logOptions, redactor);

    // A settings file that cannot be used is never written: the store then lives in memory,
    // and the demo profile below is for this session only.
    if (settings.ensureDemoProfile(core::StackLocator::demoStackDir(),
                                   QApplication::translate("main", "Demo stack")))
        settings.sync();
    QStringList startupProblems;
    if (const auto st = settings.status(); !st) {
        startupProblems << st.error().message();
        if (settings.isMemoryOnly())
            startupProblems << QApplication::translate(
                "main", "The panel runs with the demo profile for now; changes made in this "
                        "session are not saved.");
    }
    for (const QString& m : core::LegacyBackupFolders::migrateOnce(settings))
        qWarning().noquote() << m;
    if (parser.isSet(profileOpt)) {
        const QString name = parser.value(profileOpt);
        if (settings.profile(name))
            settings.setActiveProfileName(name);
        else
            startupProblems << QApplication::translate("main",
                                                       "There is no profile called “%1”. "
                                                       "The panel opened the last used one.")
                                   .arg(name);
    }

    if (parser.isSet(stackDirOpt)) {
        const QString dir = QDir(parser.value(stackDirOpt)).absolutePath();
        if (core::StackLocator::looksLikeStackDir(dir)) {
            const bool isDemo = QDir(dir) == QDir(core::StackLocator::demoStackDir());
            settings.activateStackDir(dir, isDemo ? QApplication::translate("main", "Demo stack")
                                                  : QString());
        } else {
            startupProblems << QApplication::translate("main", "%1 is not a stack folder: it has "
                                                               "no Docker_all/docker-compose.yml.")
                                   .arg(dir);
        }
    }

    // The active profile's services (Docker clients on their threads, reached through futures),
    // rebuilt on a switch; every page follows them. Jobs run on threads of the JobRunner.
    core::ActiveServices services;
    services.activate(settings.activeProfile());
    core::JobRunner jobs;
    core::WorkerThread probeThread(QStringLiteral("docker-probe"));

    gui::MainWindow window(settings, language, services, jobs, log.filePath());
    // Secrets: the keychain's copies are read before the monitors start (they wait for the
    // read), a profile's .env secrets are offered to the keychain on its first use, and a
    // secret the keychain cannot give is asked for in a dialog and kept in memory.
    core::SecretSession secrets(settings);
    gui::SecretAsker secretAsker(&window);
    auto* secretsNotice = new gui::SecretsNotice(&window);
    window.statusBar()->addWidget(secretsNotice, 1);
    QObject::connect(&secrets, &core::SecretSession::importOffered, secretsNotice,
                     &gui::SecretsNotice::showOffer);
    QObject::connect(&secrets, &core::SecretSession::keychainUnavailable, secretsNotice,
                     &gui::SecretsNotice::showProblem);
    QObject::connect(&secrets, &core::SecretSession::imported, secretsNotice,
                     &gui::SecretsNotice::showImported);
    QObject::connect(secretsNotice, &gui::SecretsNotice::keepRequested, &secrets,
                     [&secrets, &services](const QString& name) {
                         if (services.current()->profile().name == name)
                             secrets.keepInKeychain(services.current()->profile());
                     });
    secrets.activate(services.current()->profile());
    QObject::connect(&services, &core::ActiveServices::activating, &secrets,
                     &core::SecretSession::activate);
    window.restoreState();
    if (parser.isSet(pageOpt))
        for (auto page : gui::MainWindow::pages())
            if (gui::MainWindow::pageKey(page) == parser.value(pageOpt))
                window.selectPage(page);

    auto* probe = new core::DockerProbe(services.current()->endpoint());
    QObject::connect(probe, &core::DockerProbe::statusChanged, &window,
                     &gui::MainWindow::setDockerStatus);
    // The status bar answers for the active profile's endpoint, handed over as a value.
    QObject::connect(&services, &core::ActiveServices::switched, &window, [probe, &services] {
        const core::DockerEndpoint ep = services.current()->endpoint();
        QMetaObject::invokeMethod(probe, [probe, ep] { probe->setEndpoint(ep); });
    });
    probeThread.adopt(probe);
    QMetaObject::invokeMethod(probe, &core::DockerProbe::start, Qt::QueuedConnection);

    // Monitoring runs from start, page or no page: alerts are about the stack, not the Charts
    // page. The notifier gives each profile's monitors their thresholds and shows alerts.
    gui::AlertNotifier alerts(services, settings);
    QObject::connect(&alerts, &gui::AlertNotifier::shown, &window,
                     [&window](const QString& title, const QString& message) {
                         window.statusBar()->showMessage(title + QStringLiteral(" — ") + message,
                                                         30'000);
                     });
    services.setMonitoring(true);

    gui::FirstPaintWatcher paintWatcher;
    if (parser.isSet(benchOpt))
        paintWatcher.watch(&window);

    window.show();
    if (!startupProblems.isEmpty())
        warnLater(&window, startupProblems.join(QStringLiteral("\n\n")));
    return app.exec();
}
