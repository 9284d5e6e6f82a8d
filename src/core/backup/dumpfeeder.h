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
class DumpFeeder : public QObject
{
    Q_OBJECT

public:
    DumpFeeder(std::unique_ptr<DumpReader> reader, ExecSession* session, QObject* parent = nullptr);
    ~DumpFeeder() override;

    DumpReader* reader() const { return m_reader.get(); }

Q_SIGNALS:
    void progress(qint64 fileBytesRead, qint64 fileSize);
    // Reading or decompressing the file failed; the caller aborts the session.
    void failed(const artgen::core::Error& error);

private:
    void pump();

    std::unique_ptr<DumpReader> m_reader;
    ExecSession* m_session;
    bool m_failed = false;
};

} // namespace artgen::core
