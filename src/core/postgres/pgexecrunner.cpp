#include "pgexecrunner.h"

#include "docker/dockerclient.h"
#include "pgfaultclassifier.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QRegularExpression>
#include <memory>

namespace artgen::core {

QStringList PgExecRunner::command(const PgConnectionInfo& info, const QByteArray& sql)
{
    return {QStringLiteral("psql"), QStringLiteral("-X"),
            QStringLiteral("-A"),   QStringLiteral("-t"),
            QStringLiteral("-F"),   QString(QChar::fromLatin1(PgResult::kFieldSeparator)),
            QStringLiteral("-R"),   QString(QChar::fromLatin1(PgResult::kRecordSeparator)),
            QStringLiteral("-v"),   QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-v"),   QStringLiteral("VERBOSITY=verbose"),
            QStringLiteral("-U"),   info.execUser,
            QStringLiteral("-d"),   info.database,
            QStringLiteral("-c"),   QString::fromUtf8(sql)};
}

QStringList PgExecRunner::environment(const PgConnectionInfo& info)
{
    QStringList env{QStringLiteral("PGAPPNAME=") + QString::fromLatin1(kAppName),
                    QStringLiteral("PGCONNECT_TIMEOUT=5")};
    if (!info.execPassword.isEmpty())
        env << QStringLiteral("PGPASSWORD=") + info.execPassword;
    return env;
}

PgReply PgExecRunner::interpret(const PgConnectionInfo& info, int exitCode, const QByteArray& out,
                                const QByteArray& err)
{
    const QString source = tr("container %1").arg(info.container);
    if (exitCode == 0)
        return PgResult::fromPsql(out);
    const QString text = QString::fromUtf8(err);
    // VERBOSITY=verbose puts the SQLSTATE of a query error first: "ERROR:  53300: …".
    static const QRegularExpression state(QStringLiteral("(?:ERROR|FATAL):\\s+([0-9A-Z]{5}):"));
    const QRegularExpressionMatch m = state.match(text);
    return tl::unexpected(
        PgFaultClassifier::classify(m.hasMatch() ? m.captured(1) : QString(), text, source));
}

void PgExecRunner::run(DockerClient& docker, const PgConnectionInfo& info, const QByteArray& sql,
                       int timeoutMs, QObject* context, std::function<void(const PgReply&)> done)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    docker.exec(info.container, command(info, sql), environment(info), timeoutMs)
        .then(context, [info, clock, done = std::move(done)](const Result<ExecResult>& r) {
            if (!r) {
                const auto kind = r.error().code() == Error::Code::Timeout
                                      ? SourceFault::Kind::Timeout
                                      : SourceFault::Kind::Unreachable;
                done(tl::unexpected(
                    SourceFault{kind, tr("PostgreSQL (container %1) cannot be asked: %2")
                                          .arg(info.container, r.error().message())}));
                return;
            }
            PgReply reply = interpret(info, r->exitCode, r->out, r->err);
            if (reply)
                reply->roundTripUs = clock->nsecsElapsed() / 1000;
            done(reply);
        });
}

} // namespace artgen::core
