#pragma once

#include "configerror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <tl/expected.hpp>

namespace artgen::core {

// A small Python tokenizer, enough to find settings in a module without mistaking a string or a
// comment for code: names, numbers, strings with every prefix (r, b, u, f and their pairs) and
// triple quotes, comments, operators and brackets (with their nesting depth), and the ends of
// logical lines (a newline outside brackets and not after a backslash).
class PythonScanner
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::PythonScanner)

public:
    struct Token
    {
        enum class Kind { Name, Number, String, Operator, Comment, Newline };
        Kind kind = Kind::Name;
        qsizetype begin = 0;
        qsizetype end = 0;
        int line = 1;
        int column = 0; // bytes from the start of the line
        int depth = 0;  // brackets open before the token
        QByteArray text;
    };

    static tl::expected<QList<Token>, ConfigError> scan(QByteArrayView text);

private:
    explicit PythonScanner(QByteArrayView text) : m_text(text) {}
    tl::expected<QList<Token>, ConfigError> run();
    bool string(qsizetype prefixBegin, ConfigError* error);
    void push(Token::Kind kind, qsizetype begin, qsizetype end);
    char at(qsizetype i) const { return i < m_text.size() ? m_text[i] : '\0'; }

    QByteArrayView m_text;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    QByteArray m_brackets; // the open brackets, innermost last
    QList<int> m_bracketLines;
};

} // namespace artgen::core
