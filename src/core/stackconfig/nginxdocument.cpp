#include "nginxdocument.h"

#include "nginxtime.h"

namespace artgen::core {

using Token = NginxTokenizer::Token;
using Kind = NginxTokenizer::Token::Kind;

static constexpr int kMaxIncludeDepth = 8;

const QStringList& NginxDocument::keys()
{
    static const QStringList keys = {QStringLiteral("nginx.proxy_read_timeout"),
                                     QStringLiteral("nginx.proxy_connect_timeout"),
                                     QStringLiteral("nginx.proxy_send_timeout"),
                                     QStringLiteral("nginx.rate"),
                                     QStringLiteral("nginx.burst"),
                                     QStringLiteral("nginx.nodelay")};
    return keys;
}

tl::expected<NginxDocument, ConfigError>
NginxDocument::parse(const QString& name, const QByteArray& bytes, const IncludeResolver& resolver)
{
    NginxDocument doc;
    doc.m_resolver = resolver;
    doc.m_sources.append({name, bytes});
    if (auto ok = doc.parseSource(0, -1, 0); !ok)
        return tl::unexpected(ok.error());
    return doc;
}

ConfigError NginxDocument::error(int line, const QString& reason) const
{
    return ConfigError(m_sources.value(0).name, line, reason);
}

tl::expected<void, ConfigError> NginxDocument::parseSource(int source, int parent, int depth)
{
    const auto tokens = NginxTokenizer::tokenize(m_sources[source].bytes);
    if (!tokens)
        return tl::unexpected(tokens.error().inFile(m_sources[source].name));
    qsizetype i = 0;
    return parseBlock(*tokens, &i, source, parent, depth);
}

tl::expected<void, ConfigError> NginxDocument::parseBlock(const QList<Token>& tokens, qsizetype* i,
                                                          int source, int parent, int depth)
{
    const QString& file = m_sources[source].name;
    auto at = [&](qsizetype k) {
        return k < tokens.size() ? &tokens[k] : nullptr;
    };
    auto skipComments = [&] {
        while (at(*i) && at(*i)->kind == Kind::Comment)
            ++*i;
    };
    for (;;) {
        skipComments();
        const Token* t = at(*i);
        if (!t) {
            if (parent >= 0 && m_directives[parent].source == source) {
                const int line = tokens.isEmpty() ? 1 : tokens.last().line;
                return tl::unexpected(
                    ConfigError(file, line, tr("unexpected end of file: a \"}\" is missing")));
            }
            return {};
        }
        if (t->kind == Kind::Close) {
            if (parent < 0 || m_directives[parent].source != source)
                return tl::unexpected(ConfigError(file, t->line, tr("unexpected \"}\"")));
            m_directives[parent].closeBegin = t->begin;
            m_directives[parent].end = t->end;
            ++*i;
            return {};
        }
        if (t->kind != Kind::Word && t->kind != Kind::Quoted)
            return tl::unexpected(ConfigError(
                file, t->line, tr("unexpected \"%1\"").arg(QString::fromUtf8(t->value))));
        Directive d;
        d.name = t->value;
        d.source = source;
        d.line = t->line;
        d.begin = t->begin;
        d.parent = parent;
        for (++*i, skipComments();
             at(*i) && (at(*i)->kind == Kind::Word || at(*i)->kind == Kind::Quoted);
             ++*i, skipComments())
            d.args.append({at(*i)->value, at(*i)->begin, at(*i)->end});
        const Token* end = at(*i);
        if (!end || (end->kind != Kind::Semicolon && end->kind != Kind::Open))
            return tl::unexpected(ConfigError(file, end ? end->line : d.line,
                                              tr("the directive \"%1\" is not terminated by \";\"")
                                                  .arg(QString::fromUtf8(d.name))));
        d.end = end->end;
        ++*i;
        const int index = int(m_directives.size());
        m_directives.append(d);
        if (parent >= 0)
            m_directives[parent].children.append(index);
        if (end->kind == Kind::Open) {
            if (at(*i) && at(*i)->kind == Kind::LuaBody)
                ++*i; // the Lua code is kept as bytes, never read as directives
            if (auto ok = parseBlock(tokens, i, source, index, depth); !ok)
                return ok;
        } else if (d.name == "include" && d.args.size() == 1 && m_resolver &&
                   depth < kMaxIncludeDepth) {
            const QString pattern = QString::fromUtf8(d.args[0].value);
            QStringList names;
            for (const Source& included : m_resolver(pattern, file)) {
                names << included.name;
                m_sources.append(included);
                if (auto ok = parseSource(int(m_sources.size()) - 1, parent, depth + 1); !ok)
                    return ok;
            }
            m_includes.insert(pattern + u'@' + file, names);
        }
    }
}

QString NginxDocument::label(int index) const
{
    const Directive& d = m_directives[index];
    QString text = QString::fromUtf8(d.name);
    for (const Arg& a : d.args)
        text += u' ' + QString::fromUtf8(a.value);
    return text;
}

QString NginxDocument::blockPath(int index) const
{
    QStringList parts;
    for (int p = m_directives[index].parent; p >= 0; p = m_directives[p].parent)
        parts.prepend(label(p));
    return parts.join(QStringLiteral(" > "));
}

QList<int> NginxDocument::named(const QByteArray& name) const
{
    QList<int> out;
    for (int i = 0; i < m_directives.size(); ++i)
        if (m_directives[i].name == name)
            out << i;
    return out;
}

// The location that proxies the API: the best match for "/api/" (a prefix location named
// exactly so before a regex that merely mentions it), preferring one with a proxy_pass.
int NginxDocument::apiLocation() const
{
    int best = -1;
    int bestScore = 0;
    for (int i : named("location")) {
        const QList<Arg>& args = m_directives[i].args;
        if (args.isEmpty())
            continue;
        const QByteArray& path = args.last().value;
        int score = path == "/api/" || path == "/api" ? 2 : path.contains("/api") ? 1 : 0;
        if (score == 0)
            continue;
        for (int c : m_directives[i].children)
            score += m_directives[c].name == "proxy_pass" ? 4 : 0;
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

// The occurrence of `name` that applies to the API location: in it, else in the nearest block
// around it (nginx inherits outer values); without an API location, the first occurrence.
int NginxDocument::applying(const QByteArray& name) const
{
    const QList<int> all = named(name);
    const int api = apiLocation();
    if (api < 0)
        return all.isEmpty() ? -1 : all.first();
    for (int block = api;; block = m_directives[block].parent) {
        for (int i : all)
            if (m_directives[i].parent == block)
                return i;
        if (block < 0)
            return -1;
    }
}

// The limit_req_zone the API's limit_req names, else the first one.
int NginxDocument::zone() const
{
    const QList<int> zones = named("limit_req_zone");
    const int limit = applying("limit_req");
    if (limit >= 0)
        for (const Arg& a : m_directives[limit].args)
            if (a.value.startsWith("zone="))
                for (int z : zones)
                    for (const Arg& za : m_directives[z].args)
                        if (za.value.startsWith(QByteArray(a.value.mid(5)).append(':')) ||
                            za.value == a.value)
                            return z;
    return zones.isEmpty() ? -1 : zones.first();
}

static const NginxDocument::Arg* findArg(const QList<NginxDocument::Arg>& args,
                                         const QByteArray& prefix)
{
    for (const auto& a : args)
        if (a.value.startsWith(prefix))
            return &a;
    return nullptr;
}

std::optional<QString> NginxDocument::value(const QString& key) const
{
    const QByteArray name = key.mid(6).toUtf8();
    if (name.endsWith("_timeout")) {
        const int i = applying(name);
        if (i < 0 || m_directives[i].args.isEmpty())
            return std::nullopt;
        return QString::fromUtf8(m_directives[i].args.first().value);
    }
    if (name == "rate") {
        const int z = zone();
        const Arg* rate = z >= 0 ? findArg(m_directives[z].args, "rate=") : nullptr;
        return rate ? std::optional(QString::fromUtf8(rate->value.mid(5))) : std::nullopt;
    }
    const int limit = applying("limit_req");
    if (limit < 0)
        return std::nullopt;
    if (name == "burst") {
        const Arg* burst = findArg(m_directives[limit].args, "burst=");
        return QString::fromUtf8(burst ? burst->value.mid(6) : QByteArray("0"));
    }
    if (name == "nodelay")
        return findArg(m_directives[limit].args, "nodelay") ? QStringLiteral("on")
                                                            : QStringLiteral("off");
    return std::nullopt;
}

NginxDocument::RateLimit NginxDocument::rateLimit() const
{
    RateLimit out;
    const auto after = [](const Arg* a, qsizetype skip) {
        return a ? QString::fromUtf8(a->value.mid(skip)) : QString();
    };
    if (const int z = zone(); z >= 0) {
        const QList<Arg>& args = m_directives[z].args;
        const Arg* zoneArg = findArg(args, "zone=");
        const QString spec = after(zoneArg, 5);
        out.zone = spec.section(u':', 0, 0);
        out.size = spec.section(u':', 1);
        out.rate = after(findArg(args, "rate="), 5);
        if (!args.isEmpty() && &args.first() != zoneArg)
            out.key = QString::fromUtf8(args.first().value);
    }
    if (const int limit = applying("limit_req"); limit >= 0) {
        const QList<Arg>& args = m_directives[limit].args;
        out.limitZone = after(findArg(args, "zone="), 5);
        out.burst = after(findArg(args, "burst="), 6);
        out.nodelay = findArg(args, "nodelay") != nullptr;
    }
    return out;
}

QList<NginxDocument::Occurrence> NginxDocument::occurrences(const QString& key) const
{
    QByteArray name = key.mid(6).toUtf8();
    if (name == "rate")
        name = "limit_req_zone";
    else if (name == "burst" || name == "nodelay")
        name = "limit_req";
    const int chosen = name == "limit_req_zone" ? zone() : applying(name);
    QList<Occurrence> out;
    for (int i : named(name)) {
        const Directive& d = m_directives[i];
        QStringList args;
        for (const Arg& a : d.args)
            args << QString::fromUtf8(a.value);
        out.append({m_sources[d.source].name, d.line, blockPath(i), args.join(u' '), i == chosen});
    }
    return out;
}

QByteArray NginxDocument::lineIndent(int source, qsizetype pos) const
{
    const QByteArray& b = m_sources[source].bytes;
    const qsizetype start = b.lastIndexOf('\n', pos - 1) + 1;
    qsizetype end = start;
    while (end < b.size() && (b[end] == ' ' || b[end] == '\t'))
        ++end;
    return b.mid(start, end - start);
}

QByteArray NginxDocument::eol(int source) const
{
    return m_sources[source].bytes.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
}

// A new line `text` in `block` (-1: the main file's top level, before the block holding the API
// location), indented like its neighbours, first or last among the block's directives.
void NginxDocument::insertLine(int block, const QByteArray& text, bool first, Splices* out) const
{
    if (block < 0) {
        int top = apiLocation();
        while (top >= 0 && m_directives[top].parent >= 0)
            top = m_directives[top].parent;
        const qsizetype at = top >= 0 ? m_directives[top].begin : m_sources[0].bytes.size();
        const QByteArray indent = lineIndent(0, at);
        const qsizetype lineStart = at - indent.size();
        (*out)[0].append({lineStart, lineStart, indent + text + eol(0)});
        return;
    }
    const Directive& b = m_directives[block];
    const QByteArray& bytes = m_sources[b.source].bytes;
    const QList<int>& kids = b.children;
    if (!kids.isEmpty() && first) {
        const Directive& k = m_directives[kids.first()];
        const QByteArray indent = lineIndent(k.source, k.begin);
        if (k.source == b.source && k.begin - indent.size() > bytes.lastIndexOf('{', k.begin)) {
            const qsizetype lineStart = k.begin - indent.size();
            (*out)[b.source].append({lineStart, lineStart, indent + text + eol(b.source)});
            return;
        }
    }
    int last = -1;
    for (int k : kids)
        if (m_directives[k].source == b.source)
            last = k;
    const qsizetype after = last >= 0 ? m_directives[last].end : bytes.indexOf('{', b.begin) + 1;
    const qsizetype newline = bytes.indexOf('\n', after);
    if (newline < 0 || newline > b.closeBegin) { // `location / { a; }` on one line
        (*out)[b.source].append({b.closeBegin, b.closeBegin, text + ' '});
        return;
    }
    QByteArray indent =
        last >= 0 ? lineIndent(b.source, m_directives[last].begin) : lineIndent(b.source, b.begin);
    if (last < 0)
        indent += indent.contains('\t') ? QByteArray("\t") : QByteArray("    ");
    (*out)[b.source].append({newline + 1, newline + 1, indent + text + eol(b.source)});
}

// The directive's whole line when it is alone on it, else just the directive.
void NginxDocument::removeDirective(int index, Splices* out) const
{
    const Directive& d = m_directives[index];
    const QByteArray& b = m_sources[d.source].bytes;
    const qsizetype lineStart = b.lastIndexOf('\n', d.begin - 1) + 1;
    qsizetype lineEnd = b.indexOf('\n', d.end);
    lineEnd = lineEnd < 0 ? b.size() : lineEnd + 1;
    const bool aloneBefore = b.mid(lineStart, d.begin - lineStart).trimmed().isEmpty();
    const QByteArray rest = b.mid(d.end, lineEnd - d.end).trimmed();
    if (aloneBefore && (rest.isEmpty() || rest.startsWith('#'))) {
        (*out)[d.source].append({lineStart, lineEnd, {}});
        return;
    }
    qsizetype end = d.end;
    while (end < b.size() && (b[end] == ' ' || b[end] == '\t'))
        ++end;
    (*out)[d.source].append({d.begin, end, {}});
}

void NginxDocument::spliceArg(const Directive& d, const Arg& arg, qsizetype skip,
                              const QByteArray& value, Splices* out)
{
    (*out)[d.source].append({arg.begin + skip, arg.end, value});
}

tl::expected<NginxDocument::Splices, ConfigError>
NginxDocument::editTimeout(const QByteArray& name, const QString& value, Scope scope) const
{
    const qint64 seconds = value.toLongLong();
    Splices out;
    const int chosen = applying(name);
    QList<int> targets = scope == Scope::All ? named(name) : QList<int>{};
    if (scope == Scope::Default && chosen >= 0)
        targets << chosen;
    for (int i : targets) {
        const Directive& d = m_directives[i];
        if (d.args.size() != 1)
            return tl::unexpected(
                ConfigError(m_sources[d.source].name, d.line,
                            tr("\"%1\" takes one value").arg(QString::fromUtf8(name))));
        const Arg& a = d.args.first();
        const QByteArray raw = m_sources[d.source].bytes.mid(a.begin, a.end - a.begin);
        const bool quoted = raw.startsWith('"') || raw.startsWith('\'');
        const QByteArray formatted = NginxTime::format(seconds, a.value);
        out[d.source].append({a.begin + (quoted ? 1 : 0), a.end - (quoted ? 1 : 0), formatted});
    }
    if (chosen < 0) {
        const int api = apiLocation();
        if (api < 0)
            return tl::unexpected(
                error(0, tr("no location proxies /api/, so there is no place for \"%1\"")
                             .arg(QString::fromUtf8(name))));
        insertLine(api, name + ' ' + QByteArray::number(seconds) + "s;", false, &out);
    }
    return out;
}

static QByteArray zoneName(const NginxDocument::Arg* zoneArg)
{
    const QByteArray v = zoneArg ? zoneArg->value.mid(5) : QByteArray("api_limit");
    return v.left(v.indexOf(':') < 0 ? v.size() : v.indexOf(':'));
}

// "off" removes the zone and every limit_req naming it; a rate adds or changes the zone, and a
// limit_req for the API location when none applies there.
tl::expected<NginxDocument::Splices, ConfigError>
NginxDocument::editRate(const QString& value) const
{
    Splices out;
    const int z = zone();
    const QByteArray name = z >= 0 ? zoneName(findArg(m_directives[z].args, "zone=")) : "api_limit";
    if (value == u"off") {
        if (z < 0)
            return out;
        removeDirective(z, &out);
        for (int i : named("limit_req"))
            if (const Arg* a = findArg(m_directives[i].args, "zone="); a && a->value.mid(5) == name)
                removeDirective(i, &out);
        return out;
    }
    if (z >= 0) {
        const Arg* rate = findArg(m_directives[z].args, "rate=");
        if (!rate)
            return tl::unexpected(ConfigError(m_sources[m_directives[z].source].name,
                                              m_directives[z].line,
                                              tr("limit_req_zone has no rate=")));
        spliceArg(m_directives[z], *rate, 5, value.toUtf8(), &out);
        return out;
    }
    const int api = apiLocation();
    if (api < 0)
        return tl::unexpected(
            error(0, tr("no location proxies /api/, so there is no place for a rate limit")));
    int top = api;
    while (m_directives[top].parent >= 0 && m_directives[m_directives[top].parent].name != "http")
        top = m_directives[top].parent;
    insertLine(m_directives[top].parent,
               "limit_req_zone $binary_remote_addr zone=" + name + ":10m rate=" + value.toUtf8() +
                   ';',
               true, &out);
    if (applying("limit_req") < 0)
        insertLine(api, "limit_req zone=" + name + ';', true, &out);
    return out;
}

tl::expected<NginxDocument::Splices, ConfigError>
NginxDocument::editLimitReq(const QString& key, const QString& value) const
{
    const int limit = applying("limit_req");
    if (limit < 0)
        return tl::unexpected(
            error(0, tr("there is no limit_req for /api/: set nginx.rate first")));
    const Directive& d = m_directives[limit];
    Splices out;
    if (key == u"nginx.burst") {
        if (const Arg* burst = findArg(d.args, "burst="))
            spliceArg(d, *burst, 6, value.toUtf8(), &out);
        else
            out[d.source].append(
                {d.args.first().end, d.args.first().end, " burst=" + value.toUtf8()});
        return out;
    }
    const Arg* nodelay = findArg(d.args, "nodelay");
    const QByteArray& bytes = m_sources[d.source].bytes;
    if (value == u"on" && !nodelay)
        out[d.source].append({d.args.last().end, d.args.last().end, " nodelay"});
    if (value == u"off" && nodelay) {
        qsizetype begin = nodelay->begin;
        while (begin > 0 && (bytes[begin - 1] == ' ' || bytes[begin - 1] == '\t'))
            --begin;
        out[d.source].append({begin, nodelay->end, {}});
    }
    return out;
}

tl::expected<NginxDocument, ConfigError>
NginxDocument::withValue(const QString& key, const QString& value, Scope scope) const
{
    tl::expected<Splices, ConfigError> splices =
        tl::unexpected(error(0, tr("\"%1\" is not a setting of this file").arg(key)));
    if (key.endsWith(u"_timeout") && keys().contains(key))
        splices = editTimeout(key.mid(6).toUtf8(), value, scope);
    else if (key == u"nginx.rate")
        splices = editRate(value);
    else if (key == u"nginx.burst" || key == u"nginx.nodelay")
        splices = editLimitReq(key, value);
    if (!splices)
        return tl::unexpected(splices.error());
    return rebuilt(*splices);
}

tl::expected<NginxDocument, ConfigError> NginxDocument::rebuilt(const Splices& splices) const
{
    QHash<QString, QByteArray> edited;
    for (int s = 0; s < m_sources.size(); ++s)
        edited.insert(m_sources[s].name, Splice::apply(m_sources[s].bytes, splices.value(s)));
    // Includes resolve to the same files as before, now with their edited bytes.
    const QHash<QString, QStringList> includes = m_includes;
    IncludeResolver resolver = [includes, edited](const QString& pattern, const QString& from) {
        QList<Source> out;
        for (const QString& name : includes.value(pattern + u'@' + from))
            out.append({name, edited.value(name)});
        return out;
    };
    auto doc = parse(m_sources[0].name, edited.value(m_sources[0].name), resolver);
    if (doc)
        doc->m_resolver = m_resolver;
    return doc;
}

} // namespace artgen::core
