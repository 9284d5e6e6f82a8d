#pragma once

#include "loadresult.h"
#include "loadtarget.h"

#include <QByteArray>
#include <atomic>
#include <deque>
#include <mutex>
#include <sys/epoll.h>
#include <vector>

namespace artgen::core {

class HttpResponseParser;

// One event loop of a load test (epoll, non-blocking sockets, keep-alive), run on a thread of
// its own and owning its connections; it shares nothing with the other loops on the request
// path. Closed loop: each free connection sends the next request at once. Open loop (rate > 0):
// request k is due at start + k/rate whatever happened before, and its latency counts from that
// moment, so requests queued behind a stalled server carry the stall (wrk2's correction).
class LoadWorker
{
public:
    struct Plan
    {
        QByteArray request; // the whole request, written as is on every send
        LoadTarget::Address address;
        int connections = 1;
        qint64 requests = 0; // 0: until endNs (or until `shared` runs out)
        // Closed loop with a request count: the requests left to all loops, each loop taking
        // one as it sends, so a loop that got less CPU does not leave the tail to itself.
        std::atomic<qint64>* shared = nullptr;
        double rate = 0;    // requests/s of this loop; 0: closed loop
        qint64 startNs = 0; // CLOCK_MONOTONIC
        qint64 endNs = 0;
        qint64 timeoutNs = 10'000'000'000;
        bool head = false;
    };

    LoadWorker(Plan plan, const std::atomic<bool>* stop);
    ~LoadWorker();
    LoadWorker(const LoadWorker&) = delete;
    LoadWorker& operator=(const LoadWorker&) = delete;

    void run(); // on the loop's own thread; returns when the plan is done or stop is set
    const LoadResult& result() const { return m_result; }

    // What the loop published since the previous call (it publishes every 100 ms): corrected
    // latencies of the responses, and the requests that ended in an error.
    struct Recent
    {
        LatencyHistogram latencies;
        qint64 errors = 0;
    };
    // Thread-safe, for a live display: adds what was published to `into` and forgets it.
    void takeRecent(Recent& into);

    static qint64 nowNs();

private:
    enum class State { Closed, Connecting, Sending, Receiving, Idle };
    struct Connection;

    bool budgetDone() const;
    bool claim(); // one request of the budget, for the next send
    void dispatch(qint64 now);
    int takeFreeConnection(qint64 now);
    void begin(int c, qint64 intendedNs, qint64 now);
    void open(int c);
    void onEvent(int c, quint32 events);
    void send(int c);
    void watchWritable(int c, bool on);
    void receive(int c);
    void complete(int c, bool peerClosed);
    void failRequest(int c, LoadResult::ErrorKind kind);
    void closeSocket(Connection& conn);
    void dropIdle(int c);
    void scanTimeouts(qint64 now);
    qint64 waitNs(qint64 now) const;
    int wait(::epoll_event* events, int max, qint64 ns);
    void publish();

    Plan m_plan;
    const std::atomic<bool>* m_stop;
    int m_epoll = -1;
    bool m_nanoWait = true;
    std::vector<Connection> m_connections;
    std::vector<int> m_idle;                     // connected, no request
    std::deque<std::pair<qint64, int>> m_closed; // (retry at, connection)
    qint64 m_issued = 0;
    qint64 m_inFlight = 0;
    qint64 m_intervalNs = 0;
    LoadResult m_result;
    LatencyHistogram m_recent;
    qint64 m_recentErrors = 0;
    std::mutex m_publishMutex; // guards m_published, taken every 100 ms, never per request
    Recent m_published;
};

} // namespace artgen::core
