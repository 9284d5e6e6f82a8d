#include "loadreportformat.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace artgen::core {

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

void flatten(const QString& prefix, const QJsonValue& value, QStringList* lines)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(), it.value(), lines);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(prefix + u'.' + QString::number(i), a.at(i), lines);
    } else {
        QString text;
        if (value.isDouble())
            text = QString::number(value.toDouble(), 'g', 12);
        else if (value.isBool())
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else
            text = value.toString();
        *lines << csvField(prefix) + u',' + csvField(text);
    }
}

QString ms(double micros)
{
    return QLocale().toString(micros / 1000.0, 'f', 3);
}

} // namespace

LoadReportFormat::Kind LoadReportFormat::kindForFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("csv"))
        return Kind::Csv;
    if (suffix == QStringLiteral("md") || suffix == QStringLiteral("markdown"))
        return Kind::Markdown;
    return Kind::Json;
}

QByteArray LoadReportFormat::render(const LoadReport& report, Kind kind)
{
    switch (kind) {
    case Kind::Csv:
        return csv(report);
    case Kind::Markdown:
        return markdown(report).toUtf8();
    case Kind::Json:
        break;
    }
    return json(report);
}

QByteArray LoadReportFormat::json(const LoadReport& report)
{
    return QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
}

QByteArray LoadReportFormat::csv(const LoadReport& report)
{
    QStringList lines{QStringLiteral("key,value")};
    flatten(QString(), report.toJson(), &lines);
    return (lines.join(u'\n') + u'\n').toUtf8();
}

QList<LoadReportFormat::Row> LoadReportFormat::latencyRows(const LatencyHistogram& h)
{
    return {{tr("min"), double(h.min())},
            {QStringLiteral("p50"), double(h.valueAtPercentile(50))},
            {QStringLiteral("p90"), double(h.valueAtPercentile(90))},
            {QStringLiteral("p95"), double(h.valueAtPercentile(95))},
            {QStringLiteral("p99"), double(h.valueAtPercentile(99))},
            {QStringLiteral("p99.9"), double(h.valueAtPercentile(99.9))},
            {tr("max"), double(h.max())},
            {tr("mean"), h.mean()},
            {tr("stdev"), h.stdev()}};
}

QString LoadReportFormat::markdown(const LoadReport& report)
{
    const LoadResult& r = report.total;
    const QLocale locale;
    QStringList md;
    md << tr("# Load test of %1").arg(report.url) << QString();
    if (report.interrupted)
        md << tr("Interrupted: the figures cover the part that ran.") << QString();
    md << QStringLiteral("| | |") << QStringLiteral("|---|---|");
    md << tr("| Method | %1 |").arg(report.method);
    md << tr("| Connections | %1 |").arg(report.connections);
    md << tr("| Requests | %1 |").arg(locale.toString(r.requests()));
    md << tr("| Failed requests | %1 |").arg(locale.toString(r.errorCount()));
    md << tr("| Time taken | %1 s |").arg(locale.toString(double(r.elapsedNs) / 1e9, 'f', 3));
    md << tr("| Requests per second | %1 |").arg(locale.toString(r.requestsPerSecond(), 'f', 1));
    if (r.targetRate > 0)
        md << tr("| Target rate | %1 requests/s |").arg(locale.toString(r.targetRate));
    md << tr("| CPU time per request | %1 µs |")
              .arg(locale.toString(r.cpuMicrosPerRequest(), 'f', 1))
       << QString();
    const QList<Row> corrected = latencyRows(r.corrected);
    const QList<Row> uncorrected = latencyRows(r.uncorrected);
    const bool rate = r.targetRate > 0;
    md << (rate ? tr("| Latency (ms) | Corrected | Uncorrected |") : tr("| Latency (ms) | |"))
       << (rate ? QStringLiteral("|---|--:|--:|") : QStringLiteral("|---|--:|"));
    for (qsizetype i = 0; i < corrected.size(); ++i)
        md << (rate ? QStringLiteral("| %1 | %2 | %3 |")
                          .arg(corrected[i].label, ms(corrected[i].micros),
                               ms(uncorrected[i].micros))
                    : QStringLiteral("| %1 | %2 |")
                          .arg(corrected[i].label, ms(corrected[i].micros)));
    md << QString() << tr("| Status | Responses |") << QStringLiteral("|---|--:|");
    const auto statuses = r.statuses();
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        md << QStringLiteral("| %1 | %2 |").arg(it.key()).arg(locale.toString(it.value()));
    if (r.errorCount() > 0) {
        md << QString() << tr("| Error | Requests |") << QStringLiteral("|---|--:|");
        for (int i = 0; i < LoadResult::kErrorKinds; ++i)
            if (r.errors[std::size_t(i)] > 0)
                md << QStringLiteral("| %1 | %2 |")
                          .arg(LoadResult::errorKindName(LoadResult::ErrorKind(i)))
                          .arg(locale.toString(r.errors[std::size_t(i)]));
    }
    return md.join(u'\n') + u'\n';
}

} // namespace artgen::core
