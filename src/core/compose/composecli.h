#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QProcessEnvironment;

namespace artgen::core {

// The compose command this machine has, found at run time: `docker compose` (the v2 plugin of
// the docker CLI) or `docker-compose` (v1, or a standalone v2). A plain value: the program and
// the arguments that go before compose's own, e.g. {"docker", {"compose"}}.
class ComposeCli
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ComposeCli)

public:
    enum class Flavor {
        Plugin,     // docker compose …
        Standalone, // docker-compose …
    };

    ComposeCli() = default;
    ComposeCli(QString program, QStringList leadingArgs, Flavor flavor);

    const QString& program() const { return m_program; }
    const QStringList& leadingArgs() const { return m_leadingArgs; }
    Flavor flavor() const { return m_flavor; }

    // The whole argument list for compose's own arguments: leadingArgs() + args.
    QStringList arguments(const QStringList& args) const;

    // How a person types it ("docker compose", "docker-compose"), for logs and messages.
    QString displayName() const;

    // Adds what compose needs on top of the panel's environment (see the .cpp for why).
    void prepareEnvironment(QProcessEnvironment& env) const;

    // The compose of this machine. Probes once (running `docker compose version` takes up to a
    // few seconds, so call it off the UI thread — ComposeJob does, on its job thread) and keeps
    // the answer for the life of the process. Thread-safe. Not finding compose is not cached:
    // the admin may install it while the panel runs.
    static Result<ComposeCli> detect();

    bool operator==(const ComposeCli&) const = default;

private:
    static Result<ComposeCli> probe();

    QString m_program;
    QStringList m_leadingArgs;
    Flavor m_flavor = Flavor::Standalone;
};

} // namespace artgen::core
