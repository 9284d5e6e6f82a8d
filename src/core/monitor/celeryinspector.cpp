#include "celeryinspector.h"

#include "docker/dockerclient.h"
#include "docker/execsession.h"
#include "stackconfig/stackroles.h"

#include <QTimer>
#include <memory>

namespace artgen::core {

namespace {
constexpr int kExecTimeoutMs = 30000;
const QStringList kCommands{QStringLiteral("stats"), QStringLiteral("active"),
                            QStringLiteral("reserved")};

QString celeryContainer(const Profile& profile)
{
    const QString name = profile.containers.value(StackRoles::service(StackRole::Celery));
    return name.isEmpty() ? StackRoles::defaultContainer(StackRole::Celery) : name;
}
} // namespace

CeleryInspector::CeleryInspector(DockerClient& client, Profile profile, QObject* parent)
    : QObject(parent), m_client(client), m_container(celeryContainer(profile))
{
    qRegisterMetaType<CelerySnapshot>();
    qRegisterMetaType<SourceFault>();
}

CeleryInspector::~CeleryInspector()
{
    stop();
}

QStringList CeleryInspector::command(const QString& what)
{
    // The app module is the one the stack's compose file starts the worker with.
    return {QStringLiteral("celery"),
            QStringLiteral("-A"),
            QStringLiteral("app.celery_app"),
            QStringLiteral("inspect"),
            what,
            QStringLiteral("--json"),
            QStringLiteral("--timeout"),
            QString::number(kReplyTimeoutSec)};
}

SourceFault CeleryInspector::faultFor(const Result<ExecResult>& result, const QString& container)
{
    if (!result) {
        const Error& e = result.error();
        SourceFault::Kind kind = SourceFault::Kind::Other;
        if (e.code() == Error::Code::Unreachable || e.code() == Error::Code::NotFound)
            kind = SourceFault::Kind::Unreachable;
        else if (e.code() == Error::Code::Timeout)
            kind = SourceFault::Kind::Timeout;
        return {kind, e.message()};
    }
    if (result->exitCode == 0)
        return {};
    const QByteArray all = result->err + result->out;
    if (all.contains("No nodes replied"))
        return {SourceFault::Kind::Unreachable,
                tr("No Celery worker answered \"celery inspect\" in %1 within %n second(s). The "
                   "workers are down, or too busy to answer. Check the container's log.",
                   nullptr, kReplyTimeoutSec)
                    .arg(container)};
    if (all.contains("Cannot connect to") || all.contains("Error 111"))
        return {SourceFault::Kind::Unreachable,
                tr("\"celery inspect\" in %1 could not reach the broker (Redis). Start the Redis "
                   "container; the figures come back by themselves.")
                    .arg(container)};
    const QString last = ExecSession::lastLines(all, 3).trimmed();
    if (last.isEmpty()) // 137 and the like: killed, usually by its own timeout or the OOM killer
        return {SourceFault::Kind::Other,
                tr("\"celery inspect\" in %1 ended with exit code %2 and printed nothing. The "
                   "workers may be too busy to answer; see the container's log.")
                    .arg(container)
                    .arg(result->exitCode)};
    return {SourceFault::Kind::Other, tr("\"celery inspect\" in %1 failed with exit code %2: %3")
                                          .arg(container)
                                          .arg(result->exitCode)
                                          .arg(last)};
}

void CeleryInspector::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &CeleryInspector::inspectNow);
    }
    m_timer->start(m_intervalMs);
    inspectNow();
}

void CeleryInspector::stop()
{
    m_running = false;
    ++m_generation;
    m_inFlight = false;
    if (m_timer)
        m_timer->stop();
}

void CeleryInspector::inspectNow()
{
    if (!m_running || m_inFlight)
        return;
    m_inFlight = true;
    const int generation = m_generation;
    auto results = std::make_shared<QList<Result<ExecResult>>>(kCommands.size());
    auto left = std::make_shared<qsizetype>(kCommands.size());
    for (qsizetype i = 0; i < kCommands.size(); ++i)
        m_client.exec(m_container, command(kCommands.at(i)), {}, kExecTimeoutMs)
            .then(this, [this, results, left, i, generation](const Result<ExecResult>& r) {
                (*results)[i] = r;
                if (--*left == 0)
                    finish(*results, generation);
            });
}

void CeleryInspector::finish(const QList<Result<ExecResult>>& results, int generation)
{
    if (generation != m_generation)
        return;
    m_inFlight = false;
    for (const Result<ExecResult>& r : results) {
        const SourceFault fault = faultFor(r, m_container);
        if (fault.isFault())
            return setFault(fault);
    }
    Result<CelerySnapshot> snapshot =
        CelerySnapshot::parse(results.at(0)->out, results.at(1)->out, results.at(2)->out);
    if (!snapshot)
        return setFault({SourceFault::Kind::Protocol, snapshot.error().message()});
    snapshot->takenAt = QDateTime::currentDateTimeUtc();
    setFault({});
    Q_EMIT sampled(*snapshot);
}

void CeleryInspector::setFault(const SourceFault& fault)
{
    if (fault == m_fault)
        return;
    m_fault = fault;
    Q_EMIT faultChanged(fault);
}

} // namespace artgen::core
