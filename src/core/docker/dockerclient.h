#pragma once

#include "containerinspection.h"
#include "dockercall.h"
#include "dockerendpoint.h"
#include "dockertypes.h"
#include "util/result.h"

#include <QFuture>
#include <QJsonDocument>
#include <QObject>
#include <functional>

namespace artgen::core {

// The Docker Engine API, spoken directly (JSON over HTTP/1.1), never by parsing `docker` CLI
// output. Lives on a worker thread; every public method is thread-safe, runs its I/O on the
// client's thread and answers through a QFuture (the GUI continues with .then(this, …), the CLI
// waits). The API version is negotiated once from GET /version.
class DockerClient : public QObject
{
    Q_OBJECT

public:
    // Newest API version we speak; older daemons are talked to in their own version.
    static constexpr const char* kMaxApiVersion = "1.43";

    enum class Action { Start, Stop, Restart, Kill };

    explicit DockerClient(DockerEndpoint endpoint, QObject* parent = nullptr);
    ~DockerClient() override;

    DockerEndpoint endpoint() const { return m_endpoint; }

    // `path` without the version prefix, e.g. "/containers/json?all=1".
    QFuture<Result<DockerResponse>> request(DockerCall::Options options);
    QFuture<Result<QJsonDocument>> getJson(const QByteArray& path);

    QFuture<Result<DockerVersion>> version();
    // Containers of a compose project, found by label (never asks for sizes: slow on big hosts).
    QFuture<Result<QList<ContainerSummary>>> listContainers(const QString& project);
    QFuture<Result<ContainerDetails>> inspect(const QString& idOrName);
    // The same inspect, kept whole for a person to read (environment, mounts, health log).
    QFuture<Result<ContainerInspection>> inspection(const QString& idOrName);
    QFuture<Status> act(const QString& idOrName, Action action, int stopTimeoutSec = 10);
    QFuture<Result<ProcessTable>> top(const QString& idOrName, const QString& psArgs = {});
    // Runs `cmd` in the container (no TTY: stdout and stderr stay apart) and waits for its exit
    // code. `env` entries are KEY=VALUE and travel in the request body, never in an argv.
    QFuture<Result<ExecResult>> exec(const QString& idOrName, const QStringList& cmd,
                                     const QStringList& env = {}, int timeoutMs = 120000);

    // The last `tail` lines of a container's log with timestamps (no follow: the Logs page
    // follows; this is the quick look). TTY containers send a raw stream, handled too.
    QFuture<Result<QList<LogLine>>> logs(const QString& idOrName, int tail);

    // A tar of `path` in the container (GET /archive), and a tar unpacked into the folder
    // `path` (PUT /archive) — files in and out without a shell or `docker cp`.
    QFuture<Result<QByteArray>> getArchive(const QString& idOrName, const QString& path);
    QFuture<Status> putArchive(const QString& idOrName, const QString& path, const QByteArray& tar);

    // The id ("sha256:…") an image reference or id points to now.
    QFuture<Result<QString>> imageId(const QString& reference);
    // Points `reference` ("repo/name:tag") at `image` (an id or another reference): no pull, no
    // build (POST /images/{image}/tag).
    QFuture<Status> tagImage(const QString& image, const QString& reference);
    // Removes the tag `reference`; the image itself goes only when nothing else names it, and
    // Docker refuses (an error) while a container uses it.
    QFuture<Status> removeTag(const QString& reference);
    // Every tag of a repository whose name starts with `repositoryPrefix`: "repo:tag" -> id.
    QFuture<Result<QMap<QString, QString>>> imageTags(const QString& repositoryPrefix);
    // "repo/name:tag" as repository and tag ("latest" when none); a registry port is no tag.
    static std::pair<QString, QString> splitReference(const QString& reference);

    // For streams (events, stats, logs): a call made on the client's thread with the versioned
    // path, started, owned by `owner`. Only from the client's thread.
    DockerCall* openStream(DockerCall::Options options, QObject* owner);
    QByteArray apiPrefix() const { return m_prefix; }

    static Error fromHttpStatus(const DockerResponse& response, const QString& what);
    // Docker's 409 for a call that needs a running container (exec, top) when the container is
    // stopped, paused or restarting: "<container> is not running (exited)" with what to do,
    // using `details` (its state and compose service) when known. An empty Error for any other
    // reply.
    static Error containerStateError(const DockerResponse& response, const QString& container,
                                     const ContainerDetails* details = nullptr);
    // The same, completed with the container's state from an inspect; `done` runs in
    // `context`'s thread, with an empty Error when the reply is no such 409. From any thread.
    void explainContainerState(const DockerResponse& response, const QString& container,
                               QObject* context, std::function<void(const Error&)> done);
    // Log lines from a logs body: demultiplexed (or raw for a TTY) and split at line ends.
    static QList<LogLine> splitLog(const QByteArray& body, bool tty);

private:
    using Done = std::function<void(const Result<DockerResponse>&)>;
    // On the client's thread: negotiate the version if needed, then send.
    void send(DockerCall::Options options, Done done);
    void sendNow(DockerCall::Options options, const Done& done);
    void negotiate();
    // A call whose non-2xx answer (304 too unless `notModifiedIsOk`) becomes the error `what`,
    // with Docker's own message as the reason.
    QFuture<Result<DockerResponse>> checked(DockerCall::Options options, QString what,
                                            bool notModifiedIsOk = false);
    // checked() for a call that needs `container` running: a 409 because it is not says so.
    QFuture<Result<DockerResponse>> checkedRunning(DockerCall::Options options, QString what,
                                                   QString container);
    template <typename T, typename Fn> QFuture<T> onThread(Fn&& body);

    DockerEndpoint m_endpoint;
    QByteArray m_prefix; // "/v1.41" once negotiated
    bool m_negotiating = false;
    QList<std::pair<DockerCall::Options, Done>> m_waiting;
};

} // namespace artgen::core
