#include "nginxaccessline.h"

#include <QRegularExpression>

namespace artgen::core {

std::optional<NginxAccessLine> NginxAccessLine::parse(QByteArrayView line)
{
    static const QRegularExpression re(QStringLiteral(
        R"re(^\S+ \S+ \S+ \[([^\]]+)\] "([^"]*)" (\d{3}) (?:\d+|-)(?: "[^"]*" "[^"]*")?(.*)$)re"));
    static const QRegularExpression time(
        QStringLiteral(R"re(^\s*(?:rt=|request_time=)?(\d+\.\d+)\b)re"));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(line));
    if (!m.hasMatch())
        return std::nullopt;
    NginxAccessLine out;
    out.time = m.captured(1);
    out.request = m.captured(2);
    out.status = m.captured(3).toInt();
    const QRegularExpressionMatch t = time.match(m.captured(4));
    if (t.hasMatch())
        out.requestTimeSec = t.captured(1).toDouble();
    return out;
}

} // namespace artgen::core
