#include "nginxtime.h"

namespace artgen::core {

static qint64 unitMs(const QByteArray& unit)
{
    if (unit == "ms")
        return 1;
    if (unit.isEmpty() || unit == "s")
        return 1000;
    if (unit == "m")
        return 60'000;
    if (unit == "h")
        return 3'600'000;
    if (unit == "d")
        return 86'400'000;
    if (unit == "w")
        return 7 * 86'400'000LL;
    return 0;
}

std::optional<qint64> NginxTime::parse(const QByteArray& text)
{
    qint64 total = 0;
    qsizetype i = 0;
    if (text.isEmpty())
        return std::nullopt;
    while (i < text.size()) {
        qint64 n = 0;
        const qsizetype digits = i;
        for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
            n = n * 10 + (text[i] - '0');
            if (n > 1'000'000'000)
                return std::nullopt;
        }
        if (i == digits)
            return std::nullopt;
        QByteArray unit;
        for (; i < text.size() && (text[i] < '0' || text[i] > '9'); ++i)
            unit += text[i];
        const qint64 ms = unitMs(unit.trimmed());
        if (ms == 0 || (unit.isEmpty() && i < text.size()))
            return std::nullopt;
        total += n * ms;
    }
    return total;
}

QByteArray NginxTime::format(qint64 seconds, const QByteArray& original)
{
    QByteArray unit;
    for (qsizetype i = original.size() - 1; i >= 0 && (original[i] < '0' || original[i] > '9'); --i)
        unit.prepend(original[i]);
    const qint64 ms = unitMs(unit);
    if (!unit.isEmpty() && ms >= 1000 && (seconds * 1000) % ms == 0)
        return QByteArray::number(seconds * 1000 / ms).append(unit);
    if (unit.isEmpty() && !original.isEmpty())
        return QByteArray::number(seconds);
    return QByteArray::number(seconds).append('s');
}

} // namespace artgen::core
