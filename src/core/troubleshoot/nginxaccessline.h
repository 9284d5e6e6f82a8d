#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace artgen::core {

// One line of nginx's access log in the "combined" format the demo's (and Debian's) nginx
// writes — `addr - user [time] "request" status bytes "referer" "agent"` — and, when the
// log_format adds it after those, the request time in seconds ("0.012", "rt=0.012",
// "request_time=0.012"). The combined format has no request time. Pure.
struct NginxAccessLine
{
    QString time;    // as nginx writes it: 30/Nov/2026:06:01:02 +0000
    QString request; // "GET /api/v1/health HTTP/1.1"
    int status = 0;
    std::optional<double> requestTimeSec;

    static std::optional<NginxAccessLine> parse(QByteArrayView line);
};

} // namespace artgen::core
