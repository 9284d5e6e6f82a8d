#pragma once

#include "backupformats.h"
#include "util/result.h"
#include "util/sha256.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <memory>

namespace artgen::core {

// Writes a dump as it streams in: to "<final>.part", compressed on the way for the -gz and -zst
// formats, hashing what reaches the disk (SHA-256) and keeping the last bytes of the raw dump
// for the completeness check. commit() flushes, fsyncs and renames; discard() removes the part
// file. Nothing is ever renamed into place that was not completely written.
class DumpWriter
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::DumpWriter)

public:
    DumpWriter();
    ~DumpWriter(); // discards an uncommitted file

    Status open(const QString& finalPath, BackupFormat format);
    Status write(QByteArrayView raw);
    // Ends the compressed stream and writes it all out; the file is then complete as a .part.
    Status finish();
    // Renames the .part to its final name (after verification).
    Status commit();
    void discard();

    QString partPath() const { return m_finalPath + QStringLiteral(".part"); }
    QString finalPath() const { return m_finalPath; }
    qint64 rawBytes() const { return m_rawBytes; }
    qint64 fileBytes() const { return m_fileBytes; }
    QByteArray sha256Hex() const { return m_sha256Hex; } // after finish()
    QByteArray rawTail() const { return m_tail; }

    class Compressor; // public so the implementations in the .cpp can derive from it

private:
    Status writeFile(QByteArrayView bytes);
    void startWriteBack();
    Error ioError(const QString& what) const;

    QString m_finalPath;
    BackupFormat m_format = BackupFormat::Plain;
    QFile m_file;
    Sha256 m_hash;
    std::unique_ptr<Compressor> m_compressor;
    qint64 m_rawBytes = 0;
    qint64 m_fileBytes = 0;
    qint64 m_writeBackFrom = 0;
    QByteArray m_tail;
    QByteArray m_sha256Hex;
    bool m_committed = false;
};

} // namespace artgen::core
