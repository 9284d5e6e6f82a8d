#include "composecommanddocument.h"

#include "splice.h"

namespace artgen::core {

static constexpr int kMaxAliasDepth = 8;

const QStringList& ComposeCommandDocument::keys()
{
    static const QStringList keys = {QStringLiteral("gunicorn.workers"),
                                     QStringLiteral("gunicorn.worker_class"),
                                     QStringLiteral("celery.concurrency")};
    return keys;
}

tl::expected<ComposeCommandDocument, ConfigError>
ComposeCommandDocument::parse(const QString& name, const QByteArray& bytes)
{
    ComposeCommandDocument doc;
    doc.m_name = name;
    doc.m_bytes = bytes;
    qsizetype pos = 0;
    while (pos <= bytes.size()) {
        qsizetype nl = bytes.indexOf('\n', pos);
        const qsizetype next = nl < 0 ? bytes.size() + 1 : nl + 1;
        nl = nl < 0 ? bytes.size() : nl;
        Line line{pos, nl > pos && bytes[nl - 1] == '\r' ? nl - 1 : nl, 0, true};
        while (line.begin + line.indent < line.end && bytes[line.begin + line.indent] == ' ')
            ++line.indent;
        const qsizetype first = line.begin + line.indent;
        line.blank = first >= line.end || bytes[first] == '#';
        if (!line.blank && bytes[first] == '\t')
            return tl::unexpected(
                ConfigError(name, int(doc.m_lines.size()) + 1,
                            tr("a tab indents this line; YAML allows only spaces")));
        doc.m_lines.append(line);
        pos = next;
    }
    if (auto ok = doc.scan(); !ok)
        return tl::unexpected(ok.error());
    return doc;
}

int ComposeCommandDocument::lineOf(qsizetype pos) const
{
    for (int i = 0; i < m_lines.size(); ++i)
        if (pos <= m_lines[i].end)
            return i + 1;
    return int(m_lines.size());
}

// The mapping key the line starts with ("command" for `  command: …`), empty when none.
QByteArray ComposeCommandDocument::keyOf(int line) const
{
    const Line& l = m_lines[line];
    if (l.blank)
        return {};
    const qsizetype colon = afterColon(line);
    if (colon < 0)
        return {};
    QByteArray key = m_bytes.mid(l.begin + l.indent, colon - 1 - l.begin - l.indent).trimmed();
    if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'') && key.back() == key.front())
        key = key.mid(1, key.size() - 2);
    return key;
}

// Just past the colon that ends the line's key, or -1.
qsizetype ComposeCommandDocument::afterColon(int line) const
{
    const Line& l = m_lines[line];
    char quote = 0;
    for (qsizetype i = l.begin + l.indent; i < l.end; ++i) {
        const char c = m_bytes[i];
        if (quote) {
            quote = c == quote ? 0 : quote;
        } else if ((c == '"' || c == '\'') && i == l.begin + l.indent) {
            quote = c;
        } else if (c == ':' && (i + 1 == l.end || m_bytes[i + 1] == ' ')) {
            return i + 1;
        } else if (c == '#' || c == '[' || c == '{' || (c == '-' && i == l.begin + l.indent)) {
            return -1;
        }
    }
    return -1;
}

// The first line after `line` whose indent is not deeper than `indent` (the block's end).
int ComposeCommandDocument::blockEnd(int line, int indent) const
{
    int i = line + 1;
    while (i < m_lines.size() && (m_lines[i].blank || m_lines[i].indent > indent))
        ++i;
    return i;
}

// The line of `key` among the lines [from, to) at `indent`, or -1.
int ComposeCommandDocument::keyLine(int from, int to, int indent, const QByteArray& key) const
{
    for (int i = from; i < to; ++i)
        if (!m_lines[i].blank && m_lines[i].indent == indent && keyOf(i) == key)
            return i;
    return -1;
}

