#pragma once

#include "composecli.h"
#include "job/job.h"
#include "settings/profile.h"

#include <QProcess>
#include <atomic>
#include <memory>
#include <optional>

class QTimer;

namespace artgen::core {

// One compose operation on a profile's stack (up, down, build, pull, config, restart), run as
// an asynchronous Job: the compose of this machine (ComposeCli) in the profile's compose folder
// with `-p <project>`, arguments as a list — never a shell string. Compose's output, stdout and
// stderr merged (it writes its progress to stderr), arrives line by line through the job's log;
// a non-zero exit fails the job with compose's own last lines quoted. cancel() sends SIGTERM to
// compose and everything it started, then SIGKILL after 10 s.
//
// Compose runs with the panel's environment (plus DOCKER_HOST when the profile names a Docker
// host). Secrets never go into its arguments: compose reads them from Docker_all/.env itself.
class ComposeJob : public Job
{
    Q_OBJECT

public:
    enum class Operation { Up, Down, Build, Pull, Config, Restart };
    Q_ENUM(Operation)

    // `services` applies to Up, Build and Restart (empty: all), `noCache` to Build only.
    ComposeJob(Operation operation, Profile profile, QStringList services = {},
               bool noCache = false);
    ~ComposeJob() override;

    // up -d [SERVICE…]
    static std::shared_ptr<ComposeJob> up(const Profile& profile, const QStringList& services = {});
    // up -d --no-deps SERVICE…: only those services, recreated when their configuration changed
    // — the services they depend on are left alone even when compose would find them changed
    // too (another BASE_IMAGE in the environment, say).
    // up -d --no-build: the images as they are; a missing one fails instead of being built (a
    // rollback starts the images the stack ran before, never new ones).
    // forceRecreate: every container recreated even when compose sees no change of its own, so
    // that bind-mounted files put back (nginx's, the Python code) are read again.
    static std::shared_ptr<ComposeJob> upWithoutBuild(const Profile& profile,
                                                      bool forceRecreate = false);
    static std::shared_ptr<ComposeJob> recreate(const Profile& profile,
                                                const QStringList& services);
    // down (containers and networks go; named volumes, i.e. the data, stay)
    static std::shared_ptr<ComposeJob> down(const Profile& profile);
    // build [--no-cache] [SERVICE…]
    static std::shared_ptr<ComposeJob>
    build(const Profile& profile, const QStringList& services = {}, bool noCache = false);
    // pull
    static std::shared_ptr<ComposeJob> pull(const Profile& profile);
    // config -q: checks the compose file (and .env interpolation) without touching the stack
    static std::shared_ptr<ComposeJob> config(const Profile& profile);
    // restart [SERVICE…]
    static std::shared_ptr<ComposeJob> restart(const Profile& profile,
                                               const QStringList& services = {});

    Operation operation() const { return m_operation; }
    const Profile& profile() const { return m_profile; }
    const QStringList& services() const { return m_services; }
    bool noCache() const { return m_noCache; }
    bool noDeps() const { return m_noDeps; }
    bool noBuild() const { return m_noBuild; }
    bool forceRecreate() const { return m_forceRecreate; }

    // Compose's own arguments, after the program and its leading args:
    // [-p PROJECT] OPERATION [OPTIONS…] [SERVICE…].
    QStringList composeArguments() const;

    // Service names become arguments, and one starting with "-" would be read as an option, so
    // only compose's own service-name characters are accepted ([a-zA-Z0-9._-], not leading "-").
    static bool isValidServiceName(const QString& name);

    // Compose's exit code once it has exited normally; -1 before, or when it was killed.
    int exitCode() const { return m_exitCode.load(); }

    // Tests only: run this program instead of the detected compose. A fake compose that runs
    // slowly is the only way to cancel mid-operation on demand — a fault that cannot be
    // produced with the real one. Call before the job starts.
    void setComposeCli(const ComposeCli& cli) { m_cli = cli; }

protected:
    void run() override;
    void onCancel() override;

private:
    static QString titleFor(Operation operation);
    void onReadyRead();
    void takeLine(const QByteArray& bytes);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void signalProcessGroup(int signal);
    Error failure(int exitCode) const;

    Operation m_operation;
    Profile m_profile;
    QStringList m_services;
    bool m_noCache;
    bool m_noDeps = false;
    bool m_noBuild = false;
    bool m_forceRecreate = false;
    std::optional<ComposeCli> m_cli;
    QString m_commandLine; // as a person would type it, for messages
    QProcess* m_process = nullptr;
    qint64 m_pid = 0;
    QTimer* m_killTimer = nullptr;
    QByteArray m_partial; // output after the last line break
    QStringList m_tail;   // compose's last lines, to quote in the error
    bool m_sawTraceback = false;
    std::atomic<int> m_exitCode{-1};
};

} // namespace artgen::core
