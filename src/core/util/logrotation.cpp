#include "logrotation.h"

#include "logging/categories.h"

#include <QFile>
#include <QFileInfo>

namespace artgen::core {

void LogRotation::beforeAppend(const QString& path, qint64 incomingBytes) const
{
    const qint64 size = QFileInfo(path).size();
    if (size > 0 && size + incomingBytes > m_maxBytes)
        rotate(path);
}

QString LogRotation::generation(const QString& path, int n)
{
    return path + u'.' + QString::number(n);
}

QStringList LogRotation::files(const QString& path)
{
    QStringList out;
    if (QFileInfo::exists(path))
        out << path;
    // Generations are numbered without gaps: the first missing one ends them.
    for (int n = 1; QFileInfo::exists(generation(path, n)); ++n)
        out.prepend(generation(path, n));
    return out;
}

void LogRotation::rotate(const QString& path) const
{
    if (m_keep < 1) {
        QFile::remove(path);
        return;
    }
    QFile::remove(generation(path, m_keep));
    for (int n = m_keep - 1; n >= 1; --n)
        QFile::rename(generation(path, n), generation(path, n + 1));
    if (!QFile::rename(path, generation(path, 1)))
        qCWarning(lcCore) << "log not rotated:" << path;
}

} // namespace artgen::core
