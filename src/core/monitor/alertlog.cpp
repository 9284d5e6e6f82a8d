#include "alertlog.h"

#include "logging/categories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace artgen::core {

AlertLog::AlertLog(QString path, qint64 maxBytes, int keep)
    : m_path(std::move(path)), m_rotation(maxBytes, keep)
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
    m_pool.start([path = m_path, line, rotation = m_rotation] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        rotation.beforeAppend(path, line.size());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(line) != line.size())
            qCWarning(lcCore) << "alert log not written:" << path << f.errorString();
    });
}

QString AlertLog::generation(const QString& path, int n)
{
    return LogRotation::generation(path, n);
}

void AlertLog::flush()
{
    m_pool.waitForDone();
}

} // namespace artgen::core
