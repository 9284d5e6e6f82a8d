#include "dumpfeeder.h"

#include "docker/execsession.h"
#include "dumpreader.h"

namespace artgen::core {

namespace {
constexpr qint64 kHighWater = 4 << 20;
}

DumpFeeder::DumpFeeder(std::unique_ptr<DumpReader> reader, ExecSession* session, QObject* parent)
    : QObject(parent), m_reader(std::move(reader)), m_session(session)
{
    connect(session, &ExecSession::started, this, &DumpFeeder::pump);
    connect(session, &ExecSession::stdinDrained, this, &DumpFeeder::pump);
}

DumpFeeder::~DumpFeeder() = default;

void DumpFeeder::pump()
{
    while (!m_failed && m_session->isRunning() && !m_reader->atEnd() &&
           m_session->stdinPending() < kHighWater) {
        const auto chunk = m_reader->read(1 << 20);
        if (!chunk) {
            m_failed = true;
            Q_EMIT failed(chunk.error());
            return;
        }
        if (!chunk->isEmpty())
            m_session->writeStdin(*chunk);
        Q_EMIT progress(m_reader->fileBytesRead(), m_reader->fileSize());
    }
    if (!m_failed && m_reader->atEnd())
        m_session->closeStdin();
}

} // namespace artgen::core
