#include "nginxincludes.h"

#include "nginxtokenizer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace artgen::core {

namespace {

using Kind = NginxTokenizer::Token::Kind;

QString folderOf(const QString& mainPath)
{
    const QString folder = QFileInfo(mainPath).path();
    return folder == u"." ? QString() : folder;
}

QString join(const QString& base, const QString& relative)
{
    return base.isEmpty() ? relative : base + u'/' + relative;
}

QByteArray bytesOf(const QString& stackDir, const QString& path,
                   const QHash<QString, QByteArray>& candidates)
{
    if (candidates.contains(path))
        return candidates.value(path);
    QFile f(QDir(stackDir).filePath(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

QStringList NginxIncludes::directives(const QByteArray& config)
{
    const auto tokens = NginxTokenizer::tokenize(config);
    if (!tokens)
        return {};
    QStringList out;
    bool statementStart = true;
    bool inInclude = false;
    for (const NginxTokenizer::Token& t : *tokens) {
        if (t.kind == Kind::Comment)
            continue;
        const bool word = t.kind == Kind::Word || t.kind == Kind::Quoted;
        if (inInclude && word)
            out << QString::fromUtf8(t.value);
        inInclude = statementStart && t.kind == Kind::Word && t.value == "include";
        statementStart = !word;
    }
    return out;
}

QString NginxIncludes::configRelative(const QString& mainPath, const QString& path)
{
    const QString base = folderOf(mainPath);
    return !base.isEmpty() && path.startsWith(base + u'/') ? path.mid(base.size() + 1) : path;
}

QStringList NginxIncludes::expand(const QString& stackDir, const QString& base,
                                  const QString& pattern, const QStringList& candidates)
{
    const QString folder = QString::fromLatin1(kConfigFolder);
    QString relative = pattern;
    if (relative.startsWith(u'/')) {
        if (!relative.startsWith(folder))
            return {};
        relative = relative.mid(folder.size());
    }
    relative = QDir::cleanPath(relative);
    if (relative.isEmpty() || relative == u".." || relative.startsWith(u"../"))
        return {};
    // glob(3)'s meaning: a wildcard never matches "/" (Qt's default wildcard conversion).
    const QRegularExpression glob(QRegularExpression::wildcardToRegularExpression(relative));
    QStringList paths = candidates;
    const QString root = QDir(stackDir).filePath(base);
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << join(base, QDir(root).relativeFilePath(it.next()));
    QStringList out;
    for (const QString& path : paths) {
        const QString inFolder = base.isEmpty() ? path : path.mid(base.size() + 1);
        if ((base.isEmpty() || path.startsWith(base + u'/')) && glob.match(inFolder).hasMatch() &&
            !out.contains(path))
            out << path;
    }
    return out;
}

QStringList NginxIncludes::resolve(const QString& stackDir, const QString& mainPath,
                                   const QHash<QString, QByteArray>& candidates)
{
    const QString base = folderOf(mainPath);
    QStringList out;
    QSet<QString> seen{mainPath};
    QStringList queue{mainPath};
    while (!queue.isEmpty()) {
        const QString file = queue.takeFirst();
        for (const QString& pattern : directives(bytesOf(stackDir, file, candidates)))
            for (const QString& path : expand(stackDir, base, pattern, candidates.keys()))
                if (!seen.contains(path)) {
                    seen.insert(path);
                    out << path;
                    queue << path;
                }
    }
    out.sort();
    return out;
}

} // namespace artgen::core
