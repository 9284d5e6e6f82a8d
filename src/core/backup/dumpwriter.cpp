#include "dumpwriter.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

namespace artgen::core {

// gzip (zlib, level 6 as gzip's default) or zstd (level 3, zstd's default, with a content
// checksum so a damaged file is caught on read) as a streaming transform.
class DumpWriter::Compressor
{
public:
    virtual ~Compressor() = default;
    // Appends compressed bytes for `in` (or, with finish, the end of the stream) to `out`.
    virtual bool process(QByteArrayView in, bool finish, QByteArray* out) = 0;
};

namespace {

class GzipCompressor final : public DumpWriter::Compressor
{
public:
    GzipCompressor()
    {
        m_ok = deflateInit2(&m_z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    }
    ~GzipCompressor() override { deflateEnd(&m_z); }
    bool process(QByteArrayView in, bool finish, QByteArray* out) override
    {
        if (!m_ok)
            return false;
        m_z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
        m_z.avail_in = uInt(in.size());
        char buf[256 * 1024];
        int rc = Z_OK;
        do {
            m_z.next_out = reinterpret_cast<Bytef*>(buf);
            m_z.avail_out = sizeof buf;
            rc = deflate(&m_z, finish ? Z_FINISH : Z_NO_FLUSH);
            if (rc == Z_STREAM_ERROR)
                return false;
            out->append(buf, qsizetype(sizeof buf - m_z.avail_out));
        } while (m_z.avail_out == 0 || (finish && rc != Z_STREAM_END));
        return true;
    }

private:
    z_stream m_z{};
    bool m_ok = false;
};

class ZstdCompressor final : public DumpWriter::Compressor
{
public:
    ZstdCompressor() : m_ctx(ZSTD_createCCtx())
    {
        ZSTD_CCtx_setParameter(m_ctx, ZSTD_c_compressionLevel, 3);
        ZSTD_CCtx_setParameter(m_ctx, ZSTD_c_checksumFlag, 1);
    }
    ~ZstdCompressor() override { ZSTD_freeCCtx(m_ctx); }
    bool process(QByteArrayView in, bool finish, QByteArray* out) override
    {
        ZSTD_inBuffer input{in.data(), size_t(in.size()), 0};
        QByteArray buf(qsizetype(ZSTD_CStreamOutSize()), Qt::Uninitialized);
        for (;;) {
            ZSTD_outBuffer output{buf.data(), size_t(buf.size()), 0};
            const size_t left =
                ZSTD_compressStream2(m_ctx, &output, &input, finish ? ZSTD_e_end : ZSTD_e_continue);
            if (ZSTD_isError(left))
                return false;
            out->append(buf.constData(), qsizetype(output.pos));
            const bool done = finish ? left == 0 : input.pos == input.size;
            if (done)
                return true;
        }
    }

private:
    ZSTD_CCtx* m_ctx;
};

} // namespace

DumpWriter::DumpWriter() = default;

DumpWriter::~DumpWriter()
{
    if (!m_committed)
        discard();
    unlock();
}

Error DumpWriter::ioError(const QString& what) const
{
    const QString why = m_file.errorString();
    return Error(Error::Code::Io, what, why,
                 m_diskFull ? tr("The disk is full: free space or choose another backup folder.")
                            : tr("Check that the backup folder exists and is writable."));
}

bool DumpWriter::isDiskFull(int err)
{
    return err == ENOSPC || err == EDQUOT;
}

Error DumpWriter::writeError()
{
    // QFile keeps the system's reason only as text; errno is still the failed write's here.
    m_diskFull = isDiskFull(errno) || m_file.errorString().contains(QStringLiteral("space"));
    return ioError(tr("Writing the backup file %1 failed.").arg(partPath()));
}

Status DumpWriter::open(const QString& finalPath, BackupFormat format)
{
    m_finalPath = finalPath;
    m_format = format;
    const QString folder = QFileInfo(finalPath).absolutePath();
    const bool existed = QFileInfo(folder).isDir();
    if (!existed && !QDir().mkpath(folder))
        return fail(Error(Error::Code::Io,
                          tr("The backup folder %1 cannot be created.").arg(folder), QString(),
                          tr("Check the path and its permissions.")));
    if (!existed)
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    m_nameTaken = QFileInfo::exists(finalPath) || QFileInfo::exists(partPath());
    if (m_nameTaken)
        return fail(Error(Error::Code::Io, tr("%1 exists already.").arg(finalPath)));
    m_file.setFileName(partPath());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_nameTaken = QFileInfo::exists(partPath()); // another writer was quicker
        return fail(ioError(tr("The backup file %1 cannot be created.").arg(partPath())));
    }
    m_ownsPart = true;
    // Held until commit or discard: tells removeOrphanParts() that this part is still wanted.
    m_lockFd = ::open(QFile::encodeName(partPath()).constData(), O_RDONLY | O_CLOEXEC);
    if (m_lockFd >= 0)
        ::flock(m_lockFd, LOCK_EX | LOCK_NB);
    if (format == BackupFormat::PlainGzip)
        m_compressor = std::make_unique<GzipCompressor>();
    else if (format == BackupFormat::PlainZstd)
        m_compressor = std::make_unique<ZstdCompressor>();
    return {};
}

QStringList DumpWriter::removeOrphanParts(const QString& folder)
{
    QStringList removed;
    const QFileInfoList parts = QDir(folder).entryInfoList(
        {QStringLiteral("backup_*.part")}, QDir::Files | QDir::Hidden | QDir::System);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QFileInfo& fi : parts) {
        // A part just created may not be locked yet by its writer: leave young ones alone.
        if (fi.lastModified().toUTC().secsTo(now) < 60)
            continue;
        const QByteArray path = QFile::encodeName(fi.absoluteFilePath());
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
        if (fd < 0)
            continue;
        // A writer holds its lock until it closes the file; a lock we get is nobody's.
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::unlink(path.constData()) == 0)
            removed << fi.absoluteFilePath();
        ::close(fd);
    }
    return removed;
}

