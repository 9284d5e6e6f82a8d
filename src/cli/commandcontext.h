#pragma once

#include "settings/profile.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QTextStream>
#include <memory>

namespace artgen::core {
class DockerClient;
class SecretStore;
class SettingsStore;
class WorkerThread;
} // namespace artgen::core

namespace artgen::cli {

// What a sub-command may use: its output streams, the settings, and the profile chosen by the
// global options (--profile NAME or --stack-dir DIR).
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::CommandContext)

public:
    CommandContext(QTextStream& out, QTextStream& err, core::SettingsStore& settings);
    ~CommandContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    core::SettingsStore& settings() { return m_settings; }

    void setProfileName(const QString& name) { m_profileName = name; }
    void setStackDir(const QString& dir) { m_stackDir = dir; }
    QString profileName() const { return m_profileName; }
    QString stackDir() const { return m_stackDir; }

    // --stack-dir wins, then --profile, then the active profile of the settings.
    core::Result<core::Profile> profile() const;

    // A Docker client for the profile's Docker host, on a worker thread of its own; created on
    // first use, so commands that do not talk to Docker never start it.
    core::Result<core::DockerClient*> docker();

    // The keychain, for the profile's secrets; created on first use.
    core::SecretStore& secretStore();
    // Reads the secrets the settings say the keychain holds for the profile into the session,
    // so every service finds them; says once why the keychain cannot be used (those secrets
    // are then asked for on a terminal when needed). Touches no keychain when none is kept.
    void loadKeychainSecrets();
    // Prints the keychain's problem unless this session has said it already.
    void reportKeychainProblem(const core::Error& problem);

    // Runs the event loop until `future` has its result: keychain jobs answer on this thread.
    template <typename T> static T await(QFuture<T> future)
    {
        if (!future.isFinished()) {
            QEventLoop loop;
            QFutureWatcher<T> watcher;
            QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
            watcher.setFuture(future);
            if (!future.isFinished())
                loop.exec();
        }
        return future.result();
    }

    // Prints an error as "artgenctl: <message>" on stderr.
    void printError(const core::Error& error);
    // The exit code for a failure: 2 when Docker (or the stack) cannot be reached, else 1.
    static int exitCodeFor(const core::Error& error);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    core::SettingsStore& m_settings;
    QString m_profileName;
    QString m_stackDir;
    std::unique_ptr<core::WorkerThread> m_dockerThread;
    core::DockerClient* m_docker = nullptr;
    std::unique_ptr<core::SecretStore> m_secretStore;
};

} // namespace artgen::cli
