#pragma once

#include "dockertypes.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace artgen::core {

class DockerClient;

// `docker exec -i CONTAINER CMD… < input`, collected: an ExecSession fed `input` on stdin, run to
// its end and its output kept. Blocks the calling thread on a local event loop until the
// command ends or `timeoutMs` passes: only for a job's thread (never the UI thread).
class StdinExec
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::StdinExec)

public:
    static Result<ExecResult> run(DockerClient* client, const QString& container,
                                  const QStringList& cmd, const QByteArray& input,
                                  int timeoutMs = 60000);
};

} // namespace artgen::core
