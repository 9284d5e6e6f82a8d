#pragma once

#include "settings/profile.h"
#include "stackconfig/envfile.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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
