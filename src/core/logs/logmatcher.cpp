#include "logmatcher.h"

#include <QStringDecoder>

namespace artgen::core {

LogMatcher::LogMatcher(const QString& pattern, bool regex, bool caseSensitive)
    : m_empty(pattern.isEmpty())
{
    if (m_empty)
        return;
    if (!regex && caseSensitive)
        m_bytes = pattern.toUtf8();
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    m_regex = QRegularExpression(regex ? pattern : QRegularExpression::escape(pattern), options);
    m_regex.optimize();
}

bool LogMatcher::matches(QByteArrayView utf8) const
{
    if (m_empty)
        return true;
    if (!m_bytes.isEmpty())
        return utf8.indexOf(m_bytes) >= 0;
    if (!m_regex.isValid())
        return false;
    if (m_buffer.size() < utf8.size())
        m_buffer.resize(qMax<qsizetype>(utf8.size(), 256));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QChar* begin = m_buffer.data();
    const QChar* end = decoder.appendToBuffer(begin, utf8);
    return m_regex.match(QStringView(begin, end - begin)).hasMatch();
}

QList<std::pair<qsizetype, qsizetype>> LogMatcher::matchesIn(const QString& text) const
{
    QList<std::pair<qsizetype, qsizetype>> out;
    if (m_empty || !m_regex.isValid())
        return out;
    auto it = m_regex.globalMatch(text);
    while (it.hasNext() && out.size() < 200) {
        const auto m = it.next();
        if (m.capturedLength() > 0)
            out.append({m.capturedStart(), m.capturedLength()});
    }
    return out;
}

} // namespace artgen::core
