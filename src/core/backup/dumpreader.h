#pragma once

#include "backupformats.h"
#include "util/result.h"
#include "util/sha256.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <memory>

namespace artgen::core {

// Reads a backup file in chunks, the way a restore or a verification consumes it: plain SQL as
// is, -gz and -zst decompressed (their own integrity checks included), custom passed through.
// Hashes the file's bytes (SHA-256, comparable with the manifest) and keeps the raw tail.
class DumpReader
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::DumpReader)

public:
    DumpReader();
    ~DumpReader();

    // Opens the file and recognises its format by content, not by name. Anything but a regular
    // file (a folder, a named pipe, a socket, a device) is refused before it is opened.
    Status open(const QString& path);
    // Whether `path` is a regular file (symbolic links followed), judged without opening it:
    // else an error that names what it is ("… is a folder, not a backup file").
    static Status checkIsRegularFile(const QString& path);
    BackupFormat format() const { return m_format; }
    qint64 fileSize() const { return m_fileSize; }
    qint64 fileBytesRead() const { return m_fileRead; }
    qint64 rawBytes() const { return m_rawBytes; }

    // The next piece of the dump (decompressed): empty at the end of the file. A damaged or
    // cut compressed stream is an error.
    Result<QByteArray> read(qint64 maxFileBytes = 1 << 20);
    bool atEnd() const { return m_atEnd; }

    QByteArray sha256Hex() const { return m_sha256Hex; } // once atEnd()
    QByteArray rawTail() const { return m_tail; }

    class Decompressor;

private:
    Error damaged(const QString& why) const;
    Status checkContent(bool atEnd);

    QString m_path;
    QFile m_file;
    BackupFormat m_format = BackupFormat::Plain;
    std::unique_ptr<Decompressor> m_decompressor;
    Sha256 m_hash;
    QByteArray m_sha256Hex;
    qint64 m_fileSize = 0;
    qint64 m_fileRead = 0;
    qint64 m_rawBytes = 0;
    QByteArray m_tail;
    QByteArray m_rawHead; // the first decompressed bytes, until the content was recognised
    bool m_contentChecked = false;
    bool m_atEnd = false;
};

} // namespace artgen::core
