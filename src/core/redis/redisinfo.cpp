#include "redisinfo.h"

namespace artgen::core {

RedisInfo RedisInfo::parse(const QByteArray& text)
{
    RedisInfo info;
    for (QByteArray line : text.split('\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        info.m_fields.insert(line.left(colon), line.mid(colon + 1));
    }
    return info;
}

std::optional<qint64> RedisInfo::integer(const QByteArray& field) const
{
    bool ok = false;
    const qint64 v = m_fields.value(field).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

std::optional<double> RedisInfo::real(const QByteArray& field) const
{
    bool ok = false;
    const double v = m_fields.value(field).toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace artgen::core
