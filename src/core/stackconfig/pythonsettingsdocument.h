#pragma once

#include "configerror.h"
#include "pythonscanner.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <optional>
#include <tl/expected.hpp>

namespace artgen::core {

// A Python module of the stack as a document: its bytes, and the number literals that hold its
// settings, found with PythonScanner. Keys: the keyword arguments of the `create_engine(...)`
// call (db.pool_size, db.max_overflow, db.pool_timeout, db.pool_recycle) — in a conditional such
// as `20 if not is_sqlite else 1` the branch that applies to PostgreSQL — and the HTTP client's
// module-level constants (http.pool_connections = POOL_CONNECTIONS, http.pool_maxsize =
// POOL_MAXSIZE, http.connect_timeout and http.read_timeout = the two items of DEFAULT_TIMEOUT).
class PythonSettingsDocument
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::PythonSettingsDocument)

public:
    static tl::expected<PythonSettingsDocument, ConfigError> parse(const QString& name,
                                                                   const QByteArray& bytes);
    static const QStringList& keys();

    const QString& name() const { return m_name; }
    const QByteArray& bytes() const { return m_bytes; }
    bool contains(const QString& key) const
    {
        return m_values.contains(key) || m_problems.contains(key);
    }
    std::optional<QString> value(const QString& key) const;
    int line(const QString& key) const;
    tl::expected<PythonSettingsDocument, ConfigError> withValue(const QString& key,
                                                                const QString& value) const;

private:
    using Token = PythonScanner::Token;
    struct Value
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        int line = 0;
        QByteArray text;
    };

    void engineArguments(const QList<Token>& tokens);
    void constants(const QList<Token>& tokens);
    void assign(const QString& key, const QList<Token>& tokens, qsizetype b, qsizetype e);
    std::optional<Value> number(const QList<Token>& tokens, qsizetype b, qsizetype e,
                                QString* why) const;

    QString m_name;
    QByteArray m_bytes;
    QHash<QString, Value> m_values;
    QHash<QString, ConfigError> m_problems; // found, but not as a value the editor can change
};

} // namespace artgen::core
