#include "backupformats.h"

#include <QList>
#include <QRegularExpression>

namespace artgen::core {

QString BackupFormats::name(BackupFormat format)
{
    switch (format) {
    case BackupFormat::Plain:
        return QStringLiteral("plain");
    case BackupFormat::PlainGzip:
        return QStringLiteral("plain-gz");
    case BackupFormat::PlainZstd:
        return QStringLiteral("plain-zst");
    case BackupFormat::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

QStringList BackupFormats::names()
{
    return {QStringLiteral("plain"), QStringLiteral("plain-gz"), QStringLiteral("plain-zst"),
            QStringLiteral("custom")};
}

std::optional<BackupFormat> BackupFormats::fromName(const QString& name)
{
    for (BackupFormat f : {BackupFormat::Plain, BackupFormat::PlainGzip, BackupFormat::PlainZstd,
                           BackupFormat::Custom})
        if (BackupFormats::name(f) == name)
            return f;
    return std::nullopt;
}

QString BackupFormats::extension(BackupFormat format)
{
    switch (format) {
    case BackupFormat::Plain:
        return QStringLiteral(".sql");
    case BackupFormat::PlainGzip:
        return QStringLiteral(".sql.gz");
    case BackupFormat::PlainZstd:
        return QStringLiteral(".sql.zst");
    case BackupFormat::Custom:
        return QStringLiteral(".dump");
    }
    return {};
}

std::optional<BackupFormat> BackupFormats::fromFileName(const QString& fileName)
{
    // Longest extensions first: ".sql.gz" must not be taken for ".sql".
    for (BackupFormat f : {BackupFormat::PlainGzip, BackupFormat::PlainZstd, BackupFormat::Custom,
                           BackupFormat::Plain})
        if (fileName.endsWith(extension(f)))
            return f;
    return std::nullopt;
}

std::optional<BackupFormat> BackupFormats::detect(const QByteArray& head)
{
    if (head.startsWith("PGDMP"))
        return BackupFormat::Custom;
    if (head.startsWith("\x1f\x8b"))
        return BackupFormat::PlainGzip;
    if (head.startsWith("\x28\xb5\x2f\xfd"))
        return BackupFormat::PlainZstd;
    // pg_dump's plain output starts with "--" comments, "SET" or "\restrict"; accept any text
    // that starts like SQL, refuse binary files.
    static const QRegularExpression sqlStart(
        QStringLiteral(R"(^\s*(--|\\|SET\b|SELECT\b|CREATE\b|BEGIN\b|DROP\b|COPY\b|INSERT\b))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(head.first(qMin<qsizetype>(head.size(), 256)));
    if (head.contains('\0'))
        return std::nullopt;
    if (sqlStart.match(text).hasMatch())
        return BackupFormat::Plain;
    return std::nullopt;
}

bool BackupFormats::isCompletePlainTail(const QByteArray& tail)
{
    static const QByteArray marker = "-- PostgreSQL database dump complete";
    const qsizetype at = tail.lastIndexOf(marker);
    if (at < 0)
        return false;
    const QList<QByteArray> rest = tail.sliced(at + marker.size()).split('\n');
    for (const QByteArray& line : rest) {
        const QByteArray l = line.trimmed();
        if (!l.isEmpty() && !l.startsWith("--") && !l.startsWith("\\unrestrict "))
            return false;
    }
    return true;
}

} // namespace artgen::core
