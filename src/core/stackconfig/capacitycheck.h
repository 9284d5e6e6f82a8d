#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace artgen::core {

class ConfigDocuments;

// The worst case of PostgreSQL connections the settings allow: every gunicorn worker and every
// Celery process has its own SQLAlchemy pool, so at most
// workers × (pool_size + max_overflow) + Celery processes × (pool_size + max_overflow), against
// the server's max_connections minus its reserved slots and the instructions' "< 100" check.
class CapacityCheck
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::CapacityCheck)

public:
    struct Input
    {
        int gunicornWorkers = 0;
        int celeryProcesses = 0;
        int poolSize = 0;
        int maxOverflow = 0;
        int maxConnections = 100;    // the server's max_connections (live when reachable)
        int reservedConnections = 3; // superuser_reserved_connections (+ reserved_connections)
        int threshold = 100;         // the instructions: "must be < 100"
    };

    explicit CapacityCheck(const Input& input) : m_in(input) {}
    // The counts from the documents, or nothing when one of them is not set there.
    static std::optional<CapacityCheck> fromDocuments(const ConfigDocuments& documents,
                                                      int maxConnections, int reservedConnections);

    const Input& input() const { return m_in; }
    int perProcess() const { return m_in.poolSize + m_in.maxOverflow; }
    int worstCase() const { return (m_in.gunicornWorkers + m_in.celeryProcesses) * perProcess(); }
    int available() const { return m_in.maxConnections - m_in.reservedConnections; }
    bool exceedsServer() const { return worstCase() > available(); }
    bool exceedsThreshold() const { return worstCase() >= m_in.threshold; }
    bool ok() const { return !exceedsServer() && !exceedsThreshold(); }
    // These are the deployment instructions' own "optimized" counts.
    bool isInstructionsOptimized() const;

    // "8 × (20 + 40) + 12 × (20 + 40) = 1200"
    QString arithmetic() const;
    // The arithmetic and the verdict as sentences in the UI language.
    QString report() const;

private:
    Input m_in;
};

} // namespace artgen::core
