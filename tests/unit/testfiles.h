#pragma once

// Small file helpers shared by the unit tests that check what a program left on disk.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QString>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace testfiles {

// The file's SHA-256 (hex), empty when it cannot be read: "left byte for byte as it was".
inline QByteArray sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// `size` bytes of noise, the same for the same seed.
inline QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (char& c : bytes)
        c = char(rng.bounded(256));
    return bytes;
}

// Makes a named pipe at `path` and holds it open for writing with more bytes in it than a first
// read asks for, so that code which wrongly opens and reads it misreads it and fails instead of
// hanging the test. Returns the writer's descriptor (close it), or -1.
inline int makeFilledFifo(const QString& path)
{
    QFile::remove(path);
    if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
        return -1;
    const int writer = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NONBLOCK);
    if (writer < 0)
        return -1;
    const QByteArray filler(32 * 1024, 'x');
    if (::write(writer, filler.constData(), size_t(filler.size())) != filler.size()) {
        ::close(writer);
        return -1;
    }
    return writer;
}

} // namespace testfiles
