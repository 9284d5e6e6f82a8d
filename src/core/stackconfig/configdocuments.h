#pragma once

#include "composecommanddocument.h"
#include "configerror.h"
#include "configkey.h"
#include "nginxdocument.h"
#include "pythonsettingsdocument.h"

#include <QHash>
#include <QString>
#include <optional>
#include <tl/expected.hpp>

namespace artgen::core {

// The four files of the stack the configuration editor changes, as documents built from their
// bytes (no I/O here): nginx-docker.conf (with its includes), Docker_all/docker-compose.yml,
// app/database/db.py and app/utils/http_client.py. A value type: an edit returns new documents.
class ConfigDocuments
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ConfigDocuments)

public:
    // `files`: the bytes by path relative to the stack folder (ConfigKey::path).
    static tl::expected<ConfigDocuments, ConfigError>
    parse(const QHash<QString, QByteArray>& files,
          const NginxDocument::IncludeResolver& includes = {});

    const NginxDocument& nginx() const { return m_nginx; }
    const ComposeCommandDocument& compose() const { return m_compose; }
    const PythonSettingsDocument& database() const { return m_database; }
    const PythonSettingsDocument& httpClient() const { return m_httpClient; }

    // The value as its file writes it; nothing when the setting is absent.
    std::optional<QString> value(const QString& key) const;
    // The 1-based line of the value (0 when absent) and the file (relative path) that holds it.
    int line(const QString& key) const;
    QString file(const QString& key) const;
    // Every file's bytes, the nginx includes too, by relative path.
    QHash<QString, QByteArray> bytes() const;

    // `value` normalized by the key (ConfigKey::normalized).
    tl::expected<ConfigDocuments, ConfigError>
    withValue(const QString& key, const QString& value,
              NginxDocument::Scope scope = NginxDocument::Scope::Default) const;

private:
    NginxDocument m_nginx;
    ComposeCommandDocument m_compose;
    PythonSettingsDocument m_database;
    PythonSettingsDocument m_httpClient;
};

} // namespace artgen::core
