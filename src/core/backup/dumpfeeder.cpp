#include "dumpfeeder.h"

#include "docker/execsession.h"
#include "dumpreader.h"

#include <utility>

namespace artgen::core {

namespace {
constexpr qint64 kHighWater = 4 << 20;
// What is held back until the checksum is known: more than any trailer pg_dump writes.
constexpr qsizetype kHoldBack = 64 << 10;
} // namespace

DumpFeeder::DumpFeeder(std::unique_ptr<DumpReader> reader, ExecSession* session, QObject* parent)
    : QObject(parent), m_reader(std::move(reader)), m_session(session)
{
    connect(session, &ExecSession::started, this, &DumpFeeder::pump);
    connect(session, &ExecSession::stdinDrained, this, &DumpFeeder::pump);
}

DumpFeeder::~DumpFeeder() = default;

void DumpFeeder::setFraming(QByteArray prologue, QByteArray epilogue)
{
    m_prologue = std::move(prologue);
    m_epilogue = std::move(epilogue);
}

void DumpFeeder::fail(const Error& error)
{
    m_failed = true;
    Q_EMIT failed(error);
}

void DumpFeeder::pump()
{
    if (m_failed || m_sentEverything || !m_session->isRunning())
        return;
    if (!m_prologueSent) {
        m_prologueSent = true;
        if (!m_prologue.isEmpty())
            m_session->writeStdin(m_prologue);
    }
    while (!m_reader->atEnd() && m_session->stdinPending() < kHighWater) {
        const auto chunk = m_reader->read(1 << 20);
        if (!chunk)
            return fail(chunk.error());
        m_heldBack += *chunk;
        if (m_heldBack.size() > kHoldBack) {
            m_session->writeStdin(m_heldBack.first(m_heldBack.size() - kHoldBack));
            m_heldBack.remove(0, m_heldBack.size() - kHoldBack);
        }
        Q_EMIT progress(m_reader->fileBytesRead(), m_reader->fileSize());
    }
    if (!m_reader->atEnd())
        return;
    if (!m_expectedSha256.isEmpty() && m_reader->sha256Hex() != m_expectedSha256)
        return fail(Error(Error::Code::InvalidInput,
                          tr("The backup file changed after it was checked; nothing was "
                             "committed."),
                          tr("Its SHA-256 was %1 when checked and %2 while restoring.")
                              .arg(QString::fromLatin1(m_expectedSha256.left(16)),
                                   QString::fromLatin1(m_reader->sha256Hex().left(16))),
                          tr("Make sure nothing writes to the file, then restore again.")));
    m_sentEverything = true;
    if (!m_heldBack.isEmpty())
        m_session->writeStdin(std::exchange(m_heldBack, {}));
    if (!m_epilogue.isEmpty())
        m_session->writeStdin(m_epilogue);
    m_session->closeStdin();
}

} // namespace artgen::core
