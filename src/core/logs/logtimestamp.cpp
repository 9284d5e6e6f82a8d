#include "logtimestamp.h"

namespace artgen::core {

namespace {
constexpr qint64 kNsPerSec = 1000000000LL;

// Howard Hinnant's days_from_civil / civil_from_days: proleptic Gregorian, no tables.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64* y, unsigned* m, unsigned* d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = qint64(yoe) + era * 400 + (*m <= 2);
}

bool digits(QByteArrayView s, qsizetype at, int n, int* value)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = s[at + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}
} // namespace

qsizetype LogTimestamp::parse(QByteArrayView s, qint64* ns)
{
    // YYYY-MM-DDTHH:MM:SS[.fffffffff](Z|±HH:MM)
    if (s.size() < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        return 0;
    int y, mo, d, h, mi, se;
    if (!digits(s, 0, 4, &y) || !digits(s, 5, 2, &mo) || !digits(s, 8, 2, &d) ||
        !digits(s, 11, 2, &h) || !digits(s, 14, 2, &mi) || !digits(s, 17, 2, &se))
        return 0;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60)
        return 0;
    qsizetype i = 19;
    qint64 frac = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        int n = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            if (n < 9) {
                frac = frac * 10 + (s[i] - '0');
                ++n;
            }
            ++i;
        }
        for (; n < 9; ++n)
            frac *= 10;
    }
    if (i >= s.size())
        return 0;
    qint64 offsetSec = 0;
    if (s[i] == 'Z') {
        ++i;
    } else if ((s[i] == '+' || s[i] == '-') && i + 6 <= s.size() && s[i + 3] == ':') {
        int oh, om;
        if (!digits(s, i + 1, 2, &oh) || !digits(s, i + 4, 2, &om))
            return 0;
        offsetSec = (oh * 3600 + om * 60) * (s[i] == '+' ? 1 : -1);
        i += 6;
    } else {
        return 0;
    }
    const qint64 secs =
        daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400 + h * 3600 + mi * 60 + se - offsetSec;
    *ns = secs * kNsPerSec + frac;
    return i;
}

QByteArray LogTimestamp::format(qint64 ns)
{
    qint64 secs = ns / kNsPerSec;
    qint64 frac = ns % kNsPerSec;
    if (frac < 0) {
        frac += kNsPerSec;
        --secs;
    }
    qint64 days = secs / 86400;
    qint64 rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    qint64 y;
    unsigned m, d;
    civilFromDays(days, &y, &m, &d);
    char buf[40];
    const int n = std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lld.%09lldZ",
                                static_cast<long long>(y), m, d, static_cast<long long>(rem / 3600),
                                static_cast<long long>(rem / 60 % 60),
                                static_cast<long long>(rem % 60), static_cast<long long>(frac));
    return QByteArray(buf, n);
}

QDateTime LogTimestamp::toDateTime(qint64 ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC);
}

qint64 LogTimestamp::fromDateTime(const QDateTime& dt)
{
    return dt.toMSecsSinceEpoch() * 1000000;
}

} // namespace artgen::core
