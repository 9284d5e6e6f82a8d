#pragma once

#include "loadreport.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace artgen::core {

class Profile;

// A profile's finished load tests, kept across restarts: one JSON file a run
// ({"version": 1, "ran_at": …, "report": LoadReport::toRecordJson()}) in the profile's data
// folder, written atomically. Only the newest kKeep files stay. A file that does not read back
// is skipped with a warning, never fatal: a half-written or hand-edited file must not cost the
// user the other runs. Blocking file I/O: call it off the UI thread.
class LoadRunStore
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::LoadRunStore)

public:
    static constexpr int kKeep = 50;
    static constexpr int kVersion = 1;

    struct Run
    {
        QString path;
        QDateTime when;
        LoadReport report;
    };

    explicit LoadRunStore(QString folder);

    // `$XDG_DATA_HOME/artgen/loadtest/<the profile's folder name>`.
    static QString folderFor(const Profile& profile);
    const QString& folder() const { return m_folder; }

    // Writes `report` as ran at `when`, then removes all but the newest kKeep files; the new
    // file's path.
    Result<QString> save(const LoadReport& report, const QDateTime& when) const;
    // The runs that read back, newest first, at most kKeep.
    QList<Run> list() const;
    static std::optional<Run> load(const QString& path);
    bool remove(const QString& path) const;

private:
    QStringList fileNamesNewestFirst() const;
    QString freeFileName(const QDateTime& when) const;
    void prune() const;

    QString m_folder;
};

} // namespace artgen::core
