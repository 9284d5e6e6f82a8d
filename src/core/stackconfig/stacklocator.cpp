#include "stacklocator.h"

#include "util/buildinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace artgen::core {

bool StackLocator::looksLikeStackDir(const QString& dir)
{
    return QFileInfo::exists(dir + QStringLiteral("/Docker_all/docker-compose.yml"));
}

QString StackLocator::demoStackDir()
{
    QStringList candidates;
    const QString env = qEnvironmentVariable("ARTGEN_DEMO_STACK");
    if (!env.isEmpty())
        candidates << env;
    candidates << QCoreApplication::applicationDirPath() +
                      QStringLiteral("/../share/artgen/demo-stack")
               << QStringLiteral(ARTGEN_DATA_DIR "/demo-stack")
               << QStringLiteral(ARTGEN_SOURCE_DIR "/resources/demo-stack");
    for (const QString& c : std::as_const(candidates))
        if (looksLikeStackDir(c))
            return QDir::cleanPath(QFileInfo(c).absoluteFilePath());
    return {};
}

} // namespace artgen::core
