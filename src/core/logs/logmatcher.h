#pragma once

#include <QByteArrayView>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <utility>

namespace artgen::core {

// A search over stored UTF-8 lines: plain text or a regular expression, with or without case.
// Plain case-sensitive text is searched in the bytes directly; everything else decodes into one
// reused UTF-16 buffer, so scanning 200 000 lines allocates nothing per line.
class LogMatcher
{
public:
    LogMatcher() = default;
    LogMatcher(const QString& pattern, bool regex, bool caseSensitive);

    bool isEmpty() const { return m_empty; }
    bool isValid() const { return m_empty || m_regex.isValid(); }
    QString errorString() const { return m_regex.errorString(); }

    bool matches(QByteArrayView utf8) const;
    // (start, length) of every match in `text`, for highlighting.
    QList<std::pair<qsizetype, qsizetype>> matchesIn(const QString& text) const;

private:
    bool m_empty = true;
    QByteArray m_bytes; // plain, case-sensitive: the UTF-8 needle
    QRegularExpression m_regex;
    mutable QString m_buffer;
};

} // namespace artgen::core
