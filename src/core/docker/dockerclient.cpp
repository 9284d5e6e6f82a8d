#include "dockerclient.h"

#include "logging/categories.h"
#include "streamdemuxer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPromise>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace artgen::core {

namespace {

int versionNumber(const QString& v) // "1.41" -> 141
{
    const QStringList parts = v.split(u'.');
    return parts.value(0).toInt() * 100 + parts.value(1).toInt();
}

QByteArray enc(const QString& s)
{
    return QUrl::toPercentEncoding(s);
}

// An image name keeps its slashes and colon: Docker routes /images/{name:.*}/json.
QByteArray encImage(const QString& s)
{
    return QUrl::toPercentEncoding(s, "/:");
}

Status toStatus(const Result<DockerResponse>& r)
{
    if (!r)
        return tl::unexpected(r.error());
    return {};
}

QString healthFromStatus(const QString& status)
{
    if (status.contains(QStringLiteral("(healthy)")))
        return QStringLiteral("healthy");
    if (status.contains(QStringLiteral("(unhealthy)")))
        return QStringLiteral("unhealthy");
    if (status.contains(QStringLiteral("(health: starting)")))
        return QStringLiteral("starting");
    return {};
}

ContainerSummary summaryFromList(const QJsonObject& o)
{
    ContainerSummary s;
    s.id = o.value(QStringLiteral("Id")).toString();
    const QJsonArray names = o.value(QStringLiteral("Names")).toArray();
    s.name = names.isEmpty() ? s.id.left(12) : names.first().toString().mid(1);
    const QJsonObject labels = o.value(QStringLiteral("Labels")).toObject();
    s.service = labels.value(QStringLiteral("com.docker.compose.service")).toString();
    s.project = labels.value(QStringLiteral("com.docker.compose.project")).toString();
    s.image = o.value(QStringLiteral("Image")).toString();
    s.state = o.value(QStringLiteral("State")).toString();
    s.status = o.value(QStringLiteral("Status")).toString();
    s.health = healthFromStatus(s.status);
    s.created = qint64(o.value(QStringLiteral("Created")).toDouble());
    for (const QJsonValue& p : o.value(QStringLiteral("Ports")).toArray()) {
        const QJsonObject port = p.toObject();
        const QString priv = QStringLiteral("%1/%2")
                                 .arg(port.value(QStringLiteral("PrivatePort")).toInt())
                                 .arg(port.value(QStringLiteral("Type")).toString());
        if (port.contains(QStringLiteral("PublicPort")))
            s.ports << QStringLiteral("%1:%2->%3")
                           .arg(port.value(QStringLiteral("IP")).toString())
                           .arg(port.value(QStringLiteral("PublicPort")).toInt())
                           .arg(priv);
        else
            s.ports << priv;
    }
    s.ports.removeDuplicates();
    return s;
}

QDateTime dockerTime(const QString& t)
{
    return ContainerInspection::parseTime(t);
}

ContainerDetails detailsFromInspect(const QJsonObject& o)
{
    ContainerDetails d;
    ContainerSummary& s = d.summary;
    s.id = o.value(QStringLiteral("Id")).toString();
    s.name = o.value(QStringLiteral("Name")).toString().mid(1);
    const QJsonObject config = o.value(QStringLiteral("Config")).toObject();
    const QJsonObject labels = config.value(QStringLiteral("Labels")).toObject();
    s.service = labels.value(QStringLiteral("com.docker.compose.service")).toString();
    s.project = labels.value(QStringLiteral("com.docker.compose.project")).toString();
    s.image = config.value(QStringLiteral("Image")).toString();
    const QJsonObject state = o.value(QStringLiteral("State")).toObject();
    s.state = state.value(QStringLiteral("Status")).toString();
    s.health =
        state.value(QStringLiteral("Health")).toObject().value(QStringLiteral("Status")).toString();
    const QDateTime created = dockerTime(o.value(QStringLiteral("Created")).toString());
    if (created.isValid())
        s.created = created.toSecsSinceEpoch();
    d.startedAt = dockerTime(state.value(QStringLiteral("StartedAt")).toString());
    d.finishedAt = dockerTime(state.value(QStringLiteral("FinishedAt")).toString());
    d.exitCode = state.value(QStringLiteral("ExitCode")).toInt();
    d.oomKilled = state.value(QStringLiteral("OOMKilled")).toBool();
    d.error = state.value(QStringLiteral("Error")).toString();
    d.restartCount = o.value(QStringLiteral("RestartCount")).toInt();
    d.tty = config.value(QStringLiteral("Tty")).toBool();
    // Nanoseconds, as Go's time.Duration.
    d.healthStartPeriodSecs = int(config.value(QStringLiteral("Healthcheck"))
                                      .toObject()
                                      .value(QStringLiteral("StartPeriod"))
                                      .toDouble() /
                                  1e9);
    for (const QJsonValue& v : config.value(QStringLiteral("Entrypoint")).toArray())
        d.command << v.toString();
    for (const QJsonValue& v : config.value(QStringLiteral("Cmd")).toArray())
        d.command << v.toString();
    const QJsonObject ports = o.value(QStringLiteral("NetworkSettings"))
                                  .toObject()
                                  .value(QStringLiteral("Ports"))
                                  .toObject();
    for (auto it = ports.begin(); it != ports.end(); ++it) {
        const QJsonArray bindings = it.value().toArray();
        if (bindings.isEmpty())
            s.ports << it.key();
        for (const QJsonValue& b : bindings)
            s.ports << QStringLiteral("%1:%2->%3")
                           .arg(b.toObject().value(QStringLiteral("HostIp")).toString(),
                                b.toObject().value(QStringLiteral("HostPort")).toString(),
                                it.key());
    }
    s.ports.removeDuplicates();
    return d;
}

} // namespace

