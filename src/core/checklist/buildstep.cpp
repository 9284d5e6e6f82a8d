#include "buildstep.h"

#include "checklistrun.h"
#include "compose/composejob.h"
#include "stepcontext.h"
#include "util/sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace artgen::core {

namespace {

QHash<QString, QByteArray> loadRecord(const QString& path, QString* builtAt)
{
    QFile f(path);
    QHash<QString, QByteArray> sums;
    if (!f.open(QIODevice::ReadOnly))
        return sums;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    *builtAt = o.value(QStringLiteral("builtAt")).toString();
    const QJsonObject files = o.value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it)
        sums.insert(it.key(), it.value().toString().toLatin1());
    return sums;
}

bool saveRecord(const QString& path, const QHash<QString, QByteArray>& sums)
{
    QJsonObject files;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        files.insert(it.key(), QString::fromLatin1(it.value()));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("builtAt"),
                                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                      {QStringLiteral("files"), files}})
                .toJson());
    return f.commit();
}

} // namespace

QString BuildStep::recordPath(const Profile& profile)
{
    return ChecklistRun::folderFor(profile) + QStringLiteral("/build-inputs.json");
}

QJsonValue BuildStep::readRecord(const Profile& profile)
{
    QFile f(recordPath(profile));
    if (!f.open(QIODevice::ReadOnly))
        return QJsonValue::Null;
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool BuildStep::restoreRecord(const Profile& profile, const QJsonValue& previous)
{
    const QString path = recordPath(profile);
    if (!previous.isObject())
        return !QFile::exists(path) || QFile::remove(path);
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) &&
           f.write(QJsonDocument(previous.toObject()).toJson()) >= 0 && f.commit();
}

QHash<QString, QByteArray> BuildStep::inputSums(const QString& stackDir)
{
    QHash<QString, QByteArray> sums;
    const QDir root(stackDir);
    QDirIterator it(stackDir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = root.relativeFilePath(it.next());
        // Secrets (and a change of a password) are not build inputs; nor is version control.
        if (path == u"Docker_all/.env" || path.startsWith(u".git/") ||
            path.contains(u"/__pycache__/"))
            continue;
        QFile f(it.filePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Sha256 sha;
        sha.addData(f.readAll());
        sums.insert(path, sha.hexDigest());
    }
    return sums;
}

BuildStep::BuildStep()
    : ChecklistStep(
          4, QStringLiteral("build"),
          QT_TRANSLATE_NOOP("artgen::core::ChecklistStep", "Images rebuilt (if needed)"),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "Rebuilds the images (`docker-compose build --no-cache`) when a file of their build "
              "context changed since the last build; skipped, with that reason, when none did."),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "Start the images the stack ran before (compose up -d without a build)."))
{}

QStringList BuildStep::changed(const QHash<QString, QByteArray>& before,
                               const QHash<QString, QByteArray>& after)
{
    QSet<QString> paths(before.keyBegin(), before.keyEnd());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        paths.insert(it.key());
    QStringList out;
    for (const QString& p : paths)
        if (before.value(p) != after.value(p))
            out << p;
    out.sort();
    return out;
}

StepRecord BuildStep::run(StepContext& context) const
{
    if (!context.options().build)
        return StepRecord::skipped(tr("Skipped on request (--no-build)."));
    const QString record = recordPath(context.profile());
    const QJsonValue previousRecord = readRecord(context.profile());
    QString builtAt;
    const QHash<QString, QByteArray> before = loadRecord(record, &builtAt);
    const QHash<QString, QByteArray> now = inputSums(context.profile().stackDir);
    const QStringList diff = changed(before, now);
    if (!before.isEmpty() && diff.isEmpty())
        return StepRecord::skipped(
            tr("No build input changed since the build of %1.").arg(builtAt));
    QStringList evidence;
    if (before.isEmpty())
        evidence << tr("The panel has recorded no build of this stack yet.");
    else
        evidence << tr("Changed since the build of %1: %2")
                        .arg(builtAt, diff.mid(0, 20).join(QStringLiteral(", ")));
    const auto job = ComposeJob::build(context.profile(), {}, context.options().noCache);
    evidence << context.runJob(*job);
    if (job->state() != Job::State::Succeeded)
        return StepRecord::failed(tr("compose build failed: %1").arg(job->error().message()),
                                  evidence);
    if (!saveRecord(record, now))
        evidence << tr("The build inputs could not be recorded in %1.").arg(record);
    StepRecord r = StepRecord::passed(
        context.options().noCache ? tr("Images rebuilt without the cache.") : tr("Images rebuilt."),
        evidence);
    // A rollback puts it back, so the next deployment sees the inputs as changed and rebuilds.
    r.figures = {{QStringLiteral("previousInputs"), previousRecord}};
    return r;
}

} // namespace artgen::core
