#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace artgen::core {

enum class BackupFormat {
    Plain,     // pg_dump's plain SQL: what the deployment instructions write and psql reads
    PlainGzip, // the same, gzip-compressed as it streams (zlib)
    PlainZstd, // the same, zstd-compressed as it streams (libzstd; pg_dump 15 has no zstd)
    Custom,    // pg_dump -Fc, restored with pg_restore
};

// Names, file extensions and recognition of the backup formats.
class BackupFormats
{
public:
    static QString name(BackupFormat format); // "plain", "plain-gz", "plain-zst", "custom"
    static std::optional<BackupFormat> fromName(const QString& name);
    static QStringList names();
    static QString extension(BackupFormat format); // ".sql", ".sql.gz", ".sql.zst", ".dump"
    static std::optional<BackupFormat> fromFileName(const QString& fileName);
    // From a file's first bytes (magic numbers); plain SQL is recognised by its text start.
    static std::optional<BackupFormat> detect(const QByteArray& head);
    static bool isPlainSql(BackupFormat format) { return format != BackupFormat::Custom; }

    // Whether the end of a plain dump is pg_dump's own closing comment, "-- PostgreSQL database
    // dump complete", followed only by blank lines and PostgreSQL 15.14+'s "\unrestrict" line.
    // A dump cut anywhere earlier lacks it.
    static bool isCompletePlainTail(const QByteArray& tail);
    static constexpr int kTailBytes = 512;
};

} // namespace artgen::core
