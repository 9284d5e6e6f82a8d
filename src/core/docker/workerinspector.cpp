#include "workerinspector.h"

#include "containermap.h"
#include "dockerclient.h"

#include <QPromise>
#include <memory>

namespace artgen::core {

std::pair<int, int> WorkerInspector::countTree(const ProcessTable& table, const QString& needle)
{
    const int pidCol = table.column(QStringLiteral("PID"));
    const int ppidCol = table.column(QStringLiteral("PPID"));
    int cmdCol = table.column(QStringLiteral("COMMAND"));
    if (cmdCol < 0)
        cmdCol = table.column(QStringLiteral("CMD"));
    if (pidCol < 0 || ppidCol < 0 || cmdCol < 0)
        return {0, 0};
    // An init or shell wrapper (`docker-init -- celery …`, `sh -c "gunicorn …"`) carries the
    // program's name in its arguments but is not the program: leave it out of the tree.
    static const QStringList wrappers = {QStringLiteral("docker-init"), QStringLiteral("tini"),
                                         QStringLiteral("dumb-init"), QStringLiteral("sh"),
                                         QStringLiteral("bash")};
    QMap<QString, QString> parentOf; // pid -> ppid, matching processes only
    for (const QStringList& p : table.processes) {
        const QString cmd = p.value(cmdCol);
        const QString program = cmd.section(u' ', 0, 0).section(u'/', -1);
        if (cmd.contains(needle) && !wrappers.contains(program))
            parentOf.insert(p.value(pidCol), p.value(ppidCol));
    }
    QStringList masters;
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it)
        if (!parentOf.contains(it.value()))
            masters << it.key();
    int children = 0;
    for (const QString& ppid : std::as_const(parentOf))
        if (masters.contains(ppid))
            ++children;
    return {int(masters.size()), children};
}

int WorkerInspector::optionValue(const QStringList& argv, const QString& longName,
                                 const QString& shortName)
{
    // The command may be one shell string ("sh -c 'gunicorn … --workers 8'"): split it too.
    QStringList words;
    for (const QString& a : argv)
        words << a.split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        const QString& w = words[i];
        if (w.startsWith(longName + u'='))
            return w.mid(longName.size() + 1).toInt();
        if ((w == longName || (!shortName.isEmpty() && w == shortName)) && i + 1 < words.size())
            return words[i + 1].toInt();
    }
    return -1;
}

QFuture<Result<WorkerReport>> WorkerInspector::inspect(const Profile& profile)
{
    struct State
    {
        QPromise<Result<WorkerReport>> promise;
        WorkerReport report;
        int pending = 4;
        void done()
        {
            if (--pending > 0)
                return;
            // The same failure for both containers is Docker's own (no daemon, no access), not
            // theirs: that error is the answer, not a table of zeros.
            const Error& b = report.backendError;
            const Error& c = report.celeryError;
            if (b.isError() &&
                (b == c || (b.code() == Error::Code::Timeout && c.code() == Error::Code::Timeout)))
                promise.addResult(tl::unexpected(b));
            else
                promise.addResult(report);
            promise.finish();
        }
    };
    auto st = std::make_shared<State>();
    st->promise.start();
    QFuture<Result<WorkerReport>> future = st->promise.future();
    DockerClient* c = &m_client;
    const ContainerMap map(profile);
    const QString backend = map.container(StackRole::Backend);
    const QString celery = map.container(StackRole::Celery);
    const QString psArgs = QStringLiteral("-eo pid,ppid,args");

    c->top(backend, psArgs).then(c, [st](const Result<ProcessTable>& t) {
        if (t) {
            const auto [masters, workers] = countTree(*t, QStringLiteral("gunicorn"));
            st->report.gunicornMasters = masters;
            st->report.gunicornWorkers = workers;
        } else {
            st->report.backendError = t.error();
        }
        st->done();
    });
    c->inspect(backend).then(c, [st](const Result<ContainerDetails>& d) {
        if (d)
            st->report.expectedGunicornWorkers =
                optionValue(d->command, QStringLiteral("--workers"), QStringLiteral("-w"));
        st->done();
    });
    c->top(celery, psArgs).then(c, [st](const Result<ProcessTable>& t) {
        if (t)
            st->report.celeryWorkers = countTree(*t, QStringLiteral("celery")).second;
        else
            st->report.celeryError = t.error();
        st->done();
    });
    c->inspect(celery).then(c, [st](const Result<ContainerDetails>& d) {
        if (d)
            st->report.expectedCeleryConcurrency =
                optionValue(d->command, QStringLiteral("--concurrency"), QStringLiteral("-c"));
        st->done();
    });
    return future;
}

} // namespace artgen::core