DockerClient::DockerClient(DockerEndpoint endpoint, QObject* parent)
    : QObject(parent), m_endpoint(std::move(endpoint))
{
    qRegisterMetaType<Result<DockerResponse>>();
}

DockerClient::~DockerClient() = default;

Error DockerClient::fromHttpStatus(const DockerResponse& r, const QString& what)
{
    // Docker explains its errors in {"message": "..."}.
    QString message =
        QJsonDocument::fromJson(r.body).object().value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(r.body.left(300)).trimmed();
    Error::Code code = Error::Code::Protocol;
    QString todo;
    switch (r.status) {
    case 400:
        code = Error::Code::InvalidInput;
        break;
    case 401:
    case 403:
        code = Error::Code::PermissionDenied;
        break;
    case 404:
        code = Error::Code::NotFound;
        todo = tr("Check the container name in the profile, or bring the stack up.");
        break;
    case 409:
        code = Error::Code::InvalidInput;
        break;
    default:
        if (r.status >= 500) {
            code = Error::Code::Internal;
            todo = tr("See the Docker daemon's log (journalctl -u docker).");
        }
    }
    return Error(code, what, tr("Docker answered %1: %2").arg(r.status).arg(message), todo);
}

Error DockerClient::containerStateError(const DockerResponse& r, const QString& container,
                                        const ContainerDetails* details)
{
    if (r.status != 409)
        return {};
    // "Container 5f3c… is not running", "… is paused, unpause the container before exec",
    // "… is restarting, wait until the container is running" (moby daemon/errors.go).
    const QString message =
        QJsonDocument::fromJson(r.body).object().value(QStringLiteral("message")).toString();
    const QString state = details ? details->summary.state : QString();
    const QString service = details ? details->summary.service : QString();
    if (message.contains(QStringLiteral("is paused"), Qt::CaseInsensitive))
        return Error(Error::Code::Unreachable, tr("%1 is paused.").arg(container),
                     tr("Docker runs nothing in a paused container."),
                     tr("Unpause it: docker unpause %1").arg(container));
    if (message.contains(QStringLiteral("is restarting"), Qt::CaseInsensitive))
        return Error(
            Error::Code::Unreachable, tr("%1 is restarting.").arg(container),
            tr("Docker runs commands in it only once it runs again."),
            tr("Wait until it runs (artgenctl status), then try again; if it keeps "
               "restarting, read its log (artgenctl logs %1).")
                .arg(service.isEmpty() ? QStringLiteral("--container ") + container : service));
    if (!message.contains(QStringLiteral("is not running"), Qt::CaseInsensitive))
        return {};
    return Error(Error::Code::Unreachable,
                 state.isEmpty() ? tr("%1 is not running.").arg(container)
                                 : tr("%1 is not running (%2).").arg(container, state),
                 tr("Docker lists processes and runs commands only in a running container."),
                 service.isEmpty() ? tr("Start it: docker start %1").arg(container)
                                   : tr("Start it: artgenctl up %1").arg(service));
}

