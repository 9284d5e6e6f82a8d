#pragma once

#include <QByteArray>
#include <QHash>
#include <optional>

namespace artgen::core {

// The text of Redis' INFO reply: "# Section" headers and "field:value" lines (CRLF). Pure.
class RedisInfo
{
public:
    static RedisInfo parse(const QByteArray& text);

    bool contains(const QByteArray& field) const { return m_fields.contains(field); }
    QByteArray value(const QByteArray& field) const { return m_fields.value(field); }
    // The field as a whole number; empty when absent or not a number.
    std::optional<qint64> integer(const QByteArray& field) const;
    std::optional<double> real(const QByteArray& field) const;
    qsizetype size() const { return m_fields.size(); }

private:
    QHash<QByteArray, QByteArray> m_fields;
};

} // namespace artgen::core
