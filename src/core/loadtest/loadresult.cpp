#include "loadresult.h"

#include <QJsonArray>
#include <algorithm>
#include <numeric>

namespace artgen::core {

namespace {

QJsonObject statusJson(const LoadResult& r)
{
    QJsonObject status;
    const auto counts = r.statuses();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        status.insert(QString::number(it.key()), it.value());
    return status;
}

QJsonObject errorJson(const LoadResult& r)
{
    QJsonObject errors;
    for (int i = 0; i < LoadResult::kErrorKinds; ++i)
        errors.insert(LoadResult::errorKindName(LoadResult::ErrorKind(i)),
                      r.errors[std::size_t(i)]);
    return errors;
}

} // namespace

void LoadResult::add(const LoadResult& other)
{
    corrected.add(other.corrected);
    uncorrected.add(other.uncorrected);
    completed += other.completed;
    bytesRead += other.bytesRead;
    bytesWritten += other.bytesWritten;
    for (int i = 0; i < kMaxStatus; ++i)
        statusCounts[std::size_t(i)] += other.statusCounts[std::size_t(i)];
    for (int i = 0; i < kErrorKinds; ++i)
        errors[std::size_t(i)] += other.errors[std::size_t(i)];
    elapsedNs = std::max(elapsedNs, other.elapsedNs);
    userCpuNs += other.userCpuNs;
    systemCpuNs += other.systemCpuNs;
    if (server.isEmpty())
        server = other.server;
}

qint64 LoadResult::errorCount() const
{
    return std::accumulate(errors.begin(), errors.end(), qint64(0));
}

double LoadResult::requestsPerSecond() const
{
    return elapsedNs > 0 ? double(completed) * 1e9 / double(elapsedNs) : 0.0;
}

QMap<int, qint64> LoadResult::statuses() const
{
    QMap<int, qint64> out;
    for (int i = 0; i < kMaxStatus; ++i)
        if (statusCounts[std::size_t(i)] > 0)
            out.insert(i, statusCounts[std::size_t(i)]);
    return out;
}

bool LoadResult::rateShortfall() const
{
    const double achieved = elapsedNs > 0 ? double(requests()) * 1e9 / double(elapsedNs) : 0.0;
    return targetRate > 0 && achieved < 0.99 * targetRate;
}

double LoadResult::cpuMicrosPerRequest() const
{
    const qint64 n = requests();
    return n > 0 ? double(userCpuNs + systemCpuNs) / 1000.0 / double(n) : 0.0;
}

QString LoadResult::errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Connect:
        return QStringLiteral("connect");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Reset:
        return QStringLiteral("reset");
    case ErrorKind::Malformed:
        return QStringLiteral("malformed");
    }
    return {};
}

QJsonObject LoadResult::latencyJson(const LatencyHistogram& h)
{
    const auto ms = [](double micros) {
        return micros / 1000.0;
    };
    return {{QStringLiteral("min"), ms(double(h.min()))},
            {QStringLiteral("p50"), ms(double(h.valueAtPercentile(50)))},
            {QStringLiteral("p90"), ms(double(h.valueAtPercentile(90)))},
            {QStringLiteral("p95"), ms(double(h.valueAtPercentile(95)))},
            {QStringLiteral("p99"), ms(double(h.valueAtPercentile(99)))},
            {QStringLiteral("p99_9"), ms(double(h.valueAtPercentile(99.9)))},
            {QStringLiteral("max"), ms(double(h.max()))},
            {QStringLiteral("mean"), ms(h.mean())},
            {QStringLiteral("stdev"), ms(h.stdev())}};
}

