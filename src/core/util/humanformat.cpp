#include "humanformat.h"

#include <QLocale>

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
    const QLocale locale;
    if (b < 1024)
        return tr("%1 B").arg(b);
    if (b < 1024 * 1024)
        return tr("%1 KiB").arg(locale.toString(double(b) / 1024, 'f', 1));
    if (b < 1024LL * 1024 * 1024)
        return tr("%1 MiB").arg(locale.toString(double(b) / (1024 * 1024), 'f', 1));
    if (b < 1024LL * 1024 * 1024 * 1024)
        return tr("%1 GiB").arg(locale.toString(double(b) / (1024.0 * 1024 * 1024), 'f', 2));
    return tr("%1 TiB").arg(locale.toString(double(b) / (1024.0 * 1024 * 1024 * 1024), 'f', 2));
}

QString HumanFormat::rate(double bytesPerSecond)
{
    return tr("%1/s", "a size per second").arg(bytes(qint64(qMax(0.0, bytesPerSecond))));
}

QString HumanFormat::groupedCount(QString translated, qint64 n)
{
    const QString plain = QString::number(n);
    const qsizetype at = translated.indexOf(plain);
    return at < 0 ? translated : translated.replace(at, plain.size(), QLocale().toString(n));
}

} // namespace artgen::core
