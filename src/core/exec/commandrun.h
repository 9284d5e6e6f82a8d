#pragma once

#include "docker/execsession.h"
#include "util/result.h"

#include <QObject>

namespace artgen::core {

class DockerClient;

// One command run in a container with its output streamed, for a window that shows it as it
// comes: an ExecSession made on the Docker client's thread (it lives where it is created), held
// through WorkerHandle<CommandRun>: reset() onto docker.thread(), connect(), start(); stop()
// drops the connection. A stopped command may still run in the container: Docker has no way to
// end an exec's process.
class CommandRun : public QObject
{
    Q_OBJECT

public:
    CommandRun(DockerClient* client, QString container, QStringList argv);
    ~CommandRun() override;

    void start();
    void stop();

Q_SIGNALS:
    void stdoutData(const QByteArray& chunk);
    void stderrData(const QByteArray& chunk);
    void finished(const artgen::core::Result<int>& exitCode);

private:
    DockerClient* m_client;
    ExecSession::Options m_options;
    ExecSession* m_session = nullptr;
};

} // namespace artgen::core