QList<ComposeCommandDocument::Word> ComposeCommandDocument::words(qsizetype begin,
                                                                  qsizetype end) const
{
    QList<Word> out;
    qsizetype i = begin;
    while (i < end) {
        while (i < end && (m_bytes[i] == ' ' || m_bytes[i] == '\t' || m_bytes[i] == '\r' ||
                           m_bytes[i] == '\n'))
            ++i;
        const qsizetype start = i;
        while (i < end && m_bytes[i] != ' ' && m_bytes[i] != '\t' && m_bytes[i] != '\r' &&
               m_bytes[i] != '\n')
            ++i;
        if (i > start)
            out.append({m_bytes.mid(start, i - start), start, i, lineOf(start)});
    }
    return out;
}

std::optional<std::pair<int, qsizetype>>
ComposeCommandDocument::anchor(const QByteArray& name) const
{
    const QByteArray mark = '&' + name;
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line& l = m_lines[i];
        qsizetype at = m_bytes.indexOf(mark, l.begin);
        while (at >= 0 && at < l.end) {
            const qsizetype after = at + mark.size();
            const bool whole = after >= l.end || m_bytes[after] == ' ';
            if (whole && at > l.begin && (m_bytes[at - 1] == ' '))
                return std::pair{i, after};
            at = m_bytes.indexOf(mark, after);
        }
    }
    return std::nullopt;
}

// The lines after `from` of a block scalar (deeper than `parentIndent`) or of a block list (its
// `- ` items, which may sit at the key's own indent, and their deeper continuation lines).
QList<ComposeCommandDocument::Word> ComposeCommandDocument::blockLines(int from, int parentIndent,
                                                                       bool sequence) const
{
    QList<Word> out;
    int itemIndent = -1;
    for (int i = from + 1; i < m_lines.size(); ++i) {
        const Line& l = m_lines[i];
        if (l.blank)
            continue;
        qsizetype b = l.begin + l.indent;
        qsizetype e = l.end;
        const bool item = m_bytes[b] == '-' && (b + 1 == e || m_bytes[b + 1] == ' ');
        if (sequence && itemIndent < 0 && item)
            itemIndent = l.indent;
        if (!sequence && l.indent <= parentIndent)
            break;
        if (sequence &&
            (l.indent < itemIndent || (l.indent == itemIndent && !item) || l.indent < parentIndent))
            break;
        if (sequence) {
            if (item)
                ++b;
            while (b < e && m_bytes[b] == ' ')
                ++b;
            const qsizetype hash = m_bytes.indexOf(" #", b);
            if (b < e && (m_bytes[b] == '"' || m_bytes[b] == '\'')) {
                const qsizetype close = m_bytes.indexOf(m_bytes[b], b + 1);
                e = close > b && close < e ? close : e;
                ++b;
            } else if (hash >= 0 && hash < e) {
                e = hash;
            }
        }
        out += words(b, e);
    }
    return out;
}

tl::expected<QList<ComposeCommandDocument::Word>, ConfigError>
ComposeCommandDocument::flowList(int line, qsizetype pos) const
{
    QList<Word> out;
    qsizetype i = pos + 1;
    while (i < m_bytes.size() && m_bytes[i] != ']') {
        const char c = m_bytes[i];
        if (c == '"' || c == '\'') {
            qsizetype close = i + 1;
            while (close < m_bytes.size() && m_bytes[close] != c)
                close += (c == '"' && m_bytes[close] == '\\') ? 2 : 1;
            if (close >= m_bytes.size())
                break;
            out += words(i + 1, close);
            i = close + 1;
        } else if (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            ++i;
        } else {
            const qsizetype start = i;
            while (i < m_bytes.size() && m_bytes[i] != ',' && m_bytes[i] != ']' &&
                   m_bytes[i] != '\n')
                ++i;
            out += words(start, i);
        }
    }
    if (i >= m_bytes.size())
        return tl::unexpected(ConfigError(m_name, line + 1, tr("the list is not closed by \"]\"")));
    return out;
}

