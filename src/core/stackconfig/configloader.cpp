#include "configloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace artgen::core {

QList<NginxDocument::Source> ConfigLoader::resolveInclude(const QString& stackDir,
                                                          const QString& pattern,
                                                          const QString& fromFile)
{
    const QString root = QFileInfo(stackDir).canonicalFilePath();
    if (root.isEmpty() || QDir::isAbsolutePath(pattern))
        return {}; // an absolute path names the container's file system, not the stack folder
    const QFileInfo where(QDir(stackDir).filePath(QFileInfo(fromFile).path() + u'/' + pattern));
    QDir dir(where.path());
    const QStringList names = dir.entryList({where.fileName()}, QDir::Files, QDir::Name);
    QList<NginxDocument::Source> out;
    for (const QString& name : names) {
        const QString real = QFileInfo(dir.filePath(name)).canonicalFilePath();
        if (!real.startsWith(root + u'/'))
            continue;
        QFile file(real);
        if (file.open(QIODevice::ReadOnly))
            out.append({QDir(root).relativeFilePath(real), file.readAll()});
    }
    return out;
}

Result<ConfigDocuments> ConfigLoader::load(const QString& stackDir)
{
    QHash<QString, QByteArray> files;
    for (auto f : {ConfigKey::File::Nginx, ConfigKey::File::Compose, ConfigKey::File::Database,
                   ConfigKey::File::HttpClient}) {
        QFile file(QDir(stackDir).filePath(ConfigKey::path(f)));
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                Error(file.exists() ? Error::Code::PermissionDenied : Error::Code::NotFound,
                      tr("Cannot read %1.").arg(file.fileName()), file.errorString(),
                      tr("Check that the stack folder is right and the file is readable.")));
        files.insert(ConfigKey::path(f), file.readAll());
    }
    auto docs =
        ConfigDocuments::parse(files, [stackDir](const QString& pattern, const QString& from) {
            return resolveInclude(stackDir, pattern, from);
        });
    if (!docs)
        return fail(docs.error().toError());
    return *docs;
}

} // namespace artgen::core
