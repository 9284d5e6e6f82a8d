#include "runningconfig.h"

#include "docker/stackinspector.h"
#include "stackconfig/gitrollback.h"
#include "stepcontext.h"

#include <QDir>
#include <QFileInfo>

namespace artgen::core {

QJsonObject RunningConfig::previousFiles(const StepContext& context, const QStringList& paths,
                                         QStringList* evidence)
{
    StackInspector inspector(context.docker());
    const auto status = context.wait(inspector.inspect(context.profile()), 30000);
    QDateTime start;
    if (status && *status)
        for (const ServiceStatus& s : (*status)->services)
            if (s.state == u"running" && s.startedAt.isValid() &&
                (!start.isValid() || s.startedAt < start))
                start = s.startedAt;
    return previousFiles(context.profile().stackDir, paths, start, evidence);
}

QJsonObject RunningConfig::previousFiles(const QString& stackDir, const QStringList& paths,
                                         const QDateTime& stackStart, QStringList* evidence)
{
    QStringList changed;
    for (const QString& p : paths)
        if (stackStart.isValid() &&
            QFileInfo(QDir(stackDir).filePath(p)).lastModified().toUTC() > stackStart.toUTC())
            changed << p;
    if (changed.isEmpty())
        return {};
    const auto git = GitRollback::inspect(stackDir, changed);
    if (!git) {
        evidence->append(tr("Changed since the stack started, with no git HEAD to go back to: %1")
                             .arg(changed.join(QStringLiteral(", "))));
        return {};
    }
    QJsonObject previous;
    for (const QString& p : changed) {
        QFile now(QDir(stackDir).filePath(p));
        const QByteArray head = git->head.value(p);
        if (git->head.contains(p) && (!now.open(QIODevice::ReadOnly) || now.readAll() != head))
            previous.insert(p, QString::fromUtf8(head));
    }
    if (!previous.isEmpty())
        evidence->append(tr("Changed since the stack started; a rollback goes back to their git "
                            "HEAD: %1")
                             .arg(previous.keys().join(QStringLiteral(", "))));
    return previous;
}

} // namespace artgen::core
