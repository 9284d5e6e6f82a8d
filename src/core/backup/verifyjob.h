#pragma once

#include "backupformats.h"
#include "backupmanifest.h"
#include "databasetarget.h"
#include "job/job.h"

#include <memory>
#include <optional>

namespace artgen::core {

class DockerClient;
class DumpReader;
class ExecSession;

// Checks a backup file without touching any database: the format by content, the whole file
// read (and decompressed: gzip and zstd check their own CRC/checksum), the SHA-256 against the
// manifest when there is one, and completeness — plain SQL must end with pg_dump's closing
// line; a custom archive without a manifest is read through by pg_restore in the postgres
// container (which finds a missing or cut data block). Fails with the reason, or succeeds with
// a one-line verdict as the result.
class VerifyJob : public Job
{
    Q_OBJECT

public:
    // `docker` may be null: then a custom archive without a manifest cannot be checked fully.
    VerifyJob(QString file, DockerClient* docker, std::optional<DatabaseTarget> target,
              QObject* parent = nullptr);
    ~VerifyJob() override;

    BackupFormat format() const { return m_format; }
    bool checksumMatched() const { return m_checksumMatched; }
    // The file's SHA-256 as it was read for the check (hex), whether or not it has a manifest.
    QByteArray sha256Hex() const { return m_sha256Hex; }
    const std::optional<BackupManifest>& manifest() const { return m_manifest; }

    // The local part, synchronous (used by RestoreJob too). Sets format/manifest/checksum.
    // Returns true when the container check is still needed (custom without manifest).
    Result<bool> checkLocally(const std::function<bool()>& cancelled,
                              const std::function<void(qint64, qint64)>& progress);

protected:
    void run() override;
    void onCancel() override;

private:
    QString m_file;
    DockerClient* m_docker;
    std::optional<DatabaseTarget> m_target;
    std::optional<BackupManifest> m_manifest;
    BackupFormat m_format = BackupFormat::Plain;
    bool m_checksumMatched = false;
    QByteArray m_sha256Hex;
    ExecSession* m_session = nullptr;
};

} // namespace artgen::core
