#include "configkey.h"

#include "nginxtime.h"

#include <QRegularExpression>

namespace artgen::core {

static constexpr double kUnbounded = 1e9;

ConfigKey::ConfigKey(const char* id, File file, Type type, double min, double max,
                     const char* label, const char* description)
    : m_id(QString::fromLatin1(id)), m_file(file), m_type(type), m_min(min), m_max(max),
      m_label(label), m_description(description)
{}

const QList<ConfigKey>& ConfigKey::all()
{
    using F = File;
    using T = Type;
    static const QList<ConfigKey> keys = {
        {"nginx.proxy_read_timeout", F::Nginx, T::Seconds, 1, 3600,
         QT_TR_NOOP("Proxy read timeout"),
         QT_TR_NOOP("How long nginx waits for the backend's answer to a request to /api/.")},
        {"nginx.proxy_connect_timeout", F::Nginx, T::Seconds, 1, 3600,
         QT_TR_NOOP("Proxy connect timeout"),
         QT_TR_NOOP("How long nginx waits to connect to the backend.")},
        {"nginx.proxy_send_timeout", F::Nginx, T::Seconds, 1, 3600,
         QT_TR_NOOP("Proxy send timeout"),
         QT_TR_NOOP("How long nginx waits while sending a request to the backend.")},
        {"nginx.rate", F::Nginx, T::Rate, 0, kUnbounded, QT_TR_NOOP("Rate limit"),
         QT_TR_NOOP("Requests per client address that /api/ accepts (limit_req_zone); \"off\" "
                    "removes the limit.")},
        {"nginx.burst", F::Nginx, T::Integer, 0, 100000, QT_TR_NOOP("Burst"),
         QT_TR_NOOP(
             "Requests above the rate that nginx queues before it answers 429 (limit_req burst).")},
        {"nginx.nodelay", F::Nginx, T::Switch, 0, 1, QT_TR_NOOP("No delay"),
         QT_TR_NOOP(
             "Serve the burst at once instead of spacing it out at the rate (limit_req nodelay).")},
        {"gunicorn.workers", F::Compose, T::Integer, 1, 64, QT_TR_NOOP("Gunicorn workers"),
         QT_TR_NOOP("Backend worker processes (gunicorn --workers).")},
        {"gunicorn.worker_class", F::Compose, T::Word, 0, 0, QT_TR_NOOP("Gunicorn worker class"),
         QT_TR_NOOP("The worker type gunicorn runs (--worker-class), e.g. "
                    "uvicorn.workers.UvicornWorker.")},
        {"celery.concurrency", F::Compose, T::Integer, 1, 256, QT_TR_NOOP("Celery concurrency"),
         QT_TR_NOOP("Celery worker processes (--concurrency).")},
        {"db.pool_size", F::Database, T::Integer, 0, 10000, QT_TR_NOOP("Database pool size"),
         QT_TR_NOOP("PostgreSQL connections each process keeps open (pool_size).")},
        {"db.max_overflow", F::Database, T::Integer, 0, 10000, QT_TR_NOOP("Database pool overflow"),
         QT_TR_NOOP("Extra connections a process may open above the pool size (max_overflow).")},
        {"db.pool_timeout", F::Database, T::Integer, 0, 3600, QT_TR_NOOP("Database pool timeout"),
         QT_TR_NOOP("Seconds a request waits for a free connection (pool_timeout).")},
        {"db.pool_recycle", F::Database, T::Integer, 0, 86400,
         QT_TR_NOOP("Database connection recycle"),
         QT_TR_NOOP("Seconds after which a connection is replaced (pool_recycle).")},
        {"http.pool_connections", F::HttpClient, T::Integer, 1, 10000,
         QT_TR_NOOP("HTTP client hosts"),
         QT_TR_NOOP(
             "Distinct hosts the outgoing HTTP client keeps connections for (POOL_CONNECTIONS).")},
        {"http.pool_maxsize", F::HttpClient, T::Integer, 1, 10000,
         QT_TR_NOOP("HTTP client connections per host"),
         QT_TR_NOOP("Connections the outgoing HTTP client keeps per host (POOL_MAXSIZE).")},
        {"http.connect_timeout", F::HttpClient, T::Decimal, 0.001, 3600,
         QT_TR_NOOP("HTTP client connect timeout"),
         QT_TR_NOOP(
             "Seconds the outgoing HTTP client waits to connect (DEFAULT_TIMEOUT, first item).")},
        {"http.read_timeout", F::HttpClient, T::Decimal, 0.001, 3600,
         QT_TR_NOOP("HTTP client read timeout"),
         QT_TR_NOOP("Seconds the outgoing HTTP client waits for an answer (DEFAULT_TIMEOUT, second "
                    "item).")},
    };
    return keys;
}

const ConfigKey* ConfigKey::find(const QString& id)
{
    for (const ConfigKey& k : all())
        if (k.m_id == id)
            return &k;
    return nullptr;
}

QString ConfigKey::path(File file)
{
    switch (file) {
    case File::Nginx:
        return QStringLiteral("nginx-docker.conf");
    case File::Compose:
        return QStringLiteral("Docker_all/docker-compose.yml");
    case File::Database:
        return QStringLiteral("app/database/db.py");
    case File::HttpClient:
        return QStringLiteral("app/utils/http_client.py");
    }
    return {};
}

QString ConfigKey::label() const
{
    return tr(m_label);
}

QString ConfigKey::description() const
{
    return tr(m_description);
}

QString ConfigKey::range() const
{
    switch (m_type) {
    case Type::Seconds:
        return tr("%1 s … %2 s").arg(m_min).arg(m_max);
    case Type::Decimal:
        return tr("more than 0 s, at most %1 s").arg(m_max);
    case Type::Rate:
        return tr("more than 0 r/s or r/m, or off");
    case Type::Switch:
        return tr("on or off");
    case Type::Word:
        return tr("a Python class path");
    case Type::Integer:
        break;
    }
    return m_max >= kUnbounded ? tr("at least %1").arg(m_min) : tr("%1 … %2").arg(m_min).arg(m_max);
}

tl::expected<QString, QString> ConfigKey::inRange(double value, const QString& text) const
{
    if (value < m_min || value > m_max)
        return tl::unexpected(tr("%1 is out of range (%2)").arg(text, range()));
    return text;
}

std::optional<double> ConfigKey::number(const QString& text) const
{
    bool ok = false;
    switch (m_type) {
    case Type::Seconds: {
        const auto ms = NginxTime::parse(text.trimmed().toUtf8());
        return ms ? std::optional(double(*ms) / 1000) : std::nullopt;
    }
    case Type::Rate: {
        static const QRegularExpression re(QStringLiteral("^(\\d+)r/(s|m)$"));
        const auto m = re.match(text.trimmed());
        if (!m.hasMatch())
            return std::nullopt;
        return m.captured(1).toDouble() / (m.captured(2) == u"m" ? 60 : 1);
    }
    case Type::Switch:
        return text == u"on" ? 1 : text == u"off" ? std::optional(0.0) : std::nullopt;
    case Type::Word:
        return std::nullopt;
    case Type::Integer:
    case Type::Decimal:
        break;
    }
    const double v = text.trimmed().toDouble(&ok);
    return ok ? std::optional(v) : std::nullopt;
}

tl::expected<QString, QString> ConfigKey::normalized(const QString& input) const
{
    const QString text = input.trimmed();
    switch (m_type) {
    case Type::Seconds: {
        const auto ms = NginxTime::parse(text.toUtf8());
        if (!ms || *ms % 1000 != 0)
            return tl::unexpected(
                tr("\"%1\" is not a time in whole seconds (like 180, 180s or 3m)").arg(text));
        return inRange(double(*ms / 1000), QString::number(*ms / 1000));
    }
    case Type::Rate: {
        if (text == u"off")
            return text;
        static const QRegularExpression re(QStringLiteral("^(\\d{1,9})(?:r/(s|m))?$"));
        const auto m = re.match(text);
        if (!m.hasMatch() || m.captured(1).toLongLong() <= 0)
            return tl::unexpected(
                tr("\"%1\" is not a rate above 0 (like 20r/s or 600r/m) or off").arg(text));
        return m.captured(1) + u"r/" +
               (m.captured(2).isEmpty() ? QStringLiteral("s") : m.captured(2));
    }
    case Type::Switch: {
        static const QStringList on = {QStringLiteral("on"), QStringLiteral("true"),
                                       QStringLiteral("yes"), QStringLiteral("1")};
        static const QStringList off = {QStringLiteral("off"), QStringLiteral("false"),
                                        QStringLiteral("no"), QStringLiteral("0")};
        if (on.contains(text.toLower()))
            return QStringLiteral("on");
        if (off.contains(text.toLower()))
            return QStringLiteral("off");
        return tl::unexpected(tr("\"%1\" is neither on nor off").arg(text));
    }
    case Type::Word: {
        static const QRegularExpression re(
            QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"));
        if (!re.match(text).hasMatch())
            return tl::unexpected(tr("\"%1\" is not a Python class path").arg(text));
        return text;
    }
    case Type::Integer: {
        static const QRegularExpression re(QStringLiteral("^-?\\d{1,9}$"));
        if (!re.match(text).hasMatch())
            return tl::unexpected(tr("\"%1\" is not a whole number").arg(text));
        return inRange(text.toDouble(), QString::number(text.toLongLong()));
    }
    case Type::Decimal: {
        static const QRegularExpression re(QStringLiteral("^\\d{1,9}(\\.\\d{1,6})?$"));
        if (!re.match(text).hasMatch())
            return tl::unexpected(tr("\"%1\" is not a number of seconds").arg(text));
        return inRange(text.toDouble(), text);
    }
    }
    return tl::unexpected(QString());
}

} // namespace artgen::core