// The words of the value that starts at `pos` on `line` (a key's value at `parentIndent`).
tl::expected<QList<ComposeCommandDocument::Word>, ConfigError>
ComposeCommandDocument::node(int line, qsizetype pos, int parentIndent, int depth) const
{
    const Line& l = m_lines[line];
    while (pos < l.end && m_bytes[pos] == ' ')
        ++pos;
    if (pos < l.end && m_bytes[pos] == '&') { // an anchor on the value itself
        while (pos < l.end && m_bytes[pos] != ' ')
            ++pos;
        while (pos < l.end && m_bytes[pos] == ' ')
            ++pos;
    }
    const char c = pos < l.end ? m_bytes[pos] : '#';
    if (c == '*') {
        qsizetype e = pos + 1;
        while (e < l.end && m_bytes[e] != ' ')
            ++e;
        const QByteArray name = m_bytes.mid(pos + 1, e - pos - 1);
        const auto target = anchor(name);
        if (!target || depth >= kMaxAliasDepth)
            return tl::unexpected(ConfigError(
                m_name, line + 1, tr("the alias *%1 has no anchor").arg(QString::fromUtf8(name))));
        return node(target->first, target->second, m_lines[target->first].indent, depth + 1);
    }
    if (c == '#') {
        int next = line + 1;
        while (next < m_lines.size() && m_lines[next].blank)
            ++next;
        const bool sequence =
            next < m_lines.size() && m_bytes[m_lines[next].begin + m_lines[next].indent] == '-';
        return blockLines(line, parentIndent, sequence);
    }
    if (c == '[')
        return flowList(line, pos);
    if (c == '|' || c == '>')
        return blockLines(line, parentIndent, false);
    if (c == '"' || c == '\'') {
        qsizetype close = pos + 1;
        while (close < m_bytes.size() && m_bytes[close] != c)
            close += (c == '"' && m_bytes[close] == '\\') ? 2 : 1;
        if (close >= m_bytes.size())
            return tl::unexpected(
                ConfigError(m_name, line + 1, tr("a quoted string is not closed")));
        return words(pos + 1, close);
    }
    const qsizetype hash = m_bytes.indexOf(" #", pos);
    QList<Word> out = words(pos, hash >= 0 && hash < l.end ? hash : l.end);
    // A plain scalar continues on deeper lines.
    for (int i = line + 1;
         i < m_lines.size() && (m_lines[i].blank || m_lines[i].indent > parentIndent); ++i)
        if (!m_lines[i].blank)
            out += words(m_lines[i].begin + m_lines[i].indent, m_lines[i].end);
    return out;
}

// The command of the mapping whose key is on `line`: its own `command`, else the one it merges.
tl::expected<QList<ComposeCommandDocument::Word>, ConfigError>
ComposeCommandDocument::serviceCommand(int line, int depth) const
{
    const int end = blockEnd(line, m_lines[line].indent);
    int first = line + 1;
    while (first < end && m_lines[first].blank)
        ++first;
    if (first >= end)
        return QList<Word>{};
    const int indent = m_lines[first].indent;
    if (const int cmd = keyLine(first, end, indent, "command"); cmd >= 0)
        return node(cmd, afterColon(cmd), indent, 0);
    const int merge = keyLine(first, end, indent, "<<");
    if (merge < 0 || depth >= kMaxAliasDepth)
        return QList<Word>{};
    const QByteArray value =
        m_bytes.mid(afterColon(merge), m_lines[merge].end - afterColon(merge)).trimmed();
    for (QByteArray alias : value.split(',')) {
        alias = alias.trimmed();
        alias.replace('[', "").replace(']', "");
        alias = alias.trimmed();
        if (!alias.startsWith('*'))
            continue;
        const auto target = anchor(alias.mid(1));
        if (!target)
            return tl::unexpected(ConfigError(
                m_name, merge + 1, tr("the alias %1 has no anchor").arg(QString::fromUtf8(alias))));
        auto words = serviceCommand(target->first, depth + 1);
        if (!words || !words->isEmpty())
            return words;
    }
    return QList<Word>{};
}

