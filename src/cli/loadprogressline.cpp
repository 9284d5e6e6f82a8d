#include "loadprogressline.h"

#include <unistd.h>

namespace artgen::cli {

bool LoadProgressLine::wanted(int errorFd, bool json)
{
    return !json && ::isatty(errorFd) == 1;
}

QString LoadProgressLine::format(const core::LoadSample& sample)
{
    return tr("%1 s: %2 requests, %3 r/s, p50 %4 ms, p99 %5 ms, %n error(s)", nullptr,
              int(std::min<qint64>(sample.errors, std::numeric_limits<int>::max())))
        .arg(QString::number(sample.elapsedSeconds, 'f', 0))
        .arg(sample.requests)
        .arg(QString::number(sample.requestsPerSecond, 'f', 0))
        .arg(QString::number(sample.p50Ms, 'f', 2))
        .arg(QString::number(sample.p99Ms, 'f', 2));
}

} // namespace artgen::cli
