#pragma once

#include "dockerendpoint.h"
#include "http/httpresponseparser.h"
#include "streamdemuxer.h"
#include "util/result.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <memory>

namespace artgen::core {

class DockerClient;
class DockerSocket;

// A command run in a container whose output is streamed, not collected, and whose stdin can be
// fed — what `docker exec -i` does, through the Engine API: the exec is created through the
// client, then started on a hijacked connection of its own (HTTP 101 upgrade) that carries
// stdin one way and the multiplexed stdout/stderr the other. Used for pg_dump straight to disk
// and psql/pg_restore fed from a file, so a dump is never held in memory.
//
// Lives on the thread that creates it (a Job's thread); that thread needs an event loop.
// finished() comes exactly once, after the stream ended and the exit code was read.
class ExecSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString container;
        QStringList cmd;
        QStringList env; // KEY=VALUE, sent in the request body (never in an argv)
        bool attachStdin = false;
        int startTimeoutMs = 30000;
    };

    ExecSession(DockerClient* client, Options options, QObject* parent = nullptr);
    ~ExecSession() override;

    void start();
    // Queue bytes for the command's stdin. Watch stdinPending() and stdinDrained() so the
    // queue stays small: the caller reads its file only as fast as the command consumes.
    void writeStdin(const QByteArray& data);
    qint64 stdinPending() const;
    // EOF for the command's stdin, once everything queued has been sent.
    void closeStdin();
    // Drops the connection. The command itself may still run in the container: callers end it
    // in the container's own terms (for PostgreSQL: pg_terminate_backend by application name).
    void abort();
    bool isRunning() const { return m_running; }

    // The last lines of a command's output, for the "why" of an error (psql, pg_dump).
    static QString lastLines(const QByteArray& output, int n = 6);

Q_SIGNALS:
    void started();
    void stdoutData(const QByteArray& chunk);
    void stderrData(const QByteArray& chunk);
    void stdinDrained();
    // The command's exit code, or why it could not be run or followed to the end.
    void finished(const artgen::core::Result<int>& exitCode);

private:
    void hijack(const QByteArray& execId);
    void onConnected();
    void onReadyRead();
    void onBytesWritten();
    void onStreamEnded();
    void readExitCode();
    void inspectExit(int attemptsLeft);
    void maybeCloseWrite();
    void finish(const Result<int>& result);

    DockerClient* m_client;
    Options m_options;
    QByteArray m_execId;
    std::unique_ptr<DockerSocket> m_socket;
    HttpResponseParser m_parser;
    StreamDemuxer m_demux;
    bool m_upgraded = false;
    bool m_running = false;
    bool m_finished = false;
    bool m_closeStdinRequested = false;
    bool m_stdinClosed = false;
    QByteArray m_stdinBeforeUpgrade;
};

} // namespace artgen::core
