#include "humanformat.h"

namespace artgen::core {

QString HumanFormat::duration(qint64 s)
{
    if (s < 0)
        return QStringLiteral("-");
    if (s < 60)
        return tr("%1s").arg(s);
    if (s < 3600)
        return tr("%1m %2s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return tr("%1h %2m").arg(s / 3600).arg((s % 3600) / 60);
    return tr("%1d %2h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString HumanFormat::bytes(qint64 b)
{
    if (b < 0)
        return QStringLiteral("-");
    if (b < 1024)
        return tr("%1 B").arg(b);
    if (b < 1024 * 1024)
        return tr("%1 KiB").arg(double(b) / 1024, 0, 'f', 1);
    if (b < 1024LL * 1024 * 1024)
        return tr("%1 MiB").arg(double(b) / (1024 * 1024), 0, 'f', 1);
    return tr("%1 GiB").arg(double(b) / (1024.0 * 1024 * 1024), 0, 'f', 2);
}

} // namespace artgen::core
