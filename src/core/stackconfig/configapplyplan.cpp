#include "configapplyplan.h"

#include "stackroles.h"

#include <algorithm>

namespace artgen::core {

Result<ConfigApplyPlan> ConfigApplyPlan::fromChange(const ConfigDocuments& current,
                                                    const ConfigChange& change)
{
    const auto after = change.applyTo(current);
    if (!after)
        return fail(after.error());
    ConfigApplyPlan plan = fromFiles(current.bytes(), after->bytes());
    plan.m_values = diffValues(current, *after);
    return plan;
}

ConfigApplyPlan ConfigApplyPlan::fromFiles(const QHash<QString, QByteArray>& current,
                                           const QHash<QString, QByteArray>& target)
{
    ConfigApplyPlan plan;
    for (auto it = target.cbegin(); it != target.cend(); ++it)
        if (current.value(it.key()) != it.value())
            plan.m_files.append({it.key(), current.value(it.key()), it.value()});
    std::sort(plan.m_files.begin(), plan.m_files.end(),
              [](const FileChange& a, const FileChange& b) { return a.path < b.path; });
    QHash<QString, QByteArray> merged = current;
    for (auto it = target.cbegin(); it != target.cend(); ++it)
        merged.insert(it.key(), it.value());
    const auto before = ConfigDocuments::parse(current);
    const auto after = ConfigDocuments::parse(merged);
    if (before && after)
        plan.m_values = diffValues(*before, *after);
    return plan;
}

QList<ConfigValueChange> ConfigApplyPlan::diffValues(const ConfigDocuments& before,
                                                     const ConfigDocuments& after)
{
    QList<ConfigValueChange> out;
    for (const ConfigKey& key : ConfigKey::all()) {
        const QString a = before.value(key.id()).value_or(QString());
        const QString b = after.value(key.id()).value_or(QString());
        if (a != b)
            out.append({key.id(), a, b});
    }
    return out;
}

QStringList ConfigApplyPlan::paths() const
{
    QStringList out;
    for (const FileChange& f : m_files)
        out << f.path;
    return out;
}

QString ConfigApplyPlan::summary() const
{
    QStringList parts;
    for (const ConfigValueChange& v : m_values)
        parts << tr("%1 %2 → %3")
                     .arg(v.key, v.before.isEmpty() ? tr("(absent)") : v.before,
                          v.after.isEmpty() ? tr("(absent)") : v.after);
    if (parts.isEmpty() && !m_files.isEmpty())
        return tr("%1 changed").arg(paths().join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(", "));
}

bool ConfigApplyPlan::changes(ConfigKey::File file) const
{
    // The nginx file's includes are nginx's too: anything that is not one of the other three.
    const QStringList others = {ConfigKey::path(ConfigKey::File::Compose),
                                ConfigKey::path(ConfigKey::File::Database),
                                ConfigKey::path(ConfigKey::File::HttpClient)};
    for (const FileChange& f : m_files) {
        if (file == ConfigKey::File::Nginx ? !others.contains(f.path)
                                           : f.path == ConfigKey::path(file))
            return true;
    }
    return false;
}

bool ConfigApplyPlan::reloadsNginx() const
{
    return changes(ConfigKey::File::Nginx);
}

QStringList ConfigApplyPlan::recreatedServices() const
{
    if (!changes(ConfigKey::File::Compose))
        return {};
    const QString backend = StackRoles::service(StackRole::Backend);
    const QString celery = StackRoles::service(StackRole::Celery);
    QStringList out;
    for (const ConfigValueChange& v : m_values) {
        if (v.key.startsWith(u"gunicorn.") && !out.contains(backend))
            out << backend;
        if (v.key.startsWith(u"celery.") && !out.contains(celery))
            out << celery;
    }
    // The compose file changed in a way no known key names (a rollback to bytes that do not
    // parse any more, say): recreating both app services is the safe reading.
    if (out.isEmpty())
        out << backend << celery;
    std::sort(out.begin(), out.end());
    return out;
}

QStringList ConfigApplyPlan::restartedServices() const
{
    if (!changes(ConfigKey::File::Database) && !changes(ConfigKey::File::HttpClient))
        return {};
    const QStringList recreated = recreatedServices();
    QStringList out;
    for (StackRole role : StackRoles::workers())
        if (!recreated.contains(StackRoles::service(role)))
            out << StackRoles::service(role);
    return out;
}

QStringList ConfigApplyPlan::pendingActions() const
{
    QStringList out;
    if (reloadsNginx())
        out << tr("Reload nginx: docker exec %1 nginx -s reload")
                   .arg(StackRoles::defaultContainer(StackRole::Frontend));
    const QStringList recreated = recreatedServices();
    if (!recreated.isEmpty())
        out << tr("Recreate %1 with the new command: docker compose up -d --no-deps %1")
                   .arg(recreated.join(u' '));
    const QStringList restarted = restartedServices();
    if (!restarted.isEmpty())
        out << tr("Restart %1 so the app reads the new pool settings: docker compose restart %1")
                   .arg(restarted.join(u' '));
    return out;
}

} // namespace artgen::core
