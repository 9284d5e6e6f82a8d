#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>
#include <tl/expected.hpp>

namespace artgen::core {

// One setting the configuration editor changes: its key ("gunicorn.workers"), the file that
// holds it, its type and allowed range, and its translated label and description. The registry
// is the one place these rules live (the page and artgenctl read them from here).
class ConfigKey
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ConfigKey)

public:
    enum class File { Nginx, Compose, Database, HttpClient };
    enum class Type {
        Integer,
        Seconds, // an nginx time: "180", "180s", "3m"
        Decimal, // a Python number of seconds
        Rate,    // "20r/s", "600r/m", or "off" (no rate limit)
        Switch,  // "on" / "off"
        Word,    // a dotted Python name
    };

    static const QList<ConfigKey>& all();
    static const ConfigKey* find(const QString& id);
    // The file's path relative to the stack folder.
    static QString path(File file);

    const QString& id() const { return m_id; }
    File file() const { return m_file; }
    Type type() const { return m_type; }
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }
    QString label() const;
    QString description() const;
    QString range() const;

    // The value in the form the documents take (seconds for nginx times, "20r/s", "on"), or why
    // `input` is not allowed.
    tl::expected<QString, QString> normalized(const QString& input) const;
    // A value as a file writes it, in the key's unit (nginx "3m" → 180), for comparing values and
    // for the capacity check; nothing for "off" or an unreadable value.
    std::optional<double> number(const QString& text) const;

private:
    ConfigKey(const char* id, File file, Type type, double min, double max, const char* label,
              const char* description);
    tl::expected<QString, QString> inRange(double value, const QString& text) const;

    QString m_id;
    File m_file;
    Type m_type;
    double m_min;
    double m_max;
    const char* m_label;
    const char* m_description;
};

} // namespace artgen::core
