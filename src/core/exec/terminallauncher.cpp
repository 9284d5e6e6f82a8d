#include "terminallauncher.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace artgen::core {

namespace {

bool isLocalDefault(const DockerEndpoint& endpoint)
{
    return endpoint.kind() == DockerEndpoint::Kind::Unix &&
           endpoint.socketPath() == QString::fromLatin1(DockerEndpoint::kDefaultSocket);
}

QString quoted(const QString& word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString out = word;
    out.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + out + u'\'';
}

} // namespace

QStringList TerminalLauncher::dockerCommand(const QString& container,
                                            const DockerEndpoint& endpoint)
{
    QStringList argv{QStringLiteral("docker")};
    if (!isLocalDefault(endpoint))
        argv << QStringLiteral("-H") << endpoint.toString();
    argv << QStringLiteral("exec") << QStringLiteral("-it") << container << QStringLiteral("sh");
    return argv;
}

QString TerminalLauncher::commandLine(const QStringList& argv)
{
    QStringList words;
    for (const QString& w : argv)
        words << quoted(w);
    return words.join(u' ');
}

TerminalLauncher::Program TerminalLauncher::terminalFor(const QStringList& command)
{
    QStringList candidates;
    const QString fromEnv = qEnvironmentVariable("TERMINAL");
    if (!fromEnv.isEmpty())
        candidates << fromEnv;
    candidates << QStringLiteral("x-terminal-emulator") << QStringLiteral("gnome-terminal")
               << QStringLiteral("konsole") << QStringLiteral("xfce4-terminal")
               << QStringLiteral("xterm");
    for (const QString& name : std::as_const(candidates)) {
        const QString path =
            QFileInfo(name).isAbsolute() ? name : QStandardPaths::findExecutable(name);
        if (!path.isEmpty() && QFileInfo(path).isExecutable())
            return {path, argumentsFor(QFileInfo(name).fileName(), command)};
    }
    return {};
}

QStringList TerminalLauncher::argumentsFor(const QString& terminalName, const QStringList& command)
{
    // gnome-terminal takes the command after "--"; xfce4-terminal's -x takes the rest of the
    // line as words; the others (xterm, konsole, the Debian alternative) take them after -e.
    if (terminalName == u"gnome-terminal")
        return QStringList{QStringLiteral("--")} + command;
    if (terminalName == u"xfce4-terminal")
        return QStringList{QStringLiteral("-x")} + command;
    return QStringList{QStringLiteral("-e")} + command;
}

bool TerminalLauncher::launch(const Program& terminal, QString* error)
{
    if (!terminal.isValid()) {
        if (error)
            *error = tr("No terminal emulator was found.");
        return false;
    }
    if (QProcess::startDetached(terminal.program, terminal.arguments))
        return true;
    if (error)
        *error = tr("%1 could not be started.").arg(terminal.program);
    return false;
}

} // namespace artgen::core
