#pragma once

#include "configerror.h"
#include "nginxtokenizer.h"
#include "splice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <optional>
#include <tl/expected.hpp>

namespace artgen::core {

// nginx-docker.conf as a document: the bytes of the file (and of the files it includes), the
// directive tree with the byte span of every argument, and edits that splice only the bytes of
// the values they change. Keys: nginx.proxy_read_timeout, nginx.proxy_connect_timeout,
// nginx.proxy_send_timeout (seconds), nginx.rate ("20r/s", "off" = no limit_req_zone and no
// limit_req), nginx.burst, nginx.nodelay ("on"/"off").
class NginxDocument
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::NginxDocument)

public:
    struct Source
    {
        QString name; // relative to the stack folder
        QByteArray bytes;
    };
    // Included files for an `include` argument written in `fromFile`; empty when the pattern does
    // not resolve inside the stack folder (the include is then left alone).
    using IncludeResolver =
        std::function<QList<Source>(const QString& pattern, const QString& fromFile)>;

    struct Occurrence
    {
        QString file;
        int line = 0;
        QString blockPath; // "server > location /api/", empty at the top level
        QString value;
        bool isDefault = false; // the one a plain edit of the key changes
    };
    enum class Scope { Default, All };
    // The API's rate limit as the file writes it: the limit_req_zone's key, zone name, size and
    // rate, and the limit_req's zone, burst and nodelay. Empty strings where a part is absent.
    struct RateLimit
    {
        QString key;  // "$binary_remote_addr"
        QString zone; // "api_limit"
        QString size; // "10m"
        QString rate; // "20r/s"
        QString limitZone;
        QString burst;
        bool nodelay = false;
        bool operator==(const RateLimit&) const = default;
    };
    struct Arg
    {
        QByteArray value;
        qsizetype begin = 0;
        qsizetype end = 0;
    };

    static tl::expected<NginxDocument, ConfigError>
    parse(const QString& name, const QByteArray& bytes, const IncludeResolver& resolver = {});
    static const QStringList& keys();

    const QList<Source>& sources() const { return m_sources; }
    // The value that applies to the location proxying /api/, as the file writes it; nothing when
    // the directive is absent there.
    std::optional<QString> value(const QString& key) const;
    QList<Occurrence> occurrences(const QString& key) const;
    RateLimit rateLimit() const;
    // `value`: seconds for a timeout, "20r/s" or "off" for the rate, a count for the burst,
    // "on"/"off" for nodelay.
    tl::expected<NginxDocument, ConfigError> withValue(const QString& key, const QString& value,
                                                       Scope scope = Scope::Default) const;

private:
    struct Directive
    {
        QByteArray name;
        QList<Arg> args;
        int source = 0;
        int line = 0;
        qsizetype begin = 0;
        qsizetype end = 0;
        qsizetype closeBegin = -1; // a block's closing brace
        int parent = -1;
        QList<int> children;
    };
    using Splices = QHash<int, QList<Splice>>; // by source

    tl::expected<void, ConfigError> parseSource(int source, int parent, int depth);
    tl::expected<void, ConfigError> parseBlock(const QList<NginxTokenizer::Token>& tokens,
                                               qsizetype* i, int source, int parent, int depth);
    QString blockPath(int index) const;
    QString label(int index) const;
    int apiLocation() const;
    int applying(const QByteArray& name) const;
    int zone() const;
    QList<int> named(const QByteArray& name) const;
    QByteArray lineIndent(int source, qsizetype pos) const;
    QByteArray eol(int source) const;
    void insertLine(int block, const QByteArray& text, bool first, Splices* out) const;
    void removeDirective(int index, Splices* out) const;
    static void spliceArg(const Directive& d, const Arg& arg, qsizetype skip,
                          const QByteArray& value, Splices* out);
    tl::expected<Splices, ConfigError> editTimeout(const QByteArray& name, const QString& value,
                                                   Scope scope) const;
    tl::expected<Splices, ConfigError> editRate(const QString& value) const;
    tl::expected<Splices, ConfigError> editLimitReq(const QString& key, const QString& value) const;
    ConfigError error(int line, const QString& reason) const;
    tl::expected<NginxDocument, ConfigError> rebuilt(const Splices& splices) const;

    QList<Source> m_sources;
    QList<Directive> m_directives;
    QHash<QString, QStringList> m_includes; // pattern@file -> included source names
    IncludeResolver m_resolver;
};

} // namespace artgen::core
