#include "dumpreader.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

namespace artgen::core {

class DumpReader::Decompressor
{
public:
    virtual ~Decompressor() = default;
    virtual bool process(QByteArrayView in, QByteArray* out, QString* error) = 0;
    // True when the compressed stream ended properly (trailer and checksum seen).
    virtual bool complete() const = 0;
};

namespace {

class GzipDecompressor final : public DumpReader::Decompressor
{
public:
    GzipDecompressor() { m_ok = inflateInit2(&m_z, 15 + 16) == Z_OK; }
    ~GzipDecompressor() override { inflateEnd(&m_z); }
    bool process(QByteArrayView in, QByteArray* out, QString* error) override
    {
        m_z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
        m_z.avail_in = uInt(in.size());
        char buf[256 * 1024];
        while (m_ok && (m_z.avail_in > 0 || m_z.avail_out == 0)) {
            if (m_ended) {
                // Concatenated gzip members are legal (gzip a; gzip b; cat): start the next one.
                inflateReset(&m_z);
                m_ended = false;
            }
            m_z.next_out = reinterpret_cast<Bytef*>(buf);
            m_z.avail_out = sizeof buf;
            const int rc = inflate(&m_z, Z_NO_FLUSH);
            out->append(buf, qsizetype(sizeof buf - m_z.avail_out));
            if (rc == Z_STREAM_END) {
                m_ended = true;
                if (m_z.avail_in == 0)
                    break;
                continue;
            }
            if (rc != Z_OK && rc != Z_BUF_ERROR) {
                *error = QString::fromLatin1(m_z.msg ? m_z.msg : "gzip data error");
                return false;
            }
            if (rc == Z_BUF_ERROR)
                break;
        }
        return m_ok;
    }
    bool complete() const override { return m_ended; }

private:
    z_stream m_z{};
    bool m_ok = false;
    bool m_ended = false;
};

class ZstdDecompressor final : public DumpReader::Decompressor
{
public:
    ZstdDecompressor() : m_ctx(ZSTD_createDCtx()) {}
    ~ZstdDecompressor() override { ZSTD_freeDCtx(m_ctx); }
    bool process(QByteArrayView in, QByteArray* out, QString* error) override
    {
        ZSTD_inBuffer input{in.data(), size_t(in.size()), 0};
        QByteArray buf(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized);
        while (input.pos < input.size || m_more) {
            ZSTD_outBuffer output{buf.data(), size_t(buf.size()), 0};
            const size_t rc = ZSTD_decompressStream(m_ctx, &output, &input);
            if (ZSTD_isError(rc)) {
                *error = QString::fromLatin1(ZSTD_getErrorName(rc));
                return false;
            }
            out->append(buf.constData(), qsizetype(output.pos));
            m_frameDone = rc == 0;
            // A full output buffer may hide more decoded data, even with no input left.
            m_more = output.pos == output.size;
            if (!m_more && input.pos == input.size)
                break;
        }
        return true;
    }
    bool complete() const override { return m_frameDone; }

private:
    ZSTD_DCtx* m_ctx;
    bool m_frameDone = false;
    bool m_more = false;
};

} // namespace

DumpReader::DumpReader() = default;
DumpReader::~DumpReader() = default;

Error DumpReader::damaged(const QString& why) const
{
    return Error(Error::Code::InvalidInput, tr("The backup file %1 is damaged.").arg(m_path), why,
                 tr("Use another backup; this one cannot be restored."));
}

namespace {

// Names what a path that is not a regular file is.
Error notARegularFile(const QString& path, mode_t mode)
{
    QString what;
    if (S_ISDIR(mode))
        what = DumpReader::tr("%1 is a folder, not a backup file.").arg(path);
    else if (S_ISFIFO(mode))
        what = DumpReader::tr("%1 is a named pipe, not a backup file.").arg(path);
    else if (S_ISSOCK(mode))
        what = DumpReader::tr("%1 is a socket, not a backup file.").arg(path);
    else if (S_ISCHR(mode) || S_ISBLK(mode))
        what = DumpReader::tr("%1 is a device, not a backup file.").arg(path);
    else
        what = DumpReader::tr("%1 is not a regular file, so not a backup file.").arg(path);
    return Error(Error::Code::InvalidInput, what,
                 DumpReader::tr("A backup is a regular file written by pg_dump or by this panel."),
                 DumpReader::tr("Name the backup file itself."));
}

Error cannotOpen(const QString& path, int err)
{
    return Error(err == ENOENT || err == ENOTDIR ? Error::Code::NotFound : Error::Code::Io,
                 DumpReader::tr("The backup file %1 cannot be opened.").arg(path),
                 qt_error_string(err), DumpReader::tr("Check the path and its permissions."));
}

} // namespace

Status DumpReader::checkIsRegularFile(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return fail(cannotOpen(path, errno));
    if (!S_ISREG(st.st_mode))
        return fail(notARegularFile(path, st.st_mode));
    return {};
}

Status DumpReader::open(const QString& path)
{
    m_path = path;
    // Never open() what is not a regular file: a named pipe would wait for a writer, a device
    // may act on being opened.
    if (auto s = checkIsRegularFile(path); !s)
        return s;
    // It may have been swapped since: open without waiting, and look again at what was opened.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return fail(cannotOpen(path, errno));
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(notARegularFile(path, st.st_mode));
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!m_file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(Error(Error::Code::Io, tr("The backup file %1 cannot be opened.").arg(path),
                          m_file.errorString(), tr("Check the path and its permissions.")));
    }
    m_fileSize = m_file.size();
    const QByteArray head = m_file.peek(512);
    const auto format = BackupFormats::detect(head);
    if (!format)
        return fail(Error(Error::Code::InvalidInput, tr("%1 is not a PostgreSQL backup.").arg(path),
                          head.isEmpty() ? tr("The file is empty.")
                                         : tr("It is neither plain SQL, gzip, zstd nor a "
                                              "pg_dump custom archive."),
                          tr("Choose a file written by pg_dump or by this panel.")));
    m_format = *format;
    if (m_format == BackupFormat::PlainGzip)
        m_decompressor = std::make_unique<GzipDecompressor>();
    else if (m_format == BackupFormat::PlainZstd)
        m_decompressor = std::make_unique<ZstdDecompressor>();
    return {};
}

