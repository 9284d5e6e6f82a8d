#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace artgen::core {

// The files of a stack that its nginx file includes, so a change to one of them is tested with
// `nginx -t` like a change to the nginx file itself. The folder of the stack's nginx file plays
// nginx's configuration folder (/etc/nginx): a relative `include` path — in the nginx file or in
// a file it includes, as nginx reads them — is taken relative to that folder, an absolute one
// below /etc/nginx/ likewise; globs (*, ?, [...]) match as glob(3) does (not across "/").
// Paths outside that folder are not the stack's and are left out. Reads files, no processes.
class NginxIncludes
{
public:
    static constexpr const char* kConfigFolder = "/etc/nginx/";

    // The paths of the `include` directives of `config`, as written (comments and quotes as
    // nginx reads them); none when it does not parse.
    static QStringList directives(const QByteArray& config);

    // Stack-relative paths of the files `mainPath` includes, directly or through included
    // files, sorted. `candidates` (by relative path) stand in for the files' bytes on disk, and
    // a candidate that does not exist yet is matched by a glob too.
    static QStringList resolve(const QString& stackDir, const QString& mainPath,
                               const QHash<QString, QByteArray>& candidates = {});

    // Where `path` (stack-relative, included by `mainPath`) sits below nginx's configuration
    // folder: its path relative to the nginx file's folder.
    static QString configRelative(const QString& mainPath, const QString& path);

private:
    static QStringList expand(const QString& stackDir, const QString& base, const QString& pattern,
                              const QStringList& candidates);
};

} // namespace artgen::core