Status DumpWriter::writeFile(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return {};
    if (m_file.write(bytes.data(), bytes.size()) != bytes.size())
        return fail(writeError());
    m_hash.addData(bytes);
    m_fileBytes += bytes.size();
    startWriteBack();
    return {};
}

void DumpWriter::startWriteBack()
{
    // Start writing every 16 MB to disk as we go (without waiting for it), so the fsync at the
    // end waits for the last few megabytes, not for the whole dump sitting in the page cache.
    constexpr qint64 kWindow = 16 << 20;
    if (m_fileBytes - m_writeBackFrom < kWindow || !m_file.flush())
        return;
    ::sync_file_range(m_file.handle(), m_writeBackFrom, m_fileBytes - m_writeBackFrom,
                      SYNC_FILE_RANGE_WRITE);
    m_writeBackFrom = m_fileBytes;
}

Status DumpWriter::write(QByteArrayView raw)
{
    m_rawBytes += raw.size();
    m_tail += raw.last(qMin<qsizetype>(raw.size(), BackupFormats::kTailBytes));
    if (m_tail.size() > BackupFormats::kTailBytes)
        m_tail.remove(0, m_tail.size() - BackupFormats::kTailBytes);
    if (!m_compressor)
        return writeFile(raw);
    QByteArray out;
    if (!m_compressor->process(raw, false, &out))
        return fail(Error(Error::Code::Internal, tr("Compressing the backup failed.")));
    return writeFile(out);
}

Status DumpWriter::finish()
{
    if (m_compressor) {
        QByteArray out;
        if (!m_compressor->process({}, true, &out))
            return fail(Error(Error::Code::Internal, tr("Compressing the backup failed.")));
        if (auto s = writeFile(out); !s)
            return s;
    }
    if (!m_file.flush())
        return fail(writeError());
    // On disk before it counts: a crash after the rename must not leave an empty "backup".
    if (::fsync(m_file.handle()) != 0) {
        m_diskFull = isDiskFull(errno);
        return fail(Error(Error::Code::Io,
                          tr("The backup file %1 could not be flushed to disk.").arg(partPath()),
                          QString::fromLocal8Bit(std::strerror(errno))));
    }
    m_file.close();
    m_sha256Hex = m_hash.hexDigest();
    return {};
}

Status DumpWriter::commit(const std::function<QString(int)>& nameFor)
{
    const QByteArray part = QFile::encodeName(partPath());
    for (int attempt = 1; attempt <= 1000; ++attempt) {
        if (attempt > 1) {
            if (!nameFor)
                break;
            m_finalPath = nameFor(attempt);
        }
        const QByteArray target = QFile::encodeName(m_finalPath);
        int rc =
            ::renameat2(AT_FDCWD, part.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE);
        if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) {
            // A file system without RENAME_NOREPLACE: link() fails on an existing name too.
            rc = ::link(part.constData(), target.constData());
            if (rc == 0)
                ::unlink(part.constData());
        }
        if (rc == 0) {
            m_committed = true;
            m_ownsPart = false;
            unlock();
            syncFolder();
            return {};
        }
        if (errno != EEXIST)
            break;
    }
    return fail(Error(Error::Code::Io,
                      tr("The finished backup could not be renamed to %1.").arg(m_finalPath),
                      QString::fromLocal8Bit(std::strerror(errno)),
                      tr("Check the backup folder's permissions and free space.")));
}

void DumpWriter::syncFolder() const
{
    const int fd = ::open(QFile::encodeName(QFileInfo(m_finalPath).absolutePath()).constData(),
                          O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

void DumpWriter::discard()
{
    if (m_file.isOpen())
        m_file.close();
    if (m_ownsPart)
        QFile::remove(partPath());
    m_ownsPart = false;
    unlock();
}

void DumpWriter::unlock()
{
    if (m_lockFd >= 0)
        ::close(m_lockFd);
    m_lockFd = -1;
}

} // namespace artgen::core
