#pragma once

#include "util/error.h"

#include <QObject>
#include <memory>

namespace artgen::core {

class DumpReader;
class ExecSession;

// Streams a backup file into a command's stdin (psql, pg_restore) at the pace the command
// consumes it: reads the next chunk only when the session's queue is below its low-water mark,
// so memory stays flat whatever the file size. Closes stdin at the end of the file.
//
// A restore must commit only what was checked: with a prologue and an epilogue (BEGIN and
// COMMIT for psql) and the SHA-256 the file had when it was checked, the epilogue — and the
// file's last bytes, held back so that pg_restore cannot reach the end of a custom archive
// either — go out only after the whole file was read and hashed to that value. Anything that ends
// the stream first — a cancel, a killed client, a dropped connection, a file changed since the
// check — leaves the command at end-of-input inside an open transaction, which the server rolls
// back.
class DumpFeeder : public QObject
{
    Q_OBJECT

public:
    DumpFeeder(std::unique_ptr<DumpReader> reader, ExecSession* session, QObject* parent = nullptr);
    ~DumpFeeder() override;

    DumpReader* reader() const { return m_reader.get(); }
    // Set before the session starts.
    void setFraming(QByteArray prologue, QByteArray epilogue);
    void setExpectedSha256(QByteArray hex) { m_expectedSha256 = std::move(hex); }
    // True once the epilogue went out: the whole checked file is in the command's stdin.
    bool sentEverything() const { return m_sentEverything; }

Q_SIGNALS:
    void progress(qint64 fileBytesRead, qint64 fileSize);
    // Reading or decompressing the file failed; the caller aborts the session.
    void failed(const artgen::core::Error& error);

private:
    void pump();

    void fail(const Error& error);

    std::unique_ptr<DumpReader> m_reader;
    ExecSession* m_session;
    QByteArray m_prologue;
    QByteArray m_epilogue;
    QByteArray m_expectedSha256;
    QByteArray m_heldBack;
    bool m_prologueSent = false;
    bool m_sentEverything = false;
    bool m_failed = false;
};

} // namespace artgen::core
