#include "restartservicejob.h"

#include "checklist/checklistoptions.h"
#include "checklist/httpcheck.h"
#include "checklist/stepcontext.h"
#include "docker/containermap.h"
#include "docker/dockerclient.h"
#include "monitor/celeryinspector.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>

namespace artgen::core {

namespace {
constexpr int kPollMs = 1000;
constexpr int kCallMs = 20000;
} // namespace

RestartServiceJob::RestartServiceJob(Profile profile, DockerClient& docker, StackRole role,
                                     int deadlineMs, std::shared_ptr<void> keepAlive)
    : Job(tr("Restart %1").arg(StackRoles::service(role))), m_profile(std::move(profile)),
      m_docker(docker), m_role(role), m_deadlineMs(deadlineMs), m_keepAlive(std::move(keepAlive))
{}

void RestartServiceJob::run()
{
    StepContext context(m_profile, m_docker, ChecklistOptions{}, nullptr);
    context.setCancelled([this] { return isCancelRequested(); });
    const QString container = ContainerMap(m_profile).container(m_role);
    QElapsedTimer took;
    took.start();
    log(tr("Restarting %1 …").arg(container));
    const auto restarted =
        context.wait(m_docker.act(container, DockerClient::Action::Restart), kCallMs + 15000);
    if (!restarted) {
        fail(Error(Error::Code::Timeout, tr("%1 could not be restarted.").arg(container),
                   StepContext::noAnswer(QStringLiteral("Docker"))));
        return;
    }
    if (!*restarted) {
        fail(restarted->error());
        return;
    }
    QString state;
    if (!waitHealthy(context, container, &state)) {
        fail(Error(
            Error::Code::Timeout,
            tr("%1 is not healthy %2 s after its restart.").arg(container).arg(m_deadlineMs / 1000),
            tr("It is %1.").arg(state), tr("Read its log: the cause is usually there.")));
        return;
    }
    if (m_role == StackRole::Celery && !waitPing(context, container)) {
        fail(Error(Error::Code::Timeout, tr("No Celery worker answers ping after the restart."),
                   tr("The container runs, but `celery inspect ping` got no answer within %1 s.")
                       .arg(m_deadlineMs / 1000),
                   tr("Read Celery's log and check that Redis answers.")));
        return;
    }
    if (m_role == StackRole::Backend && !waitApi(context)) {
        fail(Error(Error::Code::Timeout,
                   tr("The backend runs, but the API does not answer 200 through nginx."),
                   tr("GET /api/v1/health gave no 200 within %1 s of the restart.")
                       .arg(m_deadlineMs / 1000),
                   tr("Run “What is wrong?” again.")));
        return;
    }
    log(tr("%1 is back after %2 s.")
            .arg(container)
            .arg(double(took.elapsed()) / 1000.0, 0, 'f', 1));
    succeed(took.elapsed());
}

bool RestartServiceJob::waitHealthy(const StepContext& context, const QString& container,
                                    QString* state)
{
    const QDeadlineTimer deadline(m_deadlineMs);
    while (!deadline.hasExpired() && !context.isCancelled()) {
        const auto d = context.wait(m_docker.inspect(container), kCallMs);
        if (d && *d) {
            const ContainerSummary& s = (*d)->summary;
            *state = s.health.isEmpty() ? s.state : s.health;
            if (s.state == u"running" && (s.health.isEmpty() || s.health == u"healthy"))
                return true;
        }
        context.pause(kPollMs);
    }
    return false;
}

bool RestartServiceJob::waitApi(const StepContext& context)
{
    const QUrl url = HttpCheck::url(m_profile.apiBaseUrl, QStringLiteral("/api/v1/health"));
    const QDeadlineTimer deadline(m_deadlineMs);
    while (!deadline.hasExpired() && !context.isCancelled()) {
        if (HttpCheck::send("GET", url, {}, {}, 5000).status == 200)
            return true;
        context.pause(kPollMs);
    }
    return false;
}

bool RestartServiceJob::waitPing(const StepContext& context, const QString& container)
{
    const QDeadlineTimer deadline(m_deadlineMs);
    while (!deadline.hasExpired() && !context.isCancelled()) {
        const auto r = context.wait(
            m_docker.exec(container, CeleryInspector::command(QStringLiteral("ping"))), kCallMs);
        if (r && *r && (*r)->exitCode == 0 && (*r)->out.contains("pong"))
            return true;
        context.pause(kPollMs);
    }
    return false;
}

} // namespace artgen::core