void DockerClient::explainContainerState(const DockerResponse& response, const QString& container,
                                         QObject* context, std::function<void(const Error&)> done)
{
    if (!containerStateError(response, container).isError())
        return done(Error());
    // The reply names the container by id only: its state and service say more.
    inspect(container).then(context,
                            [response, container, done](const Result<ContainerDetails>& d) {
                                done(containerStateError(response, container, d ? &*d : nullptr));
                            });
}

template <typename T, typename Fn> QFuture<T> DockerClient::onThread(Fn&& body)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        this, [this, promise, body = std::forward<Fn>(body)]() mutable { body(promise); });
    return future;
}

void DockerClient::send(DockerCall::Options options, Done done)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_prefix.isEmpty()) {
        m_waiting.append({std::move(options), std::move(done)});
        negotiate();
        return;
    }
    sendNow(std::move(options), done);
}

void DockerClient::sendNow(DockerCall::Options options, const Done& done)
{
    options.path = m_prefix + options.path;
    auto* call = new DockerCall(m_endpoint, std::move(options), this);
    connect(call, &DockerCall::finished, this, [call, done](const Result<DockerResponse>& r) {
        call->deleteLater();
        done(r);
    });
    call->start();
}

void DockerClient::negotiate()
{
    if (m_negotiating)
        return;
    m_negotiating = true;
    // /_ping, as the docker CLI does: it answers with an Api-Version header at once, while
    // /version asks containerd and runc for theirs (25 ms here, a third of a status call).
    DockerCall::Options o;
    o.path = "/_ping";
    o.timeoutMs = 10000;
    auto* call = new DockerCall(m_endpoint, o, this);
    connect(call, &DockerCall::finished, this, [this, call](const Result<DockerResponse>& r) {
        call->deleteLater();
        m_negotiating = false;
        auto waiting = std::exchange(m_waiting, {});
        if (!r || r->status != 200) {
            const Error e =
                r ? fromHttpStatus(
                        *r, tr("Docker at %1 did not tell its version.").arg(m_endpoint.toString()))
                  : r.error();
            for (auto& [opts, done] : waiting)
                done(tl::unexpected(e));
            return;
        }
        QString daemon;
        for (const auto& [name, value] : r->headers)
            if (name.compare("Api-Version", Qt::CaseInsensitive) == 0)
                daemon = QString::fromLatin1(value);
        const QString ours = QString::fromLatin1(kMaxApiVersion);
        const QString use = versionNumber(daemon) > 0 && versionNumber(daemon) < versionNumber(ours)
                                ? daemon
                                : ours;
        m_prefix = "/v" + use.toLatin1();
        qCDebug(lcDocker) << "API version" << use << "(daemon" << daemon << ")";
        for (auto& [opts, done] : waiting)
            sendNow(std::move(opts), done);
    });
    call->start();
}

DockerCall* DockerClient::openStream(DockerCall::Options options, QObject* owner)
{
    Q_ASSERT(QThread::currentThread() == thread());
    options.path = m_prefix + options.path;
    auto* call = new DockerCall(m_endpoint, std::move(options), owner);
    call->start();
    return call;
}

QFuture<Result<DockerResponse>> DockerClient::request(DockerCall::Options options)
{
    return onThread<Result<DockerResponse>>([this, options](auto promise) {
        send(options, [promise](const Result<DockerResponse>& r) {
            promise->addResult(r);
            promise->finish();
        });
    });
}

QFuture<Result<DockerResponse>> DockerClient::checked(DockerCall::Options options, QString what,
                                                      bool notModifiedIsOk)
{
    return onThread<Result<DockerResponse>>([this, options, what, notModifiedIsOk](auto promise) {
        send(options, [promise, what, notModifiedIsOk](const Result<DockerResponse>& r) {
            if (r && r->status / 100 != 2 && !(notModifiedIsOk && r->status == 304))
                promise->addResult(tl::unexpected(fromHttpStatus(*r, what)));
            else
                promise->addResult(r);
            promise->finish();
        });
    });
}

QFuture<Result<DockerResponse>> DockerClient::checkedRunning(DockerCall::Options options,
                                                             QString what, QString container)
{
    return onThread<Result<DockerResponse>>([this, options, what, container](auto promise) {
        send(options, [this, promise, what, container](const Result<DockerResponse>& r) {
            if (!r || r->status / 100 == 2) {
                promise->addResult(r);
                promise->finish();
                return;
            }
            explainContainerState(*r, container, this, [promise, r, what](const Error& state) {
                promise->addResult(
                    tl::unexpected(state.isError() ? state : fromHttpStatus(*r, what)));
                promise->finish();
            });
        });
    });
}

