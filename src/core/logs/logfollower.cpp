#include "logfollower.h"

#include "docker/dockerclient.h"
#include "logging/categories.h"
#include "logtimestamp.h"

#include <QDateTime>
#include <QTimer>
#include <QUrl>
#include <limits>

namespace artgen::core {

namespace {
constexpr int kMaxDaemonBackoffMs = 5000;
constexpr int kMaxStoppedPollMs = 2000;
constexpr qint64 kNsPerSec = 1000000000LL;

qint64 nowNs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000000;
}
} // namespace

struct LogFollower::Follow
{
    Source source;
    quint16 index = 0;
    LogEntryBuilder builder;
    LogStreamDecoder decoder;
    QPointer<DockerCall> call;
    QTimer* retry = nullptr;
    int backoffMs = 250;
    bool opened = false; // a stream was read at least once: resume from what was seen
    bool ended = false;
    bool inspecting = false;
    qint64 awaitingSinceNs = 0; // following: since when no container of that name is there
    bool newContainer = false;  // the next read starts at the beginning of a new container's log
    QString containerId;        // the container read last: another id is a new container
    qint64 lastDataMs = 0;      // monotonic, when the stream last sent anything
};

LogFollower::LogFollower(DockerClient& client, Options options, QObject* parent)
    : QObject(parent), m_client(client), m_options(std::move(options))
{
    qRegisterMetaType<LogBatch>();
    qRegisterMetaType<Error>();
    for (const Source& s : std::as_const(m_options.sources))
        m_batch.sources << s.name;
}

LogFollower::~LogFollower()
{
    m_running = false;
    for (auto& f : m_follows)
        if (f->call)
            f->call->abort();
}

void LogFollower::start()
{
    if (m_running)
        return;
    m_running = true;
    m_monotonic.start();
    // An end already past: nothing will come after it, so it is a one-shot read of the range
    // (the way `docker logs -f --until <past>` prints it and exits).
    if (m_options.follow && m_options.untilNs > 0 && m_options.untilNs <= nowNs())
        m_options.follow = false;
    m_batchTimer = new QTimer(this);
    connect(m_batchTimer, &QTimer::timeout, this, [this] { flush(false); });
    m_batchTimer->start(m_options.batchMs);
    for (int i = 0; i < m_options.sources.size(); ++i) {
        auto f = std::make_unique<Follow>();
        f->source = m_options.sources.at(i);
        f->index = quint16(i);
        f->builder = LogEntryBuilder(f->index);
        f->builder.setNotBefore(m_options.sinceNs);
        f->builder.setNotAfter(m_options.untilNs);
        f->retry = new QTimer(this);
        f->retry->setSingleShot(true);
        Follow* raw = f.get();
        connect(f->retry, &QTimer::timeout, this, [this, raw] { inspectThenOpen(*raw); });
        m_follows.push_back(std::move(f));
    }
    for (auto& f : m_follows)
        inspectThenOpen(*f);
    armUntil();
    checkFinished();
}

void LogFollower::armUntil()
{
    if (!m_options.follow || m_options.untilNs <= 0)
        return;
    // A quiet container never sends the line after `until` that would end Docker's stream:
    // end the follows a grace period after it, once they are idle (a backlog still streaming
    // in, or lines stamped just before the end still in transit, are read first). Qt timers
    // count in int milliseconds: an end weeks away is left to Docker's own `until`.
    constexpr qint64 kGraceMs = 1500;
    const qint64 inMs = (m_options.untilNs - nowNs()) / 1000000 + kGraceMs;
    if (inMs >= std::numeric_limits<int>::max())
        return;
    QTimer::singleShot(int(qMax<qint64>(0, inMs)), Qt::PreciseTimer, this, [this] {
        if (!m_running)
            return;
        const qint64 now = m_monotonic.elapsed();
        bool busy = false;
        for (auto& f : m_follows) {
            if (f->ended)
                continue;
            if (f->call && now - f->lastDataMs < kGraceMs) {
                busy = true; // still receiving: look again later
                continue;
            }
            f->ended = true; // first: the aborted call's end is then ignored
            f->retry->stop();
            if (f->call)
                f->call->abort();
            f->builder.flush(&m_batch, true);
        }
        if (busy)
            QTimer::singleShot(int(kGraceMs), Qt::PreciseTimer, this, [this] { armUntil(); });
        else
            checkFinished();
    });
}

void LogFollower::stop()
{
    if (!m_running)
        return;
    m_running = false;
    for (auto& f : m_follows) {
        f->retry->stop();
        if (f->call)
            f->call->abort();
        f->builder.flush(&m_batch, true);
    }
    flush(true);
    if (m_batchTimer)
        m_batchTimer->stop();
    if (!std::exchange(m_finishedSent, true))
        Q_EMIT finished();
}

