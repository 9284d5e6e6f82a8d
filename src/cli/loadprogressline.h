#pragma once

#include "loadtest/loadsample.h"

#include <QCoreApplication>
#include <QString>

namespace artgen::cli {

// The line artgenctl loadtest keeps updating on a terminal while it runs: elapsed time,
// requests so far, the last second's rate and p50/p99, errors so far. Only where a person
// watches: the error stream is a terminal and the output is not JSON, so scripts and pipes get
// the report alone.
class LoadProgressLine
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::LoadProgressLine)

public:
    static bool wanted(int errorFd, bool json);
    static QString format(const core::LoadSample& sample);
};

} // namespace artgen::cli
