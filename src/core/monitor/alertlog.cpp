#include "alertlog.h"

#include "logging/categories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace artgen::core {

AlertLog::AlertLog(QString path, qint64 maxBytes, int keep)
    : m_path(std::move(path)), m_maxBytes(maxBytes), m_keep(keep)
{
    m_pool.setMaxThreadCount(1); // one writer: lines land in the order they were raised
}

AlertLog::~AlertLog()
{
    flush();
}

QString AlertLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/artgen/alerts.jsonl");
}

void AlertLog::append(const Alert& alert)
{
    const QByteArray line = QJsonDocument(alert.toJson()).toJson(QJsonDocument::Compact) + '\n';
    m_pool.start([path = m_path, line, maxBytes = m_maxBytes, keep = m_keep] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        const qint64 size = QFileInfo(path).size();
        if (size > 0 && size + line.size() > maxBytes)
            rotate(path, keep);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(line) != line.size())
            qCWarning(lcCore) << "alert log not written:" << path << f.errorString();
    });
}

QString AlertLog::generation(const QString& path, int n)
{
    return path + u'.' + QString::number(n);
}

void AlertLog::rotate(const QString& path, int keep)
{
    QFile::remove(generation(path, keep));
    for (int n = keep - 1; n >= 1; --n)
        QFile::rename(generation(path, n), generation(path, n + 1));
    if (keep >= 1 && !QFile::rename(path, generation(path, 1)))
        qCWarning(lcCore) << "alert log not rotated:" << path;
    if (keep < 1)
        QFile::remove(path);
}

void AlertLog::flush()
{
    m_pool.waitForDone();
}

} // namespace artgen::core
