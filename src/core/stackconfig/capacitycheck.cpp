#include "capacitycheck.h"

#include "configdocuments.h"

namespace artgen::core {

std::optional<CapacityCheck> CapacityCheck::fromDocuments(const ConfigDocuments& documents,
                                                          int maxConnections,
                                                          int reservedConnections)
{
    const auto count = [&](const char* key) -> std::optional<int> {
        const ConfigKey* k = ConfigKey::find(QString::fromLatin1(key));
        const auto text = documents.value(k->id());
        const auto n = text ? k->number(*text) : std::nullopt;
        return n ? std::optional(int(*n)) : std::nullopt;
    };
    const auto workers = count("gunicorn.workers");
    const auto celery = count("celery.concurrency");
    const auto pool = count("db.pool_size");
    const auto overflow = count("db.max_overflow");
    if (!workers || !celery || !pool || !overflow)
        return std::nullopt;
    return CapacityCheck(
        {*workers, *celery, *pool, *overflow, maxConnections, reservedConnections, 100});
}

bool CapacityCheck::isInstructionsOptimized() const
{
    return m_in.gunicornWorkers == 8 && m_in.celeryProcesses == 12 && m_in.poolSize == 20 &&
           m_in.maxOverflow == 40;
}

QString CapacityCheck::arithmetic() const
{
    const QString pool = QStringLiteral("(%1 + %2)").arg(m_in.poolSize).arg(m_in.maxOverflow);
    return QStringLiteral("%1 × %2 + %3 × %2 = %4")
        .arg(m_in.gunicornWorkers)
        .arg(pool)
        .arg(m_in.celeryProcesses)
        .arg(worstCase());
}

QString CapacityCheck::report() const
{
    QStringList parts;
    parts << tr("At worst the stack opens %1 PostgreSQL connections: %2 gunicorn workers and %3 "
                "Celery "
                "processes, each with a pool of %4 + %5 (%6).")
                 .arg(worstCase())
                 .arg(m_in.gunicornWorkers)
                 .arg(m_in.celeryProcesses)
                 .arg(m_in.poolSize)
                 .arg(m_in.maxOverflow)
                 .arg(arithmetic());
    if (exceedsServer())
        parts << tr("That is more than the server accepts: max_connections %1 minus %2 reserved "
                    "leaves %3.")
                     .arg(m_in.maxConnections)
                     .arg(m_in.reservedConnections)
                     .arg(available());
    else
        parts << tr("The server accepts %1 (max_connections %2 minus %3 reserved).")
                     .arg(available())
                     .arg(m_in.maxConnections)
                     .arg(m_in.reservedConnections);
    if (exceedsThreshold())
        parts
            << tr("It is not below the instructions' limit of %1 connections.").arg(m_in.threshold);
    if (isInstructionsOptimized() && !ok())
        parts << tr(
            "These are the deployment instructions' own optimized values: under full load they "
            "allow more connections than the instructions' own check does.");
    return parts.join(u' ');
}

} // namespace artgen::core
