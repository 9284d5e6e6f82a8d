#include "nginxtokenizer.h"

namespace artgen::core {

using Kind = NginxTokenizer::Token::Kind;

static bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

tl::expected<QList<NginxTokenizer::Token>, ConfigError>
NginxTokenizer::tokenize(QByteArrayView text)
{
    return NginxTokenizer(text).run();
}

tl::expected<QList<NginxTokenizer::Token>, ConfigError> NginxTokenizer::run()
{
    QList<Token> out;
    ConfigError error;
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c == '\n') {
            ++m_line;
            ++m_pos;
        } else if (isSpace(c)) {
            ++m_pos;
        } else if (c == ';' || c == '}') {
            out.append({c == ';' ? Kind::Semicolon : Kind::Close, m_pos, m_pos + 1, m_line,
                        QByteArray(1, c)});
            ++m_pos;
            m_statementStarted = false;
        } else if (c == '{') {
            out.append({Kind::Open, m_pos, m_pos + 1, m_line, QByteArray(1, c)});
            ++m_pos;
            const bool lua = m_statementStarted && m_statementName.endsWith("_by_lua_block");
            m_statementStarted = false;
            if (lua && !luaBody(&out, &error))
                return tl::unexpected(error);
        } else if (c == '#') {
            comment(&out);
        } else if (c == '"' || c == '\'') {
            if (!quoted(&out, &error))
                return tl::unexpected(error);
        } else {
            word(&out);
        }
    }
    return out;
}

void NginxTokenizer::comment(QList<Token>* out)
{
    const qsizetype begin = m_pos;
    while (m_pos < m_text.size() && m_text[m_pos] != '\n')
        ++m_pos;
    out->append(
        {Kind::Comment, begin, m_pos, m_line, m_text.sliced(begin, m_pos - begin).toByteArray()});
}

static char unescaped(char c)
{
    switch (c) {
    case 't':
        return '\t';
    case 'r':
        return '\r';
    case 'n':
        return '\n';
    default:
        return c;
    }
}

bool NginxTokenizer::quoted(QList<Token>* out, ConfigError* error)
{
    const char quote = m_text[m_pos];
    const qsizetype begin = m_pos;
    const int line = m_line;
    QByteArray value;
    qsizetype i = m_pos + 1;
    for (; i < m_text.size() && m_text[i] != quote; ++i) {
        char c = m_text[i];
        if (c == '\\' && i + 1 < m_text.size()) {
            c = m_text[++i];
            // nginx unescapes only the quote characters, the backslash and \t \r \n.
            if (c == '"' || c == '\'' || c == '\\' || c == 't' || c == 'r' || c == 'n')
                c = unescaped(c);
            else
                value += '\\';
        }
        if (m_text[i] == '\n')
            ++m_line;
        value += c;
    }
    if (i >= m_text.size()) {
        *error = ConfigError({}, line, tr("a quoted string is not closed"));
        return false;
    }
    m_pos = i + 1;
    const char next = at(m_pos);
    if (m_pos < m_text.size() && !isSpace(next) && next != ';' && next != '{') {
        *error = ConfigError(
            {}, m_line,
            tr("unexpected \"%1\" after a quoted string").arg(QString::fromLatin1(&next, 1)));
        return false;
    }
    if (!m_statementStarted)
        m_statementName = value;
    m_statementStarted = true;
    out->append({Kind::Quoted, begin, m_pos, line, value});
    return true;
}

void NginxTokenizer::word(QList<Token>* out)
{
    const qsizetype begin = m_pos;
    bool variable = false;
    QByteArray value;
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c == '{' && variable) { // ${name}: the brace belongs to the word
            value += c;
            ++m_pos;
            continue;
        }
        variable = false;
        if (isSpace(c) || c == ';' || c == '{')
            break;
        if (c == '\\' && m_pos + 1 < m_text.size()) {
            value += m_text[m_pos + 1];
            m_pos += 2;
            continue;
        }
        variable = c == '$';
        value += c;
        ++m_pos;
    }
    if (!m_statementStarted)
        m_statementName = value;
    m_statementStarted = true;
    out->append({Kind::Word, begin, m_pos, m_line, value});
}

// A Lua long bracket at *i ("[[", "[==["): moves *i past its closing bracket.
void NginxTokenizer::luaLongBracket(qsizetype* i)
{
    qsizetype j = *i + 1;
    int level = 0;
    while (at(j) == '=') {
        ++level;
        ++j;
    }
    const QByteArray close = QByteArray(1, ']').append(QByteArray(level, '=')).append(']');
    const qsizetype end = QByteArrayView(m_text).indexOf(close, j + 1);
    const qsizetype stop = end < 0 ? m_text.size() : end + close.size();
    for (qsizetype k = *i; k < stop; ++k)
        if (m_text[k] == '\n')
            ++m_line;
    *i = stop;
}

bool NginxTokenizer::luaBody(QList<Token>* out, ConfigError* error)
{
    const qsizetype begin = m_pos;
    const int line = m_line;
    int depth = 1;
    qsizetype i = m_pos;
    while (i < m_text.size()) {
        const char c = m_text[i];
        const bool longBracket = c == '[' && (at(i + 1) == '[' || at(i + 1) == '=');
        if (c == '-' && at(i + 1) == '-') {
            i += 2;
            if (at(i) == '[' && (at(i + 1) == '[' || at(i + 1) == '='))
                luaLongBracket(&i);
            else
                while (i < m_text.size() && m_text[i] != '\n')
                    ++i;
        } else if (longBracket) {
            luaLongBracket(&i);
        } else if (c == '"' || c == '\'') {
            for (++i; i < m_text.size() && m_text[i] != c && m_text[i] != '\n'; ++i)
                if (m_text[i] == '\\' && at(i + 1) != '\n')
                    ++i;
            if (at(i) == c)
                ++i;
        } else {
            if (c == '\n')
                ++m_line;
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0)
                break;
            ++i;
        }
    }
    if (depth != 0) {
        *error = ConfigError({}, line, tr("the Lua block is not closed"));
        return false;
    }
    out->append({Kind::LuaBody, begin, i, line, m_text.sliced(begin, i - begin).toByteArray()});
    out->append({Kind::Close, i, i + 1, m_line, QByteArray("}")});
    m_pos = i + 1;
    return true;
}

} // namespace artgen::core
