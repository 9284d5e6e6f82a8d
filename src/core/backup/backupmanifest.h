#pragma once

#include "backupformats.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace artgen::core {

// What a backup holds, written beside it as "<file>.manifest.json" once the backup passed its
// checks: where it came from, how big it is, its SHA-256 and the row count of every table,
// counted in the same snapshot pg_dump read. A backup without a manifest did not finish.
class BackupManifest
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::BackupManifest)

public:
    QString fileName; // without folder
    QString database;
    QString user;
    QString container;
    QString profile;
    QString serverVersion;
    BackupFormat format = BackupFormat::Plain;
    qint64 sizeBytes = 0; // of the file
    qint64 rawBytes = 0;  // of pg_dump's output
    qint64 databaseBytes = 0;
    QByteArray sha256;   // hex, of the file
    QDateTime startedAt; // UTC
    qint64 durationMs = 0;
    QString reason;                  // "manual", "safety", "timer"
    QMap<QString, qint64> tableRows; // "schema.table" -> rows

    static QString pathFor(const QString& backupPath);
    QJsonObject toJson() const;
    static Result<BackupManifest> fromJson(const QJsonObject& o);
    static Result<BackupManifest> load(const QString& path);
    Status save(const QString& path) const; // atomically (QSaveFile)
};

} // namespace artgen::core
