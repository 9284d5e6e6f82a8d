#include "configdocuments.h"

namespace artgen::core {

using File = ConfigKey::File;

template <typename Doc>
static tl::expected<void, ConfigError> take(tl::expected<Doc, ConfigError> parsed, Doc* into)
{
    if (!parsed)
        return tl::unexpected(parsed.error());
    *into = std::move(*parsed);
    return {};
}

tl::expected<ConfigDocuments, ConfigError>
ConfigDocuments::parse(const QHash<QString, QByteArray>& files,
                       const NginxDocument::IncludeResolver& includes)
{
    ConfigDocuments docs;
    for (File f : {File::Nginx, File::Compose, File::Database, File::HttpClient})
        if (!files.contains(ConfigKey::path(f)))
            return tl::unexpected(ConfigError(ConfigKey::path(f), 0, tr("the file is missing")));
    const auto bytes = [&](File f) {
        return files.value(ConfigKey::path(f));
    };
    tl::expected<void, ConfigError> ok =
        take(NginxDocument::parse(ConfigKey::path(File::Nginx), bytes(File::Nginx), includes),
             &docs.m_nginx);
    if (ok)
        ok = take(
            ComposeCommandDocument::parse(ConfigKey::path(File::Compose), bytes(File::Compose)),
            &docs.m_compose);
    if (ok)
        ok = take(
            PythonSettingsDocument::parse(ConfigKey::path(File::Database), bytes(File::Database)),
            &docs.m_database);
    if (ok)
        ok = take(PythonSettingsDocument::parse(ConfigKey::path(File::HttpClient),
                                                bytes(File::HttpClient)),
                  &docs.m_httpClient);
    if (!ok)
        return tl::unexpected(ok.error());
    return docs;
}

std::optional<QString> ConfigDocuments::value(const QString& key) const
{
    const ConfigKey* k = ConfigKey::find(key);
    if (!k)
        return std::nullopt;
    switch (k->file()) {
    case File::Nginx:
        return m_nginx.value(key);
    case File::Compose:
        return m_compose.value(key);
    case File::Database:
        return m_database.value(key);
    case File::HttpClient:
        return m_httpClient.value(key);
    }
    return std::nullopt;
}

int ConfigDocuments::line(const QString& key) const
{
    const ConfigKey* k = ConfigKey::find(key);
    if (!k)
        return 0;
    switch (k->file()) {
    case File::Nginx: {
        for (const auto& o : m_nginx.occurrences(key))
            if (o.isDefault)
                return o.line;
        return 0;
    }
    case File::Compose:
        return m_compose.line(key);
    case File::Database:
        return m_database.line(key);
    case File::HttpClient:
        return m_httpClient.line(key);
    }
    return 0;
}

QString ConfigDocuments::file(const QString& key) const
{
    const ConfigKey* k = ConfigKey::find(key);
    if (!k)
        return {};
    if (k->file() == File::Nginx)
        for (const auto& o : m_nginx.occurrences(key))
            if (o.isDefault)
                return o.file;
    return ConfigKey::path(k->file());
}

QHash<QString, QByteArray> ConfigDocuments::bytes() const
{
    QHash<QString, QByteArray> out;
    for (const auto& s : m_nginx.sources())
        out.insert(s.name, s.bytes);
    out.insert(m_compose.name(), m_compose.bytes());
    out.insert(m_database.name(), m_database.bytes());
    out.insert(m_httpClient.name(), m_httpClient.bytes());
    return out;
}

tl::expected<ConfigDocuments, ConfigError>
ConfigDocuments::withValue(const QString& key, const QString& value,
                           NginxDocument::Scope scope) const
{
    const ConfigKey* k = ConfigKey::find(key);
    if (!k)
        return tl::unexpected(
            ConfigError({}, 0, tr("\"%1\" is not a setting the editor knows").arg(key)));
    ConfigDocuments next = *this;
    tl::expected<void, ConfigError> ok;
    switch (k->file()) {
    case File::Nginx:
        ok = take(m_nginx.withValue(key, value, scope), &next.m_nginx);
        break;
    case File::Compose:
        ok = take(m_compose.withValue(key, value), &next.m_compose);
        break;
    case File::Database:
        ok = take(m_database.withValue(key, value), &next.m_database);
        break;
    case File::HttpClient:
        ok = take(m_httpClient.withValue(key, value), &next.m_httpClient);
        break;
    }
    if (!ok)
        return tl::unexpected(ok.error());
    return next;
}

} // namespace artgen::core
