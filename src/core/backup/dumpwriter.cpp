#include "dumpwriter.h"

#include <QDir>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
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
}

Error DumpWriter::ioError(const QString& what) const
{
    const QString why = m_file.errorString();
    const bool full =
        m_file.error() == QFileDevice::ResourceError || why.contains(QStringLiteral("space"));
    return Error(Error::Code::Io, what, why,
                 full ? tr("The disk is full: free space or choose another backup folder.")
                      : tr("Check that the backup folder exists and is writable."));
}

Status DumpWriter::open(const QString& finalPath, BackupFormat format)
{
    m_finalPath = finalPath;
    m_format = format;
    if (!QDir().mkpath(QFileInfo(finalPath).absolutePath()))
        return fail(Error(
            Error::Code::Io,
            tr("The backup folder %1 cannot be created.").arg(QFileInfo(finalPath).absolutePath()),
            QString(), tr("Check the path and its permissions.")));
    m_file.setFileName(partPath());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(ioError(tr("The backup file %1 cannot be created.").arg(partPath())));
    if (format == BackupFormat::PlainGzip)
        m_compressor = std::make_unique<GzipCompressor>();
    else if (format == BackupFormat::PlainZstd)
        m_compressor = std::make_unique<ZstdCompressor>();
    return {};
}

Status DumpWriter::writeFile(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return {};
    if (m_file.write(bytes.data(), bytes.size()) != bytes.size())
        return fail(ioError(tr("Writing the backup file %1 failed.").arg(partPath())));
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
        return fail(ioError(tr("Writing the backup file %1 failed.").arg(partPath())));
    // On disk before it counts: a crash after the rename must not leave an empty "backup".
    if (::fsync(m_file.handle()) != 0)
        return fail(Error(Error::Code::Io,
                          tr("The backup file %1 could not be flushed to disk.").arg(partPath()),
                          QString::fromLocal8Bit(std::strerror(errno))));
    m_file.close();
    m_sha256Hex = m_hash.hexDigest();
    return {};
}

Status DumpWriter::commit()
{
    QFile::remove(m_finalPath);
    if (!QFile::rename(partPath(), m_finalPath))
        return fail(Error(Error::Code::Io,
                          tr("The finished backup could not be renamed to %1.").arg(m_finalPath)));
    m_committed = true;
    return {};
}

void DumpWriter::discard()
{
    if (m_file.isOpen())
        m_file.close();
    if (!m_finalPath.isEmpty())
        QFile::remove(partPath());
}

} // namespace artgen::core
