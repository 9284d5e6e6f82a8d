#include "pythonscanner.h"

namespace artgen::core {

using Kind = PythonScanner::Token::Kind;

static bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           (static_cast<unsigned char>(c) >= 0x80);
}

static bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

static bool isStringPrefix(QByteArrayView name)
{
    static const QList<QByteArray> prefixes = {"r", "u", "b", "f", "br", "rb", "fr", "rf"};
    return prefixes.contains(name.toByteArray().toLower());
}

tl::expected<QList<PythonScanner::Token>, ConfigError> PythonScanner::scan(QByteArrayView text)
{
    return PythonScanner(text).run();
}

void PythonScanner::push(Kind kind, qsizetype begin, qsizetype end)
{
    m_tokens.append({kind, begin, end, m_line, int(begin - m_lineStart), int(m_brackets.size()),
                     m_text.sliced(begin, end - begin).toByteArray()});
}

tl::expected<QList<PythonScanner::Token>, ConfigError> PythonScanner::run()
{
    ConfigError error;
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        const qsizetype begin = m_pos;
        if (c == '\n') {
            if (m_brackets.isEmpty())
                push(Kind::Newline, m_pos, m_pos + 1);
            ++m_pos;
            ++m_line;
            m_lineStart = m_pos;
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
            ++m_pos;
        } else if (c == '\\' &&
                   (at(m_pos + 1) == '\n' || (at(m_pos + 1) == '\r' && at(m_pos + 2) == '\n'))) {
            m_pos += at(m_pos + 1) == '\r' ? 3 : 2; // an explicit line joining
            ++m_line;
            m_lineStart = m_pos;
        } else if (c == '#') {
            while (m_pos < m_text.size() && m_text[m_pos] != '\n')
                ++m_pos;
            push(Kind::Comment, begin, m_pos);
        } else if (c == '"' || c == '\'') {
            if (!string(begin, &error))
                return tl::unexpected(error);
        } else if (isNameStart(c)) {
            while (m_pos < m_text.size() && isNameChar(m_text[m_pos]))
                ++m_pos;
            if ((at(m_pos) == '"' || at(m_pos) == '\'') &&
                isStringPrefix(m_text.sliced(begin, m_pos - begin))) {
                if (!string(begin, &error))
                    return tl::unexpected(error);
            } else {
                push(Kind::Name, begin, m_pos);
            }
        } else if ((c >= '0' && c <= '9') ||
                   (c == '.' && at(m_pos + 1) >= '0' && at(m_pos + 1) <= '9')) {
            while (m_pos < m_text.size() &&
                   (isNameChar(m_text[m_pos]) || m_text[m_pos] == '.' ||
                    ((m_text[m_pos] == '+' || m_text[m_pos] == '-') &&
                     (m_text[m_pos - 1] == 'e' || m_text[m_pos - 1] == 'E'))))
                ++m_pos;
            push(Kind::Number, begin, m_pos);
        } else if (c == '(' || c == '[' || c == '{') {
            push(Kind::Operator, begin, ++m_pos);
            m_brackets += c;
            m_bracketLines.append(m_line);
        } else if (c == ')' || c == ']' || c == '}') {
            const char open = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (m_brackets.isEmpty() || m_brackets.back() != open)
                return tl::unexpected(
                    ConfigError({}, m_line, tr("unmatched \"%1\"").arg(QChar::fromLatin1(c))));
            m_brackets.chop(1);
            m_bracketLines.removeLast();
            push(Kind::Operator, begin, ++m_pos);
        } else {
            // Two-character operators matter only for "==", "!=", "<=", ">=" next to "=".
            const bool pair = at(m_pos + 1) == '=' && QByteArrayView("=!<>+-*/%&|^:").contains(c);
            m_pos += pair ? 2 : 1;
            push(Kind::Operator, begin, m_pos);
        }
    }
    if (!m_brackets.isEmpty())
        return tl::unexpected(
            ConfigError({}, m_bracketLines.last(),
                        tr("\"%1\" is never closed").arg(QChar::fromLatin1(m_brackets.back()))));
    return m_tokens;
}

bool PythonScanner::string(qsizetype prefixBegin, ConfigError* error)
{
    const char quote = m_text[m_pos];
    const bool triple = at(m_pos + 1) == quote && at(m_pos + 2) == quote;
    const int line = m_line;
    const qsizetype lineStart = m_lineStart;
    qsizetype i = m_pos + (triple ? 3 : 1);
    for (;;) {
        if (i >= m_text.size() || (!triple && m_text[i] == '\n')) {
            *error = ConfigError({}, line, tr("a string is not closed"));
            return false;
        }
        const char c = m_text[i];
        if (c == '\\') {
            if (at(i + 1) == '\n') {
                ++m_line;
                m_lineStart = i + 2;
            }
            i += 2;
            continue;
        }
        if (c == '\n') {
            ++m_line;
            m_lineStart = i + 1;
        }
        if (c == quote && (!triple || (at(i + 1) == quote && at(i + 2) == quote))) {
            i += triple ? 3 : 1;
            break;
        }
        ++i;
    }
    // The token carries the line and column where the string starts.
    m_tokens.append({Kind::String, prefixBegin, i, line, int(prefixBegin - lineStart),
                     int(m_brackets.size()),
                     m_text.sliced(prefixBegin, i - prefixBegin).toByteArray()});
    m_pos = i;
    return true;
}

} // namespace artgen::core
