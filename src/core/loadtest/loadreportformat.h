#pragma once

#include "loadreport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace artgen::core {

// A load test's report as a file: JSON (artgenctl loadtest --json's object), CSV (that object
// flattened to "key,value" lines, e.g. latency_ms.p99) or Markdown (the summary, the
// percentile table and the status codes, in the UI language, for a deployment report).
class LoadReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::LoadReportFormat)

public:
    enum class Kind { Json, Csv, Markdown };

    // By the file's suffix (.json, .csv, .md or .markdown); Json for anything else.
    static Kind kindForFile(const QString& path);
    static QByteArray render(const LoadReport& report, Kind kind);

    static QByteArray json(const LoadReport& report);
    static QByteArray csv(const LoadReport& report);
    static QString markdown(const LoadReport& report);

    // The latency rows of a table: label and value (µs) in the order shown.
    struct Row
    {
        QString label;
        double micros = 0;
    };
    static QList<Row> latencyRows(const LatencyHistogram& h);
};

} // namespace artgen::core
