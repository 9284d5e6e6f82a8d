#pragma once

#include "settings/profile.h"
#include "stackconfig/envfile.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The running demo stack as the integration tests see it: its profile, its credentials from
// Docker_all/.env, and small helpers for HTTP and the docker CLI. `unavailableReason()` is empty
// when the stack is up and healthy.
class StackFixture
{
public:
    StackFixture();

    QString unavailableReason() const { return m_reason; }
    static bool stackRequired();

    const artgen::core::Profile& profile() const { return m_profile; }
    QString env(const QString& key) const { return m_env.value(key); }

    struct Response
    {
        int status = 0;
        QByteArray body;
        QString error;
        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    };
    Response request(const QByteArray& verb, const QString& path, const QByteArray& body = {},
                     const QByteArray& token = {});

    struct Output
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Output docker(const QStringList& args, int timeoutMs = 60000);
    // artgen-demo/* references -> the image ids they point to.
    static QMap<QString, QString> demoImages();
    // Tags every reference of `before` (demoImages() earlier) that has moved back to its id, and
    // returns the ids they had moved to (a test's own builds, for `docker rmi` once unused; empty
    // for a reference that had gone).
    static QStringList tagBack(const QMap<QString, QString>& before);
    // Why the profile's stack folder is not the one the running frontend mounts its nginx file
    // from (empty when it is): a test that applies configuration must change the files the stack
    // runs with (ARTGEN_DEMO_STACK points at them).
    QString mountedElsewhere() const;
    // The real artgenctl on the demo stack (--stack-dir), with the test's own settings file, in
    // English; with `dataHome`, its own XDG data folder too (checklist runs, reports, backups).
    Output artgenctl(const QStringList& args, const QString& config, int timeoutMs = 120000,
                     const QString& dataHome = {}) const;
    // The containers of `profile` that are not running and healthy by the deadline, each with
    // what it is ("name=exited/", "name=missing"); empty when all are.
    static QStringList notHealthy(const artgen::core::Profile& profile, int timeoutMs);

    // A container that the project's compose labels call `service` — one a user started by
    // hand, of a service the profile does not name: artgen-demo/base printing `lines`, then
    // sleeping. An old container called `name` goes first. True once the lines are in its log;
    // *error says why not. It removes itself within 15 minutes (a crashed test leaves nothing
    // behind for long); removeContainer() ends it at once and returns once it is gone.
    bool startLabelledContainer(const QString& name, const QString& service,
                                const QStringList& lines, QString* error) const;
    static void removeContainer(const QString& name);

    // Restarting dockerd is only for where the panel's scripts own it (CI, or
    // ARTGEN_ALLOW_DOCKERD_RESTART=1) — never a developer's systemd-managed daemon.
    static bool mayRestartDaemon();
    // dockerd's pid from /var/run/docker.pid; empty when there is none.
    static QByteArray daemonPid();
    // Sends TERM to dockerd; the caller waits for what it expects to see while it is down.
    static bool terminateDaemon(const QByteArray& pid);
    // Starts dockerd the project's way (scripts/stack.sh ensure_dockerd), without the test's
    // XDG_* folders (dockerd would take them for its own).
    static bool startDaemon();

private:
    static Output run(const QString& program, const QStringList& args, int timeoutMs,
                      const QProcessEnvironment& env);

    artgen::core::Profile m_profile;
    artgen::core::EnvFile m_env;
    QString m_reason;
    QNetworkAccessManager m_nam;
};

// Skip with the reason locally; fail under CI=true / ARTGEN_REQUIRE_STACK=1.
#define REQUIRE_STACK(fixture)                                                                     \
    do {                                                                                           \
        if (!(fixture).unavailableReason().isEmpty()) {                                            \
            if (StackFixture::stackRequired())                                                     \
                QFAIL(qPrintable((fixture).unavailableReason()));                                  \
            QSKIP(qPrintable((fixture).unavailableReason()));                                      \
        }                                                                                          \
    } while (false)
