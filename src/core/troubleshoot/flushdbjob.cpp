#include "flushdbjob.h"

#include "checklist/checklistoptions.h"
#include "checklist/stepcontext.h"
#include "docker/containermap.h"
#include "docker/dockerclient.h"
#include "logging/auditlog.h"
#include "stackconfig/envfile.h"

#include <QRegularExpression>

namespace artgen::core {

FlushDbJob::FlushDbJob(Profile profile, DockerClient& docker, int database, QString typed,
                       std::shared_ptr<void> keepAlive)
    : Job(tr("FLUSHDB on Redis database %1").arg(database)), m_profile(std::move(profile)),
      m_docker(docker), m_database(database), m_typed(std::move(typed)),
      m_keepAlive(std::move(keepAlive))
{}

bool FlushDbJob::confirms(int database, const QString& typed)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,5}$"));
    return database >= 0 && digits.match(typed).hasMatch() && typed.toInt() == database;
}

void FlushDbJob::audit(const QString& outcome, const QString& detail) const
{
    AuditLog::record(m_profile.name, QStringLiteral("redis-flushdb"),
                     QStringLiteral("db %1").arg(m_database), outcome,
                     {{QStringLiteral("typed"), m_typed}, {QStringLiteral("detail"), detail}});
}

void FlushDbJob::run()
{
    if (!confirms(m_database, m_typed)) {
        audit(QStringLiteral("refused"), QStringLiteral("typed number does not match"));
        fail(Error(Error::Code::InvalidInput,
                   tr("FLUSHDB was refused: “%1” is not the database number %2.")
                       .arg(m_typed)
                       .arg(m_database),
                   tr("Every key of a database goes, so its number must be typed exactly."),
                   tr("Type %1 to clear that database, or leave it.").arg(m_database)));
        return;
    }
    const auto env = EnvFile::load(m_profile.envFile());
    const QString password = env ? env->value(QStringLiteral("REDIS_PASSWORD")) : QString();
    const QStringList execEnv = password.isEmpty()
                                    ? QStringList()
                                    : QStringList{QStringLiteral("REDISCLI_AUTH=") + password};
    const QString container = ContainerMap(m_profile).container(StackRole::Redis);
    StepContext context(m_profile, m_docker, ChecklistOptions{}, nullptr);
    audit(QStringLiteral("started"), {});
    const auto r =
        context.wait(m_docker.exec(container,
                                   {QStringLiteral("redis-cli"), QStringLiteral("-n"),
                                    QString::number(m_database), QStringLiteral("FLUSHDB")},
                                   execEnv, 30000),
                     40000);
    QString why;
    if (!r)
        why = StepContext::noAnswer(QStringLiteral("Docker"));
    else if (!*r)
        why = r->error().message();
    else if ((*r)->exitCode != 0 || (*r)->out.trimmed() != "OK")
        why = QString::fromUtf8((*r)->out + (*r)->err).trimmed();
    if (!why.isEmpty()) {
        audit(QStringLiteral("failed"), why);
        fail(Error(Error::Code::ProcessFailed,
                   tr("FLUSHDB on Redis database %1 failed.").arg(m_database), why));
        return;
    }
    audit(QStringLiteral("succeeded"), {});
    log(tr("Redis database %1 is empty now.").arg(m_database));
    succeed(m_database);
}

} // namespace artgen::core
