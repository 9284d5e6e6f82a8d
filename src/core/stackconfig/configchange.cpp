#include "configchange.h"

#include <algorithm>

namespace artgen::core {

tl::expected<ConfigChange, Error> ConfigChange::fromArguments(const QStringList& arguments)
{
    ConfigChange change;
    for (const QString& a : arguments) {
        const qsizetype eq = a.indexOf(u'=');
        if (eq <= 0)
            return tl::unexpected(
                Error(Error::Code::InvalidInput, tr("\"%1\" is not KEY=VALUE.").arg(a), {},
                      tr("Write each setting as KEY=VALUE, e.g. gunicorn.workers=8.")));
        change.set(a.left(eq).trimmed(), a.mid(eq + 1).trimmed());
    }
    return change;
}

void ConfigChange::set(const QString& key, const QString& value, bool allOccurrences)
{
    for (Edit& e : m_edits)
        if (e.key == key) {
            e = {key, value, allOccurrences};
            return;
        }
    m_edits.append({key, value, allOccurrences});
}

tl::expected<ConfigDocuments, Error> ConfigChange::applyTo(const ConfigDocuments& documents) const
{
    ConfigDocuments next = documents;
    for (const Edit& e : m_edits) {
        const ConfigKey* key = ConfigKey::find(e.key);
        if (!key)
            return tl::unexpected(
                ConfigError({}, 0, tr("\"%1\" is not a setting the editor knows").arg(e.key))
                    .toError());
        const auto value = key->normalized(e.value);
        if (!value)
            return tl::unexpected(ConfigError(next.file(e.key), next.line(e.key),
                                              tr("%1: %2").arg(e.key, value.error()))
                                      .toError());
        auto edited = next.withValue(e.key, *value,
                                     e.allOccurrences ? NginxDocument::Scope::All
                                                      : NginxDocument::Scope::Default);
        if (!edited)
            return tl::unexpected(edited.error().toError());
        next = std::move(*edited);
    }
    return next;
}

QStringList ConfigChange::changedFiles(const ConfigDocuments& before, const ConfigDocuments& after)
{
    const QHash<QString, QByteArray> a = before.bytes();
    const QHash<QString, QByteArray> b = after.bytes();
    QStringList out;
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        if (a.value(it.key()) != it.value())
            out << it.key();
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace artgen::core
