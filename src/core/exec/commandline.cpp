#include "commandline.h"

namespace artgen::core {

namespace {

// The splitter's state between characters.
struct Splitter
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote; // u'\'' or u'"' while inside quotes

    void endWord()
    {
        if (inWord)
            words << word;
        word.clear();
        inWord = false;
    }
    void add(QChar c)
    {
        word += c;
        inWord = true;
    }
};

bool escapableInDoubleQuotes(QChar c)
{
    return c == u'$' || c == u'`' || c == u'"' || c == u'\\' || c == u'\n';
}

} // namespace

std::optional<QStringList> CommandLine::argv(const QString& line, bool throughShell)
{
    if (line.trimmed().isEmpty())
        return QStringList();
    if (throughShell)
        return shell(line);
    return split(line);
}

std::optional<QStringList> CommandLine::split(const QString& line)
{
    Splitter s;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (s.quote == u'\'') {
            if (c == u'\'')
                s.quote = QChar();
            else
                s.add(c);
        } else if (c == u'\\') {
            if (i + 1 >= line.size())
                return std::nullopt;
            const QChar next = line.at(++i);
            if (s.quote == u'"' && !escapableInDoubleQuotes(next))
                s.add(c);
            s.add(next);
        } else if (s.quote == u'"') {
            if (c == u'"')
                s.quote = QChar();
            else
                s.add(c);
        } else if (c == u'\'' || c == u'"') {
            s.quote = c;
            s.inWord = true;
        } else if (c.isSpace()) {
            s.endWord();
        } else {
            s.add(c);
        }
    }
    if (!s.quote.isNull())
        return std::nullopt;
    s.endWord();
    return s.words;
}

QStringList CommandLine::shell(const QString& line)
{
    return {QStringLiteral("sh"), QStringLiteral("-c"), line};
}

QStringList CommandLine::shellOperators(const QString& line)
{
    static const QString operators = QStringLiteral("|;&<>$`");
    QStringList found;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quote == u'\'') {
            if (c == u'\'')
                quote = QChar();
        } else if (c == u'\\') {
            ++i; // the next character is escaped, whatever it is
        } else if (quote == u'"') {
            if (c == u'"')
                quote = QChar();
            else if ((c == u'$' || c == u'`') && !found.contains(QString(c)))
                found << QString(c); // a shell expands these inside double quotes too
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (operators.contains(c) && !found.contains(QString(c))) {
            found << QString(c);
        }
    }
    return found;
}

} // namespace artgen::core
