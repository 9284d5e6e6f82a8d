#include "configpreset.h"

namespace artgen::core {

static void setPool(ConfigChange* c)
{
    c->set(QStringLiteral("db.pool_size"), QStringLiteral("20"));
    c->set(QStringLiteral("db.max_overflow"), QStringLiteral("40"));
    c->set(QStringLiteral("db.pool_timeout"), QStringLiteral("5"));
    c->set(QStringLiteral("db.pool_recycle"), QStringLiteral("300"));
}

static void setTimeouts(ConfigChange* c, const QString& seconds)
{
    for (const char* k :
         {"nginx.proxy_read_timeout", "nginx.proxy_connect_timeout", "nginx.proxy_send_timeout"})
        c->set(QString::fromLatin1(k), seconds);
}

ConfigPreset ConfigPreset::optimized()
{
    ConfigChange c;
    setTimeouts(&c, QStringLiteral("180"));
    // The rate first: on a file without a limit it adds the zone and the limit_req that the
    // burst and nodelay then change.
    c.set(QStringLiteral("nginx.rate"), QStringLiteral("20r/s"));
    c.set(QStringLiteral("nginx.burst"), QStringLiteral("40"));
    c.set(QStringLiteral("nginx.nodelay"), QStringLiteral("on"));
    c.set(QStringLiteral("gunicorn.workers"), QStringLiteral("8"));
    c.set(QStringLiteral("celery.concurrency"), QStringLiteral("12"));
    setPool(&c);
    return ConfigPreset(QStringLiteral("optimized"), c);
}

ConfigPreset ConfigPreset::previous()
{
    ConfigChange c;
    setTimeouts(&c, QStringLiteral("60"));
    c.set(QStringLiteral("nginx.rate"), QStringLiteral("off"));
    c.set(QStringLiteral("gunicorn.workers"), QStringLiteral("4"));
    c.set(QStringLiteral("celery.concurrency"), QStringLiteral("8"));
    setPool(&c);
    return ConfigPreset(QStringLiteral("previous"), c);
}

ConfigPreset ConfigPreset::user(const QString& name, ConfigChange change)
{
    return ConfigPreset(name, std::move(change), true);
}

std::optional<ConfigPreset> ConfigPreset::findBuiltIn(const QString& id)
{
    for (const ConfigPreset& p : builtIn())
        if (p.id() == id)
            return p;
    return std::nullopt;
}

QString ConfigPreset::name() const
{
    if (m_user)
        return m_id;
    return m_id == u"optimized" ? tr("Optimized") : tr("Previous");
}

QString ConfigPreset::description() const
{
    if (m_user) {
        QStringList values;
        for (const ConfigChange::Edit& e : m_change.edits())
            values << e.key + u'=' + e.value;
        return tr("Saved values: %1").arg(values.join(QStringLiteral(", ")));
    }
    return m_id == u"optimized"
               ? tr("The deployment instructions' values: timeouts 180 s, 20 requests/s with a "
                    "burst of 40 "
                    "(nodelay), 8 gunicorn workers, Celery concurrency 12, pool 20/40/5/300.")
               : tr("The values before the optimization (the instructions' rollback): timeouts 60 "
                    "s, no rate "
                    "limit, 4 gunicorn workers, Celery concurrency 8, pool 20/40/5/300.");
}

} // namespace artgen::core