void LogFollower::inspectThenOpen(Follow& f)
{
    if (!m_running || f.ended || f.call || f.inspecting)
        return;
    f.inspecting = true;
    // The stream format depends on the TTY setting, and a stopped container is polled rather
    // than re-read again and again.
    m_client.inspect(f.source.container).then(this, [this, &f](const Result<ContainerDetails>& d) {
        f.inspecting = false;
        if (!m_running || f.ended)
            return;
        if (!d) {
            if (d.error().code() == Error::Code::NotFound && m_options.follow)
                return awaitContainer(f);
            if (d.error().code() == Error::Code::NotFound) {
                f.builder.addNote(noteTime(f),
                                  f.opened
                                      ? tr("The container %1 was removed; its log ends here.")
                                            .arg(f.source.container)
                                      : tr("There is no container %1.").arg(f.source.container),
                                  &m_batch);
                if (!f.opened)
                    Q_EMIT sourceFailed(f.source.name, d.error());
                return endSource(f);
            }
            if (!m_options.follow) {
                Q_EMIT sourceFailed(f.source.name, d.error());
                return endSource(f);
            }
            setConnected(false, d.error());
            retryLater(f, f.backoffMs);
            f.backoffMs = qMin(f.backoffMs * 2, kMaxDaemonBackoffMs);
            return;
        }
        setConnected(true, Error());
        noteNewContainer(f, *d);
        f.decoder = LogStreamDecoder(d->tty);
        const bool running = d->summary.state == QStringLiteral("running") ||
                             d->summary.state == QStringLiteral("restarting");
        // (A new container is read even when it has stopped already: a job that ran and
        // exited, or a crash at start, is what the admin wants to see.)
        if (f.opened && !f.newContainer && !running && m_options.follow) {
            // Stopped after we read its log to the end: wait for it to start again.
            retryLater(f, f.backoffMs);
            f.backoffMs = qMin(f.backoffMs * 2, kMaxStoppedPollMs);
            return;
        }
        open(f);
    });
}

void LogFollower::open(Follow& f)
{
    // By the id just inspected: a container made again in between is not read under the old
    // one's name (the read fails with 404 and the next inspect finds the new one).
    const QString& target = f.containerId.isEmpty() ? f.source.container : f.containerId;
    QByteArray path =
        "/containers/" + QUrl::toPercentEncoding(target) + "/logs?stdout=1&stderr=1&timestamps=1";
    if (m_options.follow)
        path += "&follow=1";
    const qint64 last = f.builder.lastSeen();
    if (std::exchange(f.newContainer, false)) {
        // Made after the follow began (`compose up` after `down`): all of its log is new.
        f.builder.startNewLog();
        path += "&tail=all";
        if (m_options.sinceNs > 0)
            path += "&since=" + QByteArray::number(m_options.sinceNs / kNsPerSec);
    } else if (f.opened && last > 0) {
        // Docker's `since` is whole seconds in places: ask from before the newest line seen and
        // let the builder drop the overlap by timestamp and content.
        path += "&since=" + QByteArray::number(last / kNsPerSec - m_options.overlapSec);
    } else if (f.opened) {
        path += "&tail=all"; // nothing was printed before: everything is new
    } else {
        path += "&tail=" +
                (m_options.tail < 0 ? QByteArray("all") : QByteArray::number(m_options.tail));
        if (m_options.sinceNs > 0)
            path += "&since=" + QByteArray::number(m_options.sinceNs / kNsPerSec);
    }
    if (m_options.untilNs > 0) // whole seconds, rounded up: the builder cuts to the nanosecond
        path += "&until=" + QByteArray::number((m_options.untilNs + kNsPerSec - 1) / kNsPerSec);
    f.builder.beginResume();
    f.opened = true;
    DockerCall::Options o;
    o.path = path;
    o.streaming = true;
    o.timeoutMs = 15000;
    f.call = m_client.openStream(o, this);
    Follow* fp = &f;
    connect(f.call, &DockerCall::headReceived, this, [this, fp](int status) {
        if (status == 200) {
            fp->backoffMs = 250;
            setConnected(true, Error());
        }
    });
    connect(f.call, &DockerCall::data, this, [this, fp](const QByteArray& chunk) {
        fp->lastDataMs = m_monotonic.elapsed();
        const bool ok = fp->decoder.feed(chunk, [this, fp](const LogStreamDecoder::Line& l) {
            fp->builder.addLine(l.stream, l.timestampNs, l.text, l.cutBytes, &m_batch);
        });
        if (!ok && fp->call)
            fp->call->abort();
    });
    connect(f.call, &DockerCall::finished, this,
            [this, fp](const Result<DockerResponse>& r) { onEnded(*fp, r); });
}

