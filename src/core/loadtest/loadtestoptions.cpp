#include "loadtestoptions.h"

#include <QRegularExpression>
#include <QThread>
#include <algorithm>
#include <cmath>

namespace artgen::core {

std::optional<qint64> LoadTestOptions::parseDurationMs(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([0-9]*\\.?[0-9]+)\\s*(ms|s|m|h)?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    const double factor = unit == u"ms"  ? 1.0
                          : unit == u"m" ? 60'000.0
                          : unit == u"h" ? 3'600'000.0
                                         : 1000.0;
    const double ms = std::round(value * factor);
    if (ms < 1 || ms > 24 * 3'600'000.0)
        return std::nullopt;
    return qint64(ms);
}

std::optional<QPair<QByteArray, QByteArray>> LoadTestOptions::parseHeader(const QString& text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0 || text.contains(u'\r') || text.contains(u'\n'))
        return std::nullopt;
    const QByteArray name = text.left(colon).trimmed().toLatin1();
    if (name.isEmpty() || name.contains(' '))
        return std::nullopt;
    return QPair<QByteArray, QByteArray>(name, text.mid(colon + 1).trimmed().toUtf8());
}

int LoadTestOptions::effectiveThreads() const
{
    const int wanted = threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
    return std::clamp(wanted, 1, std::max(1, connections));
}

qint64 LoadTestOptions::timeBoundMs() const
{
    qint64 bound = maxDurationMs;
    if (ramp)
        bound = std::min(bound, stepDurationMs * ramp->rates().size());
    else if (durationMs > 0)
        bound = std::min(bound, durationMs);
    else if (requests == 0)
        bound = std::min(bound, kDefaultDurationMs);
    return bound;
}

Status LoadTestOptions::validate() const
{
    const auto bad = [](const QString& why) {
        return fail(
            Error(Error::Code::InvalidInput, tr("The load test's settings are invalid."), why));
    };
    static const QList<QByteArray> methods = {"GET", "POST", "PUT", "DELETE", "HEAD", "PATCH"};
    if (!methods.contains(method))
        return bad(tr("Unknown method “%1”; use GET, POST, PUT, DELETE, HEAD or PATCH.")
                       .arg(QString::fromLatin1(method)));
    if (connections < 1 || connections > kMaxConnections)
        return bad(tr("Connections must be between 1 and %1.").arg(kMaxConnections));
    if (requests < 0 || durationMs < 0 || threads < 0 || timeoutMs < 1)
        return bad(tr("Counts, durations and timeouts must be positive."));
    if (requests > 0 && durationMs > 0)
        return bad(tr("Give a request count or a duration, not both."));
    if (rate < 0 || (rate > 0 && ramp))
        return bad(tr("Give a constant rate or a ramp, not both."));
    if (ramp && sloMicros <= 0)
        return bad(tr("A ramp needs an SLO (--slo) to find the highest rate that meets it."));
    return {};
}

} // namespace artgen::core