QJsonObject LoadResult::toJson() const
{
    const QJsonObject status = statusJson(*this);
    const QJsonObject errorsJson = errorJson(*this);
    QJsonObject o{{QStringLiteral("requests"), requests()},
                  {QStringLiteral("responses"), completed},
                  {QStringLiteral("duration_s"), double(elapsedNs) / 1e9},
                  {QStringLiteral("requests_per_second"), requestsPerSecond()},
                  {QStringLiteral("bytes_read"), bytesRead},
                  {QStringLiteral("bytes_written"), bytesWritten},
                  {QStringLiteral("latency_ms"), latencyJson(corrected)},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("errors"), errorsJson},
                  {QStringLiteral("cpu_user_s"), double(userCpuNs) / 1e9},
                  {QStringLiteral("cpu_system_s"), double(systemCpuNs) / 1e9},
                  {QStringLiteral("cpu_us_per_request"), cpuMicrosPerRequest()}};
    if (targetRate > 0) {
        o.insert(QStringLiteral("target_rate"), targetRate);
        o.insert(QStringLiteral("achieved_rate"),
                 elapsedNs > 0 ? double(requests()) * 1e9 / double(elapsedNs) : 0.0);
        o.insert(QStringLiteral("latency_ms_uncorrected"), latencyJson(uncorrected));
    }
    return o;
}

QJsonObject LoadResult::toRecordJson() const
{
    const QJsonObject status = statusJson(*this);
    const QJsonObject errorsJson = errorJson(*this);
    return {{QStringLiteral("corrected"), corrected.toJson()},
            {QStringLiteral("uncorrected"), uncorrected.toJson()},
            {QStringLiteral("completed"), completed},
            {QStringLiteral("bytes_read"), bytesRead},
            {QStringLiteral("bytes_written"), bytesWritten},
            {QStringLiteral("status"), status},
            {QStringLiteral("errors"), errorsJson},
            {QStringLiteral("elapsed_ns"), elapsedNs},
            {QStringLiteral("cpu_user_ns"), userCpuNs},
            {QStringLiteral("cpu_system_ns"), systemCpuNs},
            {QStringLiteral("target_rate"), targetRate},
            {QStringLiteral("server"), QString::fromLatin1(server)}};
}

std::optional<LoadResult> LoadResult::fromRecordJson(const QJsonObject& json)
{
    const auto corrected =
        LatencyHistogram::fromJson(json.value(QStringLiteral("corrected")).toObject());
    const auto uncorrected =
        LatencyHistogram::fromJson(json.value(QStringLiteral("uncorrected")).toObject());
    if (!corrected || !uncorrected || !json.contains(QStringLiteral("completed")))
        return std::nullopt;
    LoadResult r;
    r.corrected = *corrected;
    r.uncorrected = *uncorrected;
    r.completed = json.value(QStringLiteral("completed")).toInteger();
    r.bytesRead = json.value(QStringLiteral("bytes_read")).toInteger();
    r.bytesWritten = json.value(QStringLiteral("bytes_written")).toInteger();
    const QJsonObject status = json.value(QStringLiteral("status")).toObject();
    for (auto it = status.begin(); it != status.end(); ++it) {
        bool ok = false;
        const int code = it.key().toInt(&ok);
        if (!ok || code < 0 || code >= kMaxStatus)
            return std::nullopt;
        r.statusCounts[std::size_t(code)] = it.value().toInteger();
    }
    const QJsonObject errorsJson = json.value(QStringLiteral("errors")).toObject();
    for (int i = 0; i < kErrorKinds; ++i)
        r.errors[std::size_t(i)] = errorsJson.value(errorKindName(ErrorKind(i))).toInteger();
    r.elapsedNs = json.value(QStringLiteral("elapsed_ns")).toInteger();
    r.userCpuNs = json.value(QStringLiteral("cpu_user_ns")).toInteger();
    r.systemCpuNs = json.value(QStringLiteral("cpu_system_ns")).toInteger();
    r.targetRate = json.value(QStringLiteral("target_rate")).toDouble();
    r.server = json.value(QStringLiteral("server")).toString().toLatin1();
    return r;
}

} // namespace artgen::core
