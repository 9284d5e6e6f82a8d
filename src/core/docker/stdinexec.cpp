#include "stdinexec.h"

#include "execsession.h"

#include <QEventLoop>
#include <QTimer>

namespace artgen::core {

Result<ExecResult> StdinExec::run(DockerClient* client, const QString& container,
                                  const QStringList& cmd, const QByteArray& input, int timeoutMs)
{
    ExecSession session(client, {container, cmd, {}, true});
    ExecResult out;
    std::optional<Result<int>> exit;
    QEventLoop loop;
    QObject::connect(&session, &ExecSession::stdoutData, &loop,
                     [&out](const QByteArray& chunk) { out.out += chunk; });
    QObject::connect(&session, &ExecSession::stderrData, &loop,
                     [&out](const QByteArray& chunk) { out.err += chunk; });
    QObject::connect(&session, &ExecSession::finished, &loop, [&](const Result<int>& code) {
        exit = code;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    session.start();
    session.writeStdin(input);
    session.closeStdin();
    if (!exit.has_value())
        loop.exec();
    if (!exit.has_value()) {
        session.abort();
        return fail(Error(Error::Code::Timeout,
                          tr("%1 in %2 did not finish in %n second(s).", nullptr, timeoutMs / 1000)
                              .arg(cmd.value(0), container),
                          {}, tr("Check that the container is responsive, then try again.")));
    }
    if (!*exit)
        return fail(exit->error());
    out.exitCode = **exit;
    return out;
}

} // namespace artgen::core
