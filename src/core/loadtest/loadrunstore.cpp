#include "loadrunstore.h"

#include "logging/categories.h"
#include "settings/profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

namespace artgen::core {

namespace {
const QString kPrefix = QStringLiteral("run-");
const QString kSuffix = QStringLiteral(".json");
} // namespace

LoadRunStore::LoadRunStore(QString folder) : m_folder(std::move(folder)) {}

QString LoadRunStore::folderFor(const Profile& profile)
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/artgen/loadtest/") + Profile::folderNameFor(profile.name);
}

// Named by the UTC time to the millisecond, so the names sort as the runs ran; a run in the same
// millisecond as another takes the next free one.
QString LoadRunStore::freeFileName(const QDateTime& when) const
{
    const QDir dir(m_folder);
    QDateTime t = when.toUTC();
    QString name;
    do {
        name = kPrefix + t.toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")) + kSuffix;
        t = t.addMSecs(1);
    } while (dir.exists(name));
    return dir.filePath(name);
}

Result<QString> LoadRunStore::save(const LoadReport& report, const QDateTime& when) const
{
    if (!QDir().mkpath(m_folder))
        return fail(
            Error(Error::Code::Io, tr("Could not keep the load test's results."),
                  tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(m_folder)),
                  tr("Check the permissions of your data folder.")));
    const QJsonObject record{{QStringLiteral("version"), kVersion},
                             {QStringLiteral("ran_at"), when.toUTC().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("report"), report.toRecordJson()}};
    const QString path = freeFileName(when);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(record).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        return fail(Error(Error::Code::Io, tr("Could not keep the load test's results."),
                          file.errorString(),
                          tr("Check the free space and permissions of %1.")
                              .arg(QDir::toNativeSeparators(m_folder))));
    prune();
    return path;
}

QStringList LoadRunStore::fileNamesNewestFirst() const
{
    return QDir(m_folder).entryList({kPrefix + u'*' + kSuffix}, QDir::Files,
                                    QDir::Name | QDir::Reversed);
}

void LoadRunStore::prune() const
{
    const QStringList names = fileNamesNewestFirst();
    for (qsizetype i = kKeep; i < names.size(); ++i)
        QFile::remove(QDir(m_folder).filePath(names[i]));
}

QList<LoadRunStore::Run> LoadRunStore::list() const
{
    QList<Run> runs;
    for (const QString& name : fileNamesNewestFirst()) {
        if (auto run = load(QDir(m_folder).filePath(name)))
            runs << std::move(*run);
        if (runs.size() == kKeep)
            break;
    }
    std::stable_sort(runs.begin(), runs.end(),
                     [](const Run& a, const Run& b) { return a.when > b.when; });
    return runs;
}

std::optional<LoadRunStore::Run> LoadRunStore::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcCore) << "skipping unreadable load test run" << path << file.errorString();
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonObject record = QJsonDocument::fromJson(file.readAll(), &error).object();
    const QDateTime when =
        QDateTime::fromString(record.value(QStringLiteral("ran_at")).toString(), Qt::ISODateWithMs);
    const auto report =
        LoadReport::fromRecordJson(record.value(QStringLiteral("report")).toObject());
    if (error.error != QJsonParseError::NoError ||
        record.value(QStringLiteral("version")).toInt() != kVersion || !when.isValid() || !report) {
        qCWarning(lcCore) << "skipping load test run" << path << "that does not read back"
                          << error.errorString();
        return std::nullopt;
    }
    return Run{path, when, *report};
}

bool LoadRunStore::remove(const QString& path) const
{
    return QFileInfo(path).absolutePath() == QFileInfo(m_folder).absoluteFilePath() &&
           QFile::remove(path);
}

} // namespace artgen::core