QFuture<Result<QJsonDocument>> DockerClient::getJson(const QByteArray& path)
{
    DockerCall::Options o;
    o.path = path;
    return checked(o,
                   tr("Docker refused GET %1.").arg(QString::fromLatin1(path.split('?').first())))
        .then([](const Result<DockerResponse>& r) -> Result<QJsonDocument> {
            if (!r)
                return tl::unexpected(r.error());
            return QJsonDocument::fromJson(r->body);
        });
}

QFuture<Result<DockerVersion>> DockerClient::version()
{
    return getJson("/version").then([](const Result<QJsonDocument>& r) -> Result<DockerVersion> {
        if (!r)
            return tl::unexpected(r.error());
        const QJsonObject o = r->object();
        return DockerVersion{o.value(QStringLiteral("Version")).toString(),
                             o.value(QStringLiteral("ApiVersion")).toString(),
                             o.value(QStringLiteral("MinAPIVersion")).toString(),
                             o.value(QStringLiteral("Os")).toString()};
    });
}

QFuture<Result<QList<ContainerSummary>>> DockerClient::listContainers(const QString& project)
{
    const QJsonObject filters{
        {QStringLiteral("label"),
         QJsonArray{QString(QStringLiteral("com.docker.compose.project=") + project)}}};
    const QByteArray path = "/containers/json?all=1&filters=" +
                            QUrl::toPercentEncoding(QString::fromUtf8(
                                QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    return getJson(path).then(
        [](const Result<QJsonDocument>& r) -> Result<QList<ContainerSummary>> {
            if (!r)
                return tl::unexpected(r.error());
            QList<ContainerSummary> list;
            for (const QJsonValue& v : r->array())
                list << summaryFromList(v.toObject());
            return list;
        });
}

QFuture<Result<ContainerDetails>> DockerClient::inspect(const QString& idOrName)
{
    return getJson("/containers/" + enc(idOrName) + "/json")
        .then([](const Result<QJsonDocument>& r) -> Result<ContainerDetails> {
            if (!r)
                return tl::unexpected(r.error());
            return detailsFromInspect(r->object());
        });
}

QFuture<Result<ContainerInspection>> DockerClient::inspection(const QString& idOrName)
{
    return getJson("/containers/" + enc(idOrName) + "/json")
        .then([](const Result<QJsonDocument>& r) -> Result<ContainerInspection> {
            if (!r)
                return tl::unexpected(r.error());
            return ContainerInspection::fromJson(r->object());
        });
}

QFuture<Status> DockerClient::act(const QString& idOrName, Action action, int stopTimeoutSec)
{
    QByteArray verb;
    switch (action) {
    case Action::Start:
        verb = "start";
        break;
    case Action::Stop:
        verb = "stop?t=" + QByteArray::number(stopTimeoutSec);
        break;
    case Action::Restart:
        verb = "restart?t=" + QByteArray::number(stopTimeoutSec);
        break;
    case Action::Kill:
        verb = "kill";
        break;
    }
    DockerCall::Options o;
    o.method = "POST";
    o.path = "/containers/" + enc(idOrName) + '/' + verb;
    o.timeoutMs = (stopTimeoutSec + 30) * 1000; // stop waits for the container's own shutdown
    // 304: already in that state, which is what was asked for.
    return checked(o,
                   tr("Docker could not %1 %2.")
                       .arg(QString::fromLatin1(verb.split('?').first()), idOrName),
                   true)
        .then(toStatus);
}

QFuture<Result<QString>> DockerClient::imageId(const QString& reference)
{
    return getJson("/images/" + encImage(reference) + "/json")
        .then([](const Result<QJsonDocument>& r) -> Result<QString> {
            if (!r)
                return tl::unexpected(r.error());
            return r->object().value(QStringLiteral("Id")).toString();
        });
}

QFuture<Status> DockerClient::tagImage(const QString& image, const QString& reference)
{
    const auto [repo, tag] = splitReference(reference);
    DockerCall::Options o;
    o.method = "POST";
    o.path = "/images/" + encImage(image) + "/tag?repo=" + enc(repo) + "&tag=" + enc(tag);
    return checked(o, tr("Docker could not tag %1 as %2.").arg(image, reference)).then(toStatus);
}

QFuture<Status> DockerClient::removeTag(const QString& reference)
{
    DockerCall::Options o;
    o.method = "DELETE";
    o.path = "/images/" + encImage(reference) + "?noprune=1";
    return checked(o, tr("Docker could not remove the tag %1.").arg(reference)).then(toStatus);
}

QFuture<Result<QMap<QString, QString>>> DockerClient::imageTags(const QString& repositoryPrefix)
{
    return getJson("/images/json")
        .then([repositoryPrefix](const Result<QJsonDocument>& r) -> Result<QMap<QString, QString>> {
            if (!r)
                return tl::unexpected(r.error());
            QMap<QString, QString> tags;
            for (const QJsonValue& v : r->array()) {
                const QJsonObject image = v.toObject();
                for (const QJsonValue& t : image.value(QStringLiteral("RepoTags")).toArray())
                    if (t.toString().startsWith(repositoryPrefix))
                        tags.insert(t.toString(), image.value(QStringLiteral("Id")).toString());
            }
            return tags;
        });
}

std::pair<QString, QString> DockerClient::splitReference(const QString& reference)
{
    const qsizetype colon = reference.lastIndexOf(u':');
    if (colon < 0 || reference.indexOf(u'/', colon) >= 0)
        return {reference, QStringLiteral("latest")};
    return {reference.left(colon), reference.mid(colon + 1)};
}

QFuture<Result<ProcessTable>> DockerClient::top(const QString& idOrName, const QString& psArgs)
{
    DockerCall::Options o;
    o.path = "/containers/" + enc(idOrName) + "/top";
    if (!psArgs.isEmpty())
        o.path += "?ps_args=" + enc(psArgs);
    return checkedRunning(
               o, tr("Docker refused GET %1.").arg(QString::fromLatin1(o.path.split('?').first())),
               idOrName)
        .then([](const Result<DockerResponse>& r) -> Result<ProcessTable> {
            if (!r)
                return tl::unexpected(r.error());
            const QJsonObject top = QJsonDocument::fromJson(r->body).object();
            ProcessTable t;
            for (const QJsonValue& v : top.value(QStringLiteral("Titles")).toArray())
                t.titles << v.toString();
            for (const QJsonValue& row : top.value(QStringLiteral("Processes")).toArray()) {
                QStringList cells;
                for (const QJsonValue& c : row.toArray())
                    cells << c.toString();
                t.processes << cells;
            }
            return t;
        });
}

QList<LogLine> DockerClient::splitLog(const QByteArray& body, bool tty)
{
    StreamDemuxer demux(tty);
    QList<StreamDemuxer::Chunk> chunks;
    demux.feed(body, &chunks);
    QList<LogLine> lines;
    QByteArray partial[2]; // stdout, stderr: a line may span frames
    for (const auto& c : chunks) {
        const int s = c.stream == StreamDemuxer::Stream::Stderr ? 1 : 0;
        partial[s] += c.data;
        qsizetype nl;
        while ((nl = partial[s].indexOf('\n')) >= 0) {
            lines << LogLine{s == 1, partial[s].left(nl)};
            partial[s].remove(0, nl + 1);
        }
    }
    for (int s = 0; s < 2; ++s)
        if (!partial[s].isEmpty())
            lines << LogLine{s == 1, partial[s]};
    return lines;
}

QFuture<Result<QList<LogLine>>> DockerClient::logs(const QString& idOrName, int tail)
{
    // The stream format depends on the container's TTY setting: ask inspect first.
    return inspect(idOrName)
        .then(this,
              [this, idOrName, tail](const Result<ContainerDetails>& d) {
                  if (!d)
                      return QtFuture::makeReadyFuture<Result<QList<LogLine>>>(
                          tl::unexpected(d.error()));
                  DockerCall::Options o;
                  o.path = "/containers/" + enc(idOrName) +
                           "/logs?stdout=1&stderr=1&timestamps=1&tail=" + QByteArray::number(tail);
                  const bool tty = d->tty;
                  return checked(o, tr("Docker could not read the log of %1.").arg(idOrName))
                      .then([tty](const Result<DockerResponse>& r) -> Result<QList<LogLine>> {
                          if (!r)
                              return tl::unexpected(r.error());
                          return splitLog(r->body, tty);
                      });
              })
        .unwrap();
}

QFuture<Result<QByteArray>> DockerClient::getArchive(const QString& idOrName, const QString& path)
{
    DockerCall::Options o;
    o.path = "/containers/" + enc(idOrName) + "/archive?path=" + enc(path);
    return checked(o, tr("Docker could not read %1 from %2.").arg(path, idOrName))
        .then([](const Result<DockerResponse>& r) -> Result<QByteArray> {
            if (!r)
                return tl::unexpected(r.error());
            return r->body;
        });
}

QFuture<Status> DockerClient::putArchive(const QString& idOrName, const QString& path,
                                         const QByteArray& tar)
{
    DockerCall::Options o;
    o.method = "PUT";
    o.path = "/containers/" + enc(idOrName) + "/archive?path=" + enc(path);
    o.body = tar;
    o.contentType = "application/x-tar";
    o.timeoutMs = 120000;
    return checked(o, tr("Docker could not write into %1 of %2.").arg(path, idOrName))
        .then(toStatus);
}

QFuture<Result<ExecResult>> DockerClient::exec(const QString& idOrName, const QStringList& cmd,
                                               const QStringList& env, int timeoutMs)
{
    return onThread<Result<ExecResult>>([this, idOrName, cmd, env, timeoutMs](auto promise) {
        auto fail = [promise](const Error& e) {
            promise->addResult(tl::unexpected(e));
            promise->finish();
        };
        DockerCall::Options create;
        create.method = "POST";
        create.path = "/containers/" + enc(idOrName) + "/exec";
        create.body =
            QJsonDocument(QJsonObject{{QStringLiteral("AttachStdout"), true},
                                      {QStringLiteral("AttachStderr"), true},
                                      {QStringLiteral("Tty"), false},
                                      {QStringLiteral("Cmd"), QJsonArray::fromStringList(cmd)},
                                      {QStringLiteral("Env"), QJsonArray::fromStringList(env)}})
                .toJson(QJsonDocument::Compact);
        send(create, [=, this](const Result<DockerResponse>& r) {
            if (!r)
                return fail(r.error());
            if (r->status != 201)
                return explainContainerState(*r, idOrName, this, [=](const Error& state) {
                    fail(state.isError()
                             ? state
                             : fromHttpStatus(
                                   *r, tr("Docker could not run a command in %1.").arg(idOrName)));
                });
            const QByteArray execId = QJsonDocument::fromJson(r->body)
                                          .object()
                                          .value(QStringLiteral("Id"))
                                          .toString()
                                          .toLatin1();
            DockerCall::Options start;
            start.method = "POST";
            start.path = m_prefix + "/exec/" + execId + "/start";
            start.body = R"({"Detach":false,"Tty":false})";
            start.streaming = true;
            start.timeoutMs = timeoutMs;
            auto* call = new DockerCall(m_endpoint, start, this);
            auto demux = std::make_shared<StreamDemuxer>();
            auto result = std::make_shared<ExecResult>();
            connect(call, &DockerCall::data, this, [demux, result](const QByteArray& chunk) {
                QList<StreamDemuxer::Chunk> parts;
                demux->feed(chunk, &parts);
                for (const auto& p : parts)
                    (p.stream == StreamDemuxer::Stream::Stderr ? result->err : result->out) +=
                        p.data;
            });
            QTimer::singleShot(timeoutMs, call, &DockerCall::abort);
            connect(call, &DockerCall::finished, this, [=, this](const Result<DockerResponse>& s) {
                call->deleteLater();
                if (!s)
                    return fail(s.error());
                if (s->status / 100 != 2)
                    return explainContainerState(*s, idOrName, this, [=](const Error& state) {
                        fail(state.isError()
                                 ? state
                                 : fromHttpStatus(
                                       *s,
                                       tr("Docker could not run a command in %1.").arg(idOrName)));
                    });
                DockerCall::Options inspect;
                inspect.path = "/exec/" + execId + "/json";
                send(inspect, [=](const Result<DockerResponse>& i) {
                    if (!i)
                        return fail(i.error());
                    result->exitCode = QJsonDocument::fromJson(i->body)
                                           .object()
                                           .value(QStringLiteral("ExitCode"))
                                           .toInt(-1);
                    promise->addResult(*result);
                    promise->finish();
                });
            });
            call->start();
        });
    });
}

} // namespace artgen::core
