#pragma once

#include "sourcefault.h"

#include <QMetaType>
#include <QUrl>

namespace artgen::core {

// One GET of the API's health endpoint: when, what answered and how fast, or why nothing did.
struct ApiProbeResult
{
    qint64 t = 0; // when the request was sent, ms since the epoch
    QUrl url;
    int status = 0;        // HTTP status; 0 when no answer came
    double latencyMs = -1; // request sent → answer complete; -1 when no answer came
    SourceFault fault;     // set when there was no answer, or a status that is not 2xx

    bool ok() const { return !fault.isFault(); }
};

} // namespace artgen::core

Q_DECLARE_METATYPE(artgen::core::ApiProbeResult)
