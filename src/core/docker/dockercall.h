#pragma once

#include "dockerendpoint.h"
#include "http/httpresponseparser.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <memory>

class QTimer;

namespace artgen::core {

class DockerSocket;

struct DockerResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // empty for streaming calls: the body went out through data()

    bool operator==(const DockerResponse&) const = default;
};

// One HTTP/1.1 exchange with the Docker daemon on a connection of its own. Plain calls collect
// the body; streaming calls (events, stats, logs) hand it out through data() as it arrives.
// Every call has a deadline for the response head, streams may have an idle deadline, and
// finished() is emitted exactly once — with the response, or with an error that says why.
class DockerCall : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QByteArray method = "GET";
        QByteArray path; // with query, e.g. /v1.41/containers/json?all=1
        QByteArray body;
        QByteArray contentType = "application/json";
        bool streaming = false;
        int timeoutMs = 30000; // until the whole response (plain) or its head (streaming)
        int idleTimeoutMs = 0; // streaming: no byte for this long ends the call (0: never)
        qint64 maxBodyBytes = 256 * 1024 * 1024; // plain calls: refuse to buffer more
    };

    DockerCall(const DockerEndpoint& endpoint, Options options, QObject* parent = nullptr);
    ~DockerCall() override;

    void start();
    // Ends the call; finished() reports Cancelled unless it already finished.
    void abort();
    bool isFinished() const { return m_finished; }

    // Calls (streams included) to `endpoint` that exist now, on any thread: what is left
    // talking to a profile's daemon after the user switched away from it.
    static int liveCount(const DockerEndpoint& endpoint);

Q_SIGNALS:
    void headReceived(int status);
    void data(const QByteArray& chunk);
    void finished(const artgen::core::Result<artgen::core::DockerResponse>& result);

private:
    void onConnected();
    void onReadyRead();
    void onClosed();
    void onTimeout();
    void finish(Result<DockerResponse> result);
    Error protocolError(const QString& why) const;

    DockerEndpoint m_endpoint;
    Options m_options;
    std::unique_ptr<DockerSocket> m_socket;
    HttpResponseParser m_parser;
    DockerResponse m_response;
    QTimer* m_timer = nullptr;
    bool m_headSeen = false;
    bool m_finished = false;
};

} // namespace artgen::core

Q_DECLARE_METATYPE(artgen::core::DockerResponse)