tl::expected<void, ConfigError> ComposeCommandDocument::scan()
{
    const int services = keyLine(0, int(m_lines.size()), 0, "services");
    if (services < 0)
        return tl::unexpected(ConfigError(m_name, 0, tr("there is no \"services:\" section")));
    const int end = blockEnd(services, 0);
    int first = services + 1;
    while (first < end && m_lines[first].blank)
        ++first;
    for (int i = first; i < end; ++i) {
        if (m_lines[i].blank || m_lines[i].indent != m_lines[first].indent)
            continue;
        const QByteArray service = keyOf(i);
        if (service.isEmpty())
            return tl::unexpected(ConfigError(m_name, i + 1, tr("a service name was expected")));
        auto words = serviceCommand(i, 0);
        if (!words)
            return tl::unexpected(words.error());
        m_commands.append({QString::fromUtf8(service), *words});
    }
    return {};
}

static bool runs(const QList<QByteArray>& words, const QByteArray& program, const QByteArray& also)
{
    bool found = false;
    bool other = also.isEmpty();
    for (const QByteArray& w : words) {
        found = found || w == program || w.endsWith(QByteArray(1, '/').append(program));
        other = other || w == also;
    }
    return found && other;
}

std::optional<ComposeCommandDocument::Found> ComposeCommandDocument::find(const QString& key) const
{
    const bool celery = key == u"celery.concurrency";
    const QByteArray longOpt = key == u"gunicorn.workers" ? "--workers"
                               : celery                   ? "--concurrency"
                                                          : "--worker-class";
    const QByteArray shortOpt = key == u"gunicorn.workers" ? "-w" : celery ? "-c" : "-k";
    for (const Command& c : m_commands) {
        QList<QByteArray> texts;
        for (const Word& w : c.words)
            texts << w.text;
        if (celery ? !runs(texts, "celery", "worker") : !runs(texts, "gunicorn", {}))
            continue;
        for (int i = 0; i < c.words.size(); ++i) {
            const Word& w = c.words[i];
            if ((w.text == longOpt || w.text == shortOpt) && i + 1 < c.words.size())
                return Found{&c, c.words[i + 1]};
            const qsizetype prefix =
                w.text.startsWith(QByteArray(longOpt).append('=')) ? longOpt.size() + 1
                : w.text.startsWith(shortOpt) && w.text.size() > 2 && shortOpt.size() == 2 ? 2
                                                                                           : 0;
            if (prefix > 0)
                return Found{&c, {w.text.mid(prefix), w.begin + prefix, w.end, w.line}};
        }
        return Found{&c, {}};
    }
    return std::nullopt;
}

std::optional<QString> ComposeCommandDocument::value(const QString& key) const
{
    const auto found = find(key);
    if (!found || found->value.end == 0)
        return std::nullopt;
    return QString::fromUtf8(found->value.text);
}

int ComposeCommandDocument::line(const QString& key) const
{
    const auto found = find(key);
    return found ? found->value.line : 0;
}

QString ComposeCommandDocument::service(const QString& key) const
{
    const auto found = find(key);
    return found ? found->command->service : QString();
}

tl::expected<ComposeCommandDocument, ConfigError>
ComposeCommandDocument::withValue(const QString& key, const QString& value) const
{
    const auto found = find(key);
    if (!found)
        return tl::unexpected(ConfigError(m_name, 0,
                                          key.startsWith(u"celery")
                                              ? tr("no service runs a Celery worker")
                                              : tr("no service runs gunicorn")));
    if (found->value.end == 0)
        return tl::unexpected(
            ConfigError(m_name, found->command->words.value(0).line,
                        tr("the command of \"%1\" has no option for %2; add it by hand first")
                            .arg(found->command->service, key)));
    return parse(m_name,
                 Splice::apply(m_bytes, {{found->value.begin, found->value.end, value.toUtf8()}}));
}

} // namespace artgen::core
