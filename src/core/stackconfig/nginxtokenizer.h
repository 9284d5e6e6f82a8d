#pragma once

#include "configerror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <tl/expected.hpp>

namespace artgen::core {

// nginx's configuration lexer (ngx_conf_read_token in src/core/ngx_conf_file.c), keeping every
// token's byte span: words (a `\` escapes the next byte; `${var}` keeps its braces inside the
// word), single and double quoted strings with escapes, `#` comments only where a token may
// start, `{`, `}`, `;`, and the body of a `*_by_lua_block` skipped as one balanced Lua block.
class NginxTokenizer
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::NginxTokenizer)

public:
    struct Token
    {
        enum class Kind { Word, Quoted, Open, Close, Semicolon, Comment, LuaBody };
        Kind kind = Kind::Word;
        qsizetype begin = 0; // the token's bytes, quotes included
        qsizetype end = 0;
        int line = 1;
        QByteArray value; // the word or the unquoted, unescaped string
    };

    // The file's tokens, or where and why nginx would stop reading it (the file name is left
    // empty: the document that owns the bytes fills it in).
    static tl::expected<QList<Token>, ConfigError> tokenize(QByteArrayView text);

private:
    explicit NginxTokenizer(QByteArrayView text) : m_text(text) {}
    tl::expected<QList<Token>, ConfigError> run();
    bool quoted(QList<Token>* out, ConfigError* error);
    void word(QList<Token>* out);
    bool luaBody(QList<Token>* out, ConfigError* error);
    void luaLongBracket(qsizetype* i);
    void comment(QList<Token>* out);
    char at(qsizetype i) const { return i < m_text.size() ? m_text[i] : '\0'; }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QByteArray m_statementName; // first word of the statement being read
    bool m_statementStarted = false;
};

} // namespace artgen::core
