#pragma once

#include "backupformats.h"
#include "util/result.h"
#include "util/sha256.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <functional>
#include <memory>

namespace artgen::core {

// Writes a dump as it streams in: to "<final>.part", compressed on the way for the -gz and -zst
// formats, hashing what reaches the disk (SHA-256) and keeping the last bytes of the raw dump
// for the completeness check. commit() flushes, fsyncs and renames; discard() removes the part
// file. Nothing is ever renamed into place that was not completely written.
//
// Several writers may share a folder (two artgenctl runs, two profiles pointed at one folder):
// the part file is created exclusively and locked (flock) for as long as it is written, only
// the writer that created it removes it, and commit() never replaces an existing file. Files
// are 0600 and a folder made here is 0700: a dump holds every user's data.
class DumpWriter
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::DumpWriter)

public:
    DumpWriter();
    ~DumpWriter(); // discards an uncommitted file

    // Fails when the name is taken (the file or its part exists): nameTaken() then says so.
    Status open(const QString& finalPath, BackupFormat format);
    bool nameTaken() const { return m_nameTaken; }
    Status write(QByteArrayView raw);
    // Ends the compressed stream and writes it all out; the file is then complete as a .part.
    Status finish();
    // Renames the .part to its final name (after verification), never over an existing file:
    // when the name was taken meanwhile, the next one from `nameFor(2)`, `nameFor(3)`, … is used.
    // finalPath() is then the name it got.
    Status commit(const std::function<QString(int)>& nameFor = {});
    // True when the last write failed because the disk (or quota) is full.
    bool diskFull() const { return m_diskFull; }
    // Removes part files in `folder` that no writer holds any more (a killed backup's) and
    // that are older than a minute.
    static QStringList removeOrphanParts(const QString& folder);
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
    void syncFolder() const;
    void unlock();
    Error ioError(const QString& what) const;
    // The error of a failed write or flush; notes whether the disk is full.
    Error writeError();
    static bool isDiskFull(int err);

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
    bool m_ownsPart = false;
    int m_lockFd = -1; // its own descriptor, so the lock outlives closing m_file
    bool m_nameTaken = false;
    bool m_diskFull = false;
};

} // namespace artgen::core
