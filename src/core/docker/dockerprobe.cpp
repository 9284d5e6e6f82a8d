#include "dockerprobe.h"

#include "dockercall.h"
#include "dockerclient.h"
#include "logging/categories.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace artgen::core {

namespace {
constexpr int kProbeTimeoutMs = 3000;
}

DockerProbe::DockerProbe(DockerEndpoint endpoint, int intervalMs, QObject* parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_intervalMs(intervalMs)
{
    qRegisterMetaType<DockerStatus>();
}

DockerProbe::~DockerProbe()
{
    if (m_call)
        m_call->disconnect(this);
}

void DockerProbe::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_intervalMs);
        connect(m_timer, &QTimer::timeout, this, &DockerProbe::checkNow);
    }
    m_timer->start();
    checkNow();
}

void DockerProbe::setEndpoint(const DockerEndpoint& endpoint)
{
    m_endpoint = endpoint;
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    checkNow();
}

void DockerProbe::checkNow()
{
    if (m_call)
        return; // one probe at a time
    DockerCall::Options o;
    o.path = "/version"; // unversioned: works with every daemon
    o.timeoutMs = kProbeTimeoutMs;
    m_call = new DockerCall(m_endpoint, o, this);
    DockerCall* call = m_call;
    connect(call, &DockerCall::finished, this, [this, call](const Result<DockerResponse>& r) {
        call->deleteLater();
        DockerStatus s;
        s.endpoint = m_endpoint.toString();
        const QJsonObject v = r ? QJsonDocument::fromJson(r->body).object() : QJsonObject();
        if (!r) {
            s.error = r.error();
        } else if (r->status != 200 || v.isEmpty()) {
            s.error = DockerClient::fromHttpStatus(
                *r, tr("Docker at %1 answered with HTTP %2.").arg(s.endpoint).arg(r->status));
        } else {
            s.reachable = true;
            s.serverVersion = v.value(QStringLiteral("Version")).toString();
            s.apiVersion = v.value(QStringLiteral("ApiVersion")).toString();
        }
        finishWith(s);
    });
    call->start();
}

void DockerProbe::finishWith(DockerStatus status)
{
    m_call.clear();
    if (!status.reachable)
        qCDebug(lcDocker) << "probe:" << status.error.message();
    const bool changed = !m_hasLast || !(status == m_last);
    m_last = status;
    m_hasLast = true;
    Q_EMIT checked(status);
    if (changed)
        Q_EMIT statusChanged(status);
}

} // namespace artgen::core