Status DumpReader::checkContent(bool atEnd)
{
    // A compressed file is a backup only if what it holds is: a valid gzip or zstd stream of
    // anything else is not one (and must not pass as "cut off" or reach psql).
    if (m_contentChecked || !m_decompressor || (m_rawHead.size() < 64 && !atEnd))
        return {};
    m_contentChecked = true;
    const auto inner = BackupFormats::detect(m_rawHead);
    m_rawHead.clear();
    if (inner == BackupFormat::Plain)
        return {};
    return fail(Error(Error::Code::InvalidInput, tr("%1 is not a PostgreSQL backup.").arg(m_path),
                      tr("It is a valid %1 file, but what it holds is not SQL written by pg_dump.")
                          .arg(m_format == BackupFormat::PlainZstd ? QStringLiteral("zstd")
                                                                   : QStringLiteral("gzip")),
                      tr("Choose a file written by pg_dump or by this panel.")));
}

Result<QByteArray> DumpReader::read(qint64 maxFileBytes)
{
    if (m_atEnd)
        return QByteArray();
    for (;;) {
        const QByteArray in = m_file.read(maxFileBytes);
        if (in.isEmpty()) {
            if (m_file.error() != QFileDevice::NoError)
                return fail(Error(Error::Code::Io, tr("Reading %1 failed.").arg(m_path),
                                  m_file.errorString()));
            m_atEnd = true;
            m_sha256Hex = m_hash.hexDigest();
            if (m_decompressor && !m_decompressor->complete())
                return fail(damaged(tr("The compressed data ends too early: the file was cut.")));
            if (auto s = checkContent(true); !s)
                return fail(s.error());
            return QByteArray();
        }
        m_fileRead += in.size();
        m_hash.addData(in);
        QByteArray out;
        if (!m_decompressor) {
            out = in;
        } else {
            QString why;
            if (!m_decompressor->process(in, &out, &why))
                return fail(damaged(why));
            if (!m_contentChecked)
                m_rawHead += out.first(qMin<qsizetype>(out.size(), 512 - m_rawHead.size()));
            if (auto s = checkContent(false); !s)
                return fail(s.error());
        }
        m_rawBytes += out.size();
        m_tail += out.last(qMin<qsizetype>(out.size(), BackupFormats::kTailBytes));
        if (m_tail.size() > BackupFormats::kTailBytes)
            m_tail.remove(0, m_tail.size() - BackupFormats::kTailBytes);
        if (!out.isEmpty())
            return out;
    }
}

} // namespace artgen::core
