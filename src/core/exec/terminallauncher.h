#pragma once

#include "docker/dockerendpoint.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace artgen::core {

// Opens the user's terminal emulator on `docker exec -it <container> sh`, for what the Run
// dialog cannot do (an interactive shell needs a TTY). The docker command is always given back
// so the user can copy it when no terminal is found. Never puts a secret in an argv: the command
// names only the container and, for a profile not on the local default socket, its endpoint
// (tcp://host:port or ssh://user@host; TLS certificates stay in the environment).
class TerminalLauncher
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::TerminalLauncher)

public:
    struct Program
    {
        QString program;
        QStringList arguments;
        bool isValid() const { return !program.isEmpty(); }
    };

    // docker [-H endpoint] exec -it <container> sh
    static QStringList dockerCommand(const QString& container, const DockerEndpoint& endpoint);
    // The same as one line a shell reads back the same way.
    static QString commandLine(const QStringList& argv);
    // The first terminal found: $TERMINAL, x-terminal-emulator, gnome-terminal, konsole,
    // xfce4-terminal, xterm; invalid when none is.
    static Program terminalFor(const QStringList& command);
    // Starts `terminal` detached. False (with `error`) when it could not be started.
    static bool launch(const Program& terminal, QString* error = nullptr);

private:
    static QStringList argumentsFor(const QString& terminalName, const QStringList& command);
};

} // namespace artgen::core
