#pragma once

#include "util/error.h"

#include <QCoreApplication>
#include <QString>

namespace artgen::core {

// Why a configuration file could not be read or edited, with the place: the file (relative to
// the stack folder) and the 1-based line. Becomes an Error the user reads.
class ConfigError
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ConfigError)

public:
    ConfigError() = default;
    ConfigError(QString file, int line, QString reason)
        : m_file(std::move(file)), m_line(line), m_reason(std::move(reason))
    {}

    const QString& file() const { return m_file; }
    int line() const { return m_line; }
    const QString& reason() const { return m_reason; }
    ConfigError inFile(const QString& file) const { return {file, m_line, m_reason}; }

    // "docker-compose.yml, line 12: …", and the advice that nothing was changed.
    Error toError() const;

private:
    QString m_file;
    int m_line = 0;
    QString m_reason;
};

} // namespace artgen::core
