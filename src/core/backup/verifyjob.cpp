#include "verifyjob.h"

#include "docker/execsession.h"
#include "dumpfeeder.h"
#include "dumpreader.h"

#include <QFileInfo>

namespace artgen::core {

VerifyJob::VerifyJob(QString file, DockerClient* docker, std::optional<DatabaseTarget> target,
                     QObject* parent)
    : Job(tr("Verify %1").arg(QFileInfo(file).fileName()), parent), m_file(std::move(file)),
      m_docker(docker), m_target(std::move(target))
{}

VerifyJob::~VerifyJob() = default;

Result<bool> VerifyJob::checkLocally(const std::function<bool()>& cancelled,
                                     const std::function<void(qint64, qint64)>& progress)
{
    DumpReader reader;
    if (auto s = reader.open(m_file); !s)
        return core::fail(s.error());
    m_format = reader.format();
    const QString manifestPath = BackupManifest::pathFor(m_file);
    if (QFileInfo::exists(manifestPath)) {
        auto manifest = BackupManifest::load(manifestPath);
        if (!manifest)
            return core::fail(manifest.error());
        m_manifest = *manifest;
    }
    while (!reader.atEnd()) {
        if (cancelled())
            return core::fail(Error::cancelled());
        const auto chunk = reader.read(4 << 20);
        if (!chunk)
            return core::fail(chunk.error());
        progress(reader.fileBytesRead(), reader.fileSize());
    }
    const QString name = QFileInfo(m_file).fileName();
    m_sha256Hex = reader.sha256Hex();
    if (m_manifest) {
        m_checksumMatched = reader.sha256Hex() == m_manifest->sha256;
        if (!m_checksumMatched)
            return core::fail(Error(Error::Code::InvalidInput,
                                    tr("%1 does not match its manifest.").arg(name),
                                    tr("The SHA-256 differs: the file was changed or damaged after "
                                       "the backup."),
                                    tr("Use another backup.")));
    }
    if (BackupFormats::isPlainSql(m_format)) {
        if (!BackupFormats::isCompletePlainTail(reader.rawTail()))
            return core::fail(
                Error(Error::Code::InvalidInput, tr("%1 is incomplete.").arg(name),
                      tr("The dump does not end with pg_dump's \"dump complete\" line: "
                         "it was cut off."),
                      tr("Use another backup.")));
        return false;
    }
    return !m_checksumMatched; // custom: the manifest vouches, or pg_restore must read it all
}

void VerifyJob::run()
{
    const auto local =
        checkLocally([this] { return isCancelRequested(); },
                     [this](qint64 done, qint64 total) { reportBytes(done, total); });
    if (!local)
        return local.error().code() == Error::Code::Cancelled ? finishCancelled()
                                                              : fail(local.error());
    const QString name = QFileInfo(m_file).fileName();
    if (!*local)
        return succeed(m_checksumMatched ? tr("%1 is complete and matches its manifest.").arg(name)
                                         : tr("%1 is complete.").arg(name));
    if (!m_docker || !m_target)
        return fail(Error(Error::Code::Unreachable,
                          tr("%1 cannot be checked completely here.").arg(name),
                          tr("A custom-format archive without a manifest is read through by "
                             "pg_restore in the postgres container, and Docker is not reachable."),
                          tr("Start the stack and verify again.")));
    setAsync();
    ExecSession::Options o;
    o.container = m_target->container;
    o.attachStdin = true;
    o.cmd = QStringList{QStringLiteral("pg_restore"), QStringLiteral("-f"),
                        QStringLiteral("/dev/null")};
    m_session = new ExecSession(m_docker, o, this);
    auto reader = std::make_unique<DumpReader>();
    if (auto s = reader->open(m_file); !s)
        return fail(s.error());
    auto* feeder = new DumpFeeder(std::move(reader), m_session, m_session);
    connect(feeder, &DumpFeeder::progress, this, &VerifyJob::reportBytes);
    connect(feeder, &DumpFeeder::failed, this, [this](const Error& e) {
        m_session->abort();
        fail(e);
    });
    auto err = std::make_shared<QByteArray>();
    connect(m_session, &ExecSession::stderrData, this, [err](const QByteArray& d) {
        if (err->size() < 65536)
            *err += d;
    });
    connect(m_session, &ExecSession::finished, this, [this, err, name](const Result<int>& r) {
        if (isFinished())
            return;
        if (!r)
            return r.error().code() == Error::Code::Cancelled ? finishCancelled() : fail(r.error());
        if (*r != 0)
            return fail(
                Error(Error::Code::InvalidInput, tr("%1 is damaged or incomplete.").arg(name),
                      QString::fromUtf8(err->trimmed().right(2000)), tr("Use another backup.")));
        succeed(tr("%1 is complete (pg_restore read all of it).").arg(name));
    });
    m_session->start();
}

void VerifyJob::onCancel()
{
    if (m_session)
        m_session->abort();
}

} // namespace artgen::core
