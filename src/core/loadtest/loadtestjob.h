#pragma once

#include "job/job.h"
#include "loadreport.h"
#include "loadsample.h"
#include "loadtarget.h"
#include "loadtestoptions.h"

namespace artgen::core {

// A load test as a Job: closed loop, constant rate or ramp, on as many event loops
// (LoadWorker, one thread each) as asked, their results merged at the end. It ends by itself
// (count, duration, or the maximum duration); cancel stops it at once and still leaves the
// partial report (report().interrupted), so the job then succeeds. A ramp declares one step per
// rate and stops after the first step that misses the SLO.
class LoadTestJob : public Job
{
    Q_OBJECT

public:
    explicit LoadTestJob(LoadTestOptions options, QObject* parent = nullptr);

    const LoadTestOptions& options() const { return m_options; }
    // Valid once finished() on success.
    const LoadReport& report() const { return m_report; }

    // The bytes written for every request; the token goes into an Authorization header.
    static QByteArray buildRequest(const LoadTarget& target, const LoadTestOptions& options,
                                   const QByteArray& body);

Q_SIGNALS:
    // About once a second while it runs, from the job's thread: the last second's rate and
    // corrected latency and the totals so far, for a live chart or a terminal line.
    void progressSample(const artgen::core::LoadSample& sample);

protected:
    void run() override;

private:
    struct Prepared
    {
        QByteArray request;
        LoadTarget::Address address;
        bool head = false;
    };
    Result<Prepared> prepare() const;
    LoadResult runPhase(const Prepared& prepared, double rate, qint64 boundMs, qint64 requests);
    void runRamp(const Prepared& prepared);
    void sample(LoadSample& totals, qint64 windowNs, const LatencyHistogram& recent, qint64 errors);
    static void raiseFileLimit(int connections);

    LoadTestOptions m_options;
    LoadReport m_report;
};

} // namespace artgen::core
