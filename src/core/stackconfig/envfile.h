#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace artgen::core {

// A docker-compose `.env` file: KEY=VALUE lines, `#` comments, optional `export ` prefix and
// single or double quotes, as compose itself reads them. The stack's credentials live here.
class EnvFile
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::EnvFile)

public:
    static Result<EnvFile> load(const QString& path);
    static EnvFile parse(const QByteArray& text);

    bool contains(const QString& key) const { return m_values.contains(key); }
    QString value(const QString& key, const QString& fallback = {}) const;
    const QMap<QString, QString>& values() const { return m_values; }
    // Lines that are neither blank, comment nor KEY=VALUE (1-based), for a clear error report.
    const QList<int>& malformedLines() const { return m_malformed; }

private:
    QMap<QString, QString> m_values;
    QList<int> m_malformed;
};

} // namespace artgen::core
