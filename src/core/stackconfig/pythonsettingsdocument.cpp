#include "pythonsettingsdocument.h"

#include "splice.h"

namespace artgen::core {

using Kind = PythonScanner::Token::Kind;

const QStringList& PythonSettingsDocument::keys()
{
    static const QStringList keys = {
        QStringLiteral("db.pool_size"),          QStringLiteral("db.max_overflow"),
        QStringLiteral("db.pool_timeout"),       QStringLiteral("db.pool_recycle"),
        QStringLiteral("http.pool_connections"), QStringLiteral("http.pool_maxsize"),
        QStringLiteral("http.connect_timeout"),  QStringLiteral("http.read_timeout")};
    return keys;
}

tl::expected<PythonSettingsDocument, ConfigError>
PythonSettingsDocument::parse(const QString& name, const QByteArray& bytes)
{
    auto scanned = PythonScanner::scan(bytes);
    if (!scanned)
        return tl::unexpected(scanned.error().inFile(name));
    QList<Token> tokens;
    for (const Token& t : *scanned)
        if (t.kind != Kind::Comment)
            tokens.append(t);
    PythonSettingsDocument doc;
    doc.m_name = name;
    doc.m_bytes = bytes;
    doc.engineArguments(tokens);
    doc.constants(tokens);
    return doc;
}

static bool isOp(const PythonScanner::Token& t, const char* text)
{
    return t.kind == Kind::Operator && t.text == text;
}

static bool isName(const PythonScanner::Token& t, const char* text)
{
    return t.kind == Kind::Name && t.text == text;
}

// The number a value expression sets for PostgreSQL: a literal, or the branch of
// `A if COND else B` that applies when the database is not SQLite.
std::optional<PythonSettingsDocument::Value>
PythonSettingsDocument::number(const QList<Token>& tokens, qsizetype b, qsizetype e,
                               QString* why) const
{
    if (e - b == 1 && tokens[b].kind == Kind::Number)
        return Value{tokens[b].begin, tokens[b].end, tokens[b].line, tokens[b].text};
    const int depth = b < e ? tokens[b].depth : 0;
    qsizetype ifAt = -1;
    qsizetype elseAt = -1;
    for (qsizetype i = b; i < e; ++i) {
        if (tokens[i].depth == depth && isName(tokens[i], "if") && ifAt < 0)
            ifAt = i;
        else if (tokens[i].depth == depth && isName(tokens[i], "else") && ifAt >= 0 && elseAt < 0)
            elseAt = i;
    }
    if (ifAt < 0 || elseAt < 0) {
        *why = tr("the value is an expression, not a number");
        return std::nullopt;
    }
    bool sqlite = false;
    bool postgres = false;
    bool negated = false;
    for (qsizetype i = ifAt + 1; i < elseAt; ++i) {
        sqlite = sqlite || (tokens[i].text.toLower().contains("sqlite"));
        postgres = postgres || (tokens[i].text.toLower().contains("postgres"));
        negated = negated || isName(tokens[i], "not") || isOp(tokens[i], "!=");
    }
    if (sqlite == postgres) {
        *why = tr("the condition does not say which value applies to PostgreSQL");
        return std::nullopt;
    }
    const bool first = sqlite == negated; // "if not is_sqlite" or "if is_postgres"
    return first ? number(tokens, b, ifAt, why) : number(tokens, elseAt + 1, e, why);
}

void PythonSettingsDocument::assign(const QString& key, const QList<Token>& tokens, qsizetype b,
                                    qsizetype e)
{
    if (m_values.contains(key) || m_problems.contains(key))
        return; // the first one counts, as for Python's keyword arguments
    QString why;
    if (const auto v = number(tokens, b, e, &why))
        m_values.insert(key, *v);
    else
        m_problems.insert(key, ConfigError(m_name, b < tokens.size() ? tokens[b].line : 0, why));
}

void PythonSettingsDocument::engineArguments(const QList<Token>& tokens)
{
    static const QList<QByteArray> names = {"pool_size", "max_overflow", "pool_timeout",
                                            "pool_recycle"};
    for (qsizetype k = 0; k + 1 < tokens.size(); ++k) {
        if (!isName(tokens[k], "create_engine") || !isOp(tokens[k + 1], "("))
            continue;
        const int depth = tokens[k + 1].depth + 1;
        qsizetype arg = k + 2;
        for (qsizetype i = arg; i < tokens.size(); ++i) {
            // An argument ends at a comma of the call's own level or at the call's ")" (the
            // first token back at the level of its "(").
            const bool close = tokens[i].depth < depth;
            if (!close && !(tokens[i].depth == depth && isOp(tokens[i], ",")))
                continue;
            if (i - arg >= 3 && tokens[arg].kind == Kind::Name && isOp(tokens[arg + 1], "=") &&
                names.contains(tokens[arg].text))
                assign(QStringLiteral("db.") + QString::fromUtf8(tokens[arg].text), tokens, arg + 2,
                       i);
            arg = i + 1;
            if (close)
                break;
        }
        return;
    }
}

void PythonSettingsDocument::constants(const QList<Token>& tokens)
{
    for (qsizetype k = 0; k + 1 < tokens.size(); ++k) {
        const bool statementStart = k == 0 || tokens[k - 1].kind == Kind::Newline;
        if (!statementStart || tokens[k].kind != Kind::Name || tokens[k].column != 0 ||
            !isOp(tokens[k + 1], "="))
            continue;
        qsizetype e = k + 2;
        while (e < tokens.size() && tokens[e].kind != Kind::Newline)
            ++e;
        const QByteArray& name = tokens[k].text;
        if (name == "POOL_CONNECTIONS" || name == "POOL_MAXSIZE") {
            assign(QStringLiteral("http.") + QString::fromUtf8(name.toLower()), tokens, k + 2, e);
        } else if (name == "DEFAULT_TIMEOUT") {
            // (connect, read): the items of the tuple, with or without its parentheses.
            qsizetype b = k + 2;
            qsizetype end = e;
            if (b < end && isOp(tokens[b], "(") && isOp(tokens[end - 1], ")")) {
                ++b;
                --end;
            }
            qsizetype comma = b;
            while (comma < end &&
                   !(isOp(tokens[comma], ",") && tokens[comma].depth == tokens[b].depth))
                ++comma;
            if (comma < end) {
                assign(QStringLiteral("http.connect_timeout"), tokens, b, comma);
                qsizetype last = comma + 1;
                while (last < end &&
                       !(isOp(tokens[last], ",") && tokens[last].depth == tokens[b].depth))
                    ++last;
                assign(QStringLiteral("http.read_timeout"), tokens, comma + 1, last);
            } else {
                assign(QStringLiteral("http.connect_timeout"), tokens, b, end);
                assign(QStringLiteral("http.read_timeout"), tokens, b, end);
            }
        }
    }
}

std::optional<QString> PythonSettingsDocument::value(const QString& key) const
{
    const auto it = m_values.constFind(key);
    return it == m_values.cend() ? std::nullopt : std::optional(QString::fromUtf8(it->text));
}

int PythonSettingsDocument::line(const QString& key) const
{
    if (m_problems.contains(key))
        return m_problems.value(key).line();
    return m_values.value(key).line;
}

tl::expected<PythonSettingsDocument, ConfigError>
PythonSettingsDocument::withValue(const QString& key, const QString& value) const
{
    if (m_problems.contains(key))
        return tl::unexpected(m_problems.value(key));
    const auto it = m_values.constFind(key);
    if (it == m_values.cend())
        return tl::unexpected(
            ConfigError(m_name, 0, tr("the setting %1 is not in this file").arg(key)));
    return parse(m_name, Splice::apply(m_bytes, {{it->begin, it->end, value.toUtf8()}}));
}

} // namespace artgen::core