void LogFollower::onEnded(Follow& f, const Result<DockerResponse>& result)
{
    if (f.call)
        f.call->deleteLater();
    f.call.clear();
    const bool malformed = f.decoder.hasFailed();
    f.decoder.reset();
    f.builder.flush(&m_batch, true);
    if (!m_running || f.ended)
        return;
    if (malformed) {
        Q_EMIT sourceFailed(f.source.name,
                            Error(Error::Code::Protocol,
                                  tr("The log of %1 could not be read.").arg(f.source.container),
                                  f.decoder.errorString(),
                                  tr("Check that the address points at a Docker daemon.")));
        return endSource(f);
    }
    if (result && result->status == 404) {
        f.opened = true; // removed between inspect and open: inspect again to say so
        return retryLater(f, 0);
    }
    if (result && result->status != 200) {
        const Error e = DockerClient::fromHttpStatus(
            *result, tr("Docker could not read the log of %1.").arg(f.source.container));
        Q_EMIT sourceFailed(f.source.name, e);
        if (!m_options.follow)
            return endSource(f);
        return retryLater(f, kMaxDaemonBackoffMs);
    }
    if (!m_options.follow) {
        if (!result)
            Q_EMIT sourceFailed(f.source.name, result.error());
        return endSource(f);
    }
    if (!result) {
        // The connection broke (the daemon restarting): back off, then inspect again.
        qCInfo(lcDocker) << "log stream of" << f.source.container
                         << "ended:" << result.error().message();
        retryLater(f, f.backoffMs);
        f.backoffMs = qMin(f.backoffMs * 2, kMaxDaemonBackoffMs);
        return;
    }
    // A follow bounded by `until` ends once that time has passed: Docker sends nothing newer.
    if (m_options.untilNs > 0 && nowNs() >= m_options.untilNs)
        return endSource(f);
    // The container stopped (or restarted): find out which.
    retryLater(f, 0);
}

void LogFollower::awaitContainer(Follow& f)
{
    if (f.awaitingSinceNs == 0) {
        f.awaitingSinceNs = nowNs();
        const QString& name = f.source.container;
        f.builder.addNote(
            noteTime(f),
            f.opened ? tr("The container %1 was removed; its log ends here. Waiting for a new "
                          "container of that name.")
                           .arg(name)
                     : tr("There is no container %1 yet; waiting for it to be created.").arg(name),
            &m_batch);
    }
    retryLater(f, f.backoffMs);
    f.backoffMs = qMin(f.backoffMs * 2, kMaxStoppedPollMs);
}

void LogFollower::noteNewContainer(Follow& f, const ContainerDetails& details)
{
    const QString& id = details.summary.id;
    const qint64 waitedSinceNs = std::exchange(f.awaitingSinceNs, 0);
    const qint64 createdNs = details.summary.created * kNsPerSec; // 0: not known
    // Another id than the one read is a new container. The same id after a wait (a daemon that
    // answered "no such container" while it was still loading them) is the same log: it resumes
    // where it was. Seen for the first time after a wait, it is new only if it was made while
    // we waited (a few seconds' slack for the daemon's clock); an older one is read from the
    // chosen tail like any other.
    constexpr qint64 kClockSlackNs = 5 * kNsPerSec;
    const bool isNew =
        f.containerId.isEmpty()
            ? waitedSinceNs > 0 && (createdNs == 0 || createdNs >= waitedSinceNs - kClockSlackNs)
            : id != f.containerId;
    f.containerId = id;
    if (!isNew)
        return;
    f.newContainer = true;
    // Stamped when the container was made (its whole second), so in a timeline it comes before
    // its first line.
    f.builder.addNote(
        noteTime(f, createdNs),
        tr("A new container %1 was created; its log follows.").arg(f.source.container), &m_batch);
}

qint64 LogFollower::noteTime(const Follow& f, qint64 atNs)
{
    // After every line already handed out for that container, so notes never go back in time.
    return qMax(atNs > 0 ? atNs : nowNs(), f.builder.lastSeen() + 1);
}

void LogFollower::retryLater(Follow& f, int delayMs)
{
    if (m_running && !f.ended)
        f.retry->start(delayMs);
}

void LogFollower::endSource(Follow& f)
{
    f.ended = true;
    f.retry->stop();
    checkFinished();
}

void LogFollower::setConnected(bool connected, const Error& error)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    Q_EMIT connectionChanged(connected, error);
}

void LogFollower::flush(bool force)
{
    for (auto& f : m_follows)
        f->builder.flush(&m_batch, force);
    if (m_batch.isEmpty())
        return;
    LogBatch out;
    out.sources = m_batch.sources;
    std::swap(out, m_batch);
    Q_EMIT batchReady(out);
}

void LogFollower::checkFinished()
{
    if (!m_running || (m_options.follow && m_options.untilNs == 0))
        return;
    for (const auto& f : m_follows)
        if (!f->ended)
            return;
    m_running = false;
    flush(true);
    m_batchTimer->stop();
    if (!std::exchange(m_finishedSent, true))
        Q_EMIT finished();
}

} // namespace artgen::core
