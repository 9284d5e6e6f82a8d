#include "loadworker.h"

#include "http/httpresponseparser.h"

#include <algorithm>
#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <sched.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

namespace artgen::core {

namespace {

constexpr qint64 kMs = 1'000'000;
constexpr qint64 kConnectRetryNs = 10 * kMs; // a refused port must not spin a core
constexpr qint64 kTimeoutScanNs = 10 * kMs;
constexpr qint64 kPublishNs = 100 * kMs;
constexpr int kMaxEvents = 256;
constexpr std::size_t kReadBuffer = 64 * 1024;

qint64 threadCpuNs(qint64* user)
{
    rusage u = {};
    ::getrusage(RUSAGE_THREAD, &u);
    *user = qint64(u.ru_utime.tv_sec) * 1'000'000'000 + qint64(u.ru_utime.tv_usec) * 1000;
    return qint64(u.ru_stime.tv_sec) * 1'000'000'000 + qint64(u.ru_stime.tv_usec) * 1000;
}

int ceilMs(qint64 ns)
{
    return int(std::clamp<qint64>((ns + kMs - 1) / kMs, 0, 1000));
}

} // namespace

struct LoadWorker::Connection
{
    int fd = -1;
    State state = State::Closed;
    qsizetype sent = 0;
    bool readable = false;    // an EPOLLIN edge came while still sending
    bool watchingOut = false; // EPOLLOUT is asked for (connecting, or a send that blocked)
    qint64 intendedNs = 0;
    qint64 sentNs = 0;
    qint64 deadlineNs = 0;
    HttpResponseParser parser;
};

LoadWorker::LoadWorker(Plan plan, const std::atomic<bool>* stop)
    : m_plan(std::move(plan)), m_stop(stop)
{
    m_result.targetRate = m_plan.rate;
    if (m_plan.rate > 0)
        m_intervalNs = std::max<qint64>(1, qint64(1e9 / m_plan.rate));
}

LoadWorker::~LoadWorker()
{
    for (Connection& c : m_connections)
        closeSocket(c);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

qint64 LoadWorker::nowNs()
{
    timespec ts = {};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

void LoadWorker::takeRecent(Recent& into)
{
    std::lock_guard lock(m_publishMutex);
    into.latencies.add(m_published.latencies);
    into.errors += m_published.errors;
    m_published.latencies.reset();
    m_published.errors = 0;
}

void LoadWorker::publish()
{
    {
        std::lock_guard lock(m_publishMutex);
        m_published.latencies.add(m_recent);
        m_published.errors += m_recentErrors;
    }
    m_recent.reset();
    m_recentErrors = 0;
}

void LoadWorker::run()
{
    // A closed loop sends when the server answers, so it need not run the instant an answer
    // arrives. As a batch thread it does not preempt the server it measures when both share the
    // cores (the instructions run ab on the server's host), and wakes to more answers at a
    // time: about a tenth less CPU per request here. A schedule (rate) stays in the normal
    // class, so its requests leave on time.
    if (m_intervalNs == 0) {
        const sched_param none = {};
        ::pthread_setschedparam(::pthread_self(), SCHED_BATCH, &none);
    }
    qint64 user0 = 0;
    const qint64 sys0 = threadCpuNs(&user0);
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_connections.resize(std::size_t(m_plan.connections));
    for (Connection& conn : m_connections)
        conn.parser.setDiscardBody(true); // counted in bytesRead; nobody reads a load test's bodies
    for (int i = 0; i < m_plan.connections; ++i)
        m_closed.emplace_back(0, i);
    epoll_event events[kMaxEvents];
    qint64 nextScan = 0;
    qint64 nextPublish = nowNs() + kPublishNs;
    qint64 now = nowNs();
    while (!m_stop->load(std::memory_order_relaxed) && now < m_plan.endNs &&
           !(budgetDone() && m_inFlight == 0)) {
        dispatch(now);
        if (now >= nextScan) {
            scanTimeouts(now);
            nextScan = now + kTimeoutScanNs;
        }
        if (now >= nextPublish) {
            publish();
            nextPublish = now + kPublishNs;
        }
        const int n = wait(events, kMaxEvents, waitNs(now));
        for (int i = 0; i < n; ++i)
            onEvent(int(events[i].data.u32), events[i].events);
        now = nowNs();
    }
    m_result.elapsedNs = std::min(now, m_plan.endNs) - m_plan.startNs;
    publish();
    qint64 user1 = 0;
    const qint64 sys1 = threadCpuNs(&user1);
    m_result.userCpuNs = user1 - user0;
    m_result.systemCpuNs = sys1 - sys0;
}

bool LoadWorker::budgetDone() const
{
    if (m_plan.shared)
        return m_plan.shared->load(std::memory_order_relaxed) <= 0;
    return m_plan.requests > 0 && m_issued >= m_plan.requests;
}

bool LoadWorker::claim()
{
    // Past zero the counter only goes further below it: exactly `requests` claims succeed.
    return !m_plan.shared || m_plan.shared->fetch_sub(1, std::memory_order_relaxed) > 0;
}

void LoadWorker::dispatch(qint64 now)
{
    while (!budgetDone()) {
        qint64 intended = now;
        if (m_intervalNs > 0) {
            intended = m_plan.startNs + m_issued * m_intervalNs;
            if (intended > now)
                return;
        }
        const int c = takeFreeConnection(now);
        if (c < 0)
            return;
        if (!claim()) { // another loop took the last one meanwhile: put it back unused
            if (m_connections[std::size_t(c)].fd >= 0)
                m_idle.push_back(c);
            else
                m_closed.emplace_front(now, c);
            return;
        }
        ++m_issued;
        begin(c, intended, now);
    }
}

int LoadWorker::takeFreeConnection(qint64 now)
{
    if (!m_idle.empty()) {
        const int c = m_idle.back();
        m_idle.pop_back();
        return c;
    }
    if (!m_closed.empty() && m_closed.front().first <= now) {
        const int c = m_closed.front().second;
        m_closed.pop_front();
        return c;
    }
    return -1;
}

void LoadWorker::begin(int c, qint64 intendedNs, qint64 now)
{
    Connection& conn = m_connections[std::size_t(c)];
    conn.intendedNs = intendedNs;
    conn.deadlineNs = now + m_plan.timeoutNs;
    conn.sent = 0;
    conn.readable = false;
    ++m_inFlight;
    if (conn.fd < 0)
        open(c);
    else
        send(c);
}

void LoadWorker::open(int c)
{
    Connection& conn = m_connections[std::size_t(c)];
    const auto* addr = reinterpret_cast<const sockaddr*>(&m_plan.address.storage);
    conn.fd = ::socket(addr->sa_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (conn.fd < 0) {
        failRequest(c, LoadResult::ErrorKind::Connect);
        return;
    }
    const int one = 1;
    ::setsockopt(conn.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    epoll_event ev = {};
    ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
    ev.data.u32 = quint32(c);
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, conn.fd, &ev);
    conn.watchingOut = true;
    if (::connect(conn.fd, addr, m_plan.address.length) == 0) {
        watchWritable(c, false);
        send(c);
    } else if (errno == EINPROGRESS) {
        conn.state = State::Connecting;
    } else {
        failRequest(c, LoadResult::ErrorKind::Connect);
    }
}

void LoadWorker::onEvent(int c, quint32 events)
{
    Connection& conn = m_connections[std::size_t(c)];
    switch (conn.state) {
    case State::Connecting: {
        int error = 0;
        socklen_t len = sizeof error;
        ::getsockopt(conn.fd, SOL_SOCKET, SO_ERROR, &error, &len);
        if (error != 0) {
            failRequest(c, LoadResult::ErrorKind::Connect);
        } else if (events & (EPOLLOUT | EPOLLERR | EPOLLHUP)) {
            watchWritable(c, false);
            send(c);
        }
        return;
    }
    case State::Sending:
        conn.readable = conn.readable || (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP)) != 0;
        if (events & (EPOLLOUT | EPOLLERR | EPOLLHUP))
            send(c);
        return;
    case State::Receiving:
        if (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
            receive(c);
        return;
    case State::Idle:
        // A keep-alive connection the server closed (or anything it sent unasked): drop it;
        // the next request on it opens a new one.
        dropIdle(c);
        return;
    case State::Closed:
        return;
    }
}

void LoadWorker::send(int c)
{
    Connection& conn = m_connections[std::size_t(c)];
    conn.state = State::Sending;
    if (conn.sent == 0)
        conn.sentNs = nowNs();
    const qsizetype size = m_plan.request.size();
    while (conn.sent < size) {
        const ssize_t n = ::send(conn.fd, m_plan.request.constData() + conn.sent,
                                 std::size_t(size - conn.sent), MSG_NOSIGNAL);
        if (n > 0) {
            conn.sent += n;
            m_result.bytesWritten += n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            watchWritable(c, true);
            return;
        } else {
            failRequest(c, LoadResult::ErrorKind::Reset);
            return;
        }
    }
    if (conn.watchingOut)
        watchWritable(c, false);
    conn.state = State::Receiving;
    conn.parser.reset(m_plan.head);
    if (conn.readable)
        receive(c);
}

// EPOLLOUT only while it is needed: edge-triggered, it would otherwise wake the loop on every
// ACK for nothing: one wasted wake-up and read per request (22.5 -> 17.5 µs of CPU each).
void LoadWorker::watchWritable(int c, bool on)
{
    Connection& conn = m_connections[std::size_t(c)];
    if (conn.watchingOut == on)
        return;
    epoll_event ev = {};
    ev.events = EPOLLIN | EPOLLRDHUP | EPOLLET | (on ? EPOLLOUT : 0U);
    ev.data.u32 = quint32(c);
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, conn.fd, &ev);
    conn.watchingOut = on;
}

void LoadWorker::receive(int c)
{
    Connection& conn = m_connections[std::size_t(c)];
    char buffer[kReadBuffer];
    for (;;) {
        const ssize_t n = ::recv(conn.fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            m_result.bytesRead += n;
            conn.parser.feed(QByteArrayView(buffer, n));
            if (conn.parser.hasFailed())
                return failRequest(c, LoadResult::ErrorKind::Malformed);
            if (conn.parser.isComplete())
                return complete(c, false);
        } else if (n == 0) {
            conn.parser.finish();
            if (conn.parser.isComplete())
                return complete(c, true);
            // Closed before the response ended: to the client that is a reset connection.
            return failRequest(c, LoadResult::ErrorKind::Reset);
        } else if (errno == EINTR) {
            continue;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            return;
        } else {
            return failRequest(c, LoadResult::ErrorKind::Reset);
        }
    }
}

void LoadWorker::complete(int c, bool peerClosed)
{
    Connection& conn = m_connections[std::size_t(c)];
    const int status = conn.parser.statusCode();
    if (status < 100 || status >= LoadResult::kMaxStatus)
        return failRequest(c, LoadResult::ErrorKind::Malformed);
    const qint64 now = nowNs();
    const qint64 corrected = (now - conn.intendedNs) / 1000;
    m_result.corrected.record(corrected);
    m_result.uncorrected.record((now - conn.sentNs) / 1000);
    m_recent.record(corrected);
    ++m_result.statusCounts[std::size_t(status)];
    ++m_result.completed;
    --m_inFlight;
    if (m_result.server.isEmpty())
        m_result.server = conn.parser.header("server");
    const bool keepAlive =
        !peerClosed &&
        conn.parser.headerView("connection").compare("close", Qt::CaseInsensitive) != 0;
    if (!keepAlive) {
        closeSocket(conn);
        m_closed.emplace_back(now, c);
        return;
    }
    conn.state = State::Idle;
    m_idle.push_back(c);
}

void LoadWorker::failRequest(int c, LoadResult::ErrorKind kind)
{
    Connection& conn = m_connections[std::size_t(c)];
    ++m_result.errors[std::size_t(kind)];
    ++m_recentErrors;
    --m_inFlight;
    closeSocket(conn);
    const qint64 delay = kind == LoadResult::ErrorKind::Connect ? kConnectRetryNs : 0;
    m_closed.emplace_back(nowNs() + delay, c);
}

void LoadWorker::closeSocket(Connection& conn)
{
    if (conn.fd >= 0)
        ::close(conn.fd);
    conn.fd = -1;
    conn.state = State::Closed;
}

void LoadWorker::dropIdle(int c)
{
    Connection& conn = m_connections[std::size_t(c)];
    char probe[256];
    const ssize_t n = ::recv(conn.fd, probe, sizeof probe, MSG_DONTWAIT);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return;
    // It stays in m_idle; begin() sees the closed socket and reconnects.
    closeSocket(conn);
}

void LoadWorker::scanTimeouts(qint64 now)
{
    for (int c = 0; c < int(m_connections.size()); ++c) {
        const Connection& conn = m_connections[std::size_t(c)];
        const bool busy = conn.state == State::Connecting || conn.state == State::Sending ||
                          conn.state == State::Receiving;
        if (busy && conn.deadlineNs <= now)
            failRequest(c, LoadResult::ErrorKind::Timeout);
    }
}

qint64 LoadWorker::waitNs(qint64 now) const
{
    qint64 until = std::min(m_plan.endNs, now + kTimeoutScanNs);
    const bool free = !m_idle.empty() || !m_closed.empty();
    if (free && !budgetDone()) {
        if (m_intervalNs > 0)
            until = std::min(until, m_plan.startNs + m_issued * m_intervalNs);
        else if (m_idle.empty())
            until = std::min(until, m_closed.front().first);
    }
    return std::clamp<qint64>(until - now, 0, kTimeoutScanNs);
}

// To the nanosecond where the kernel can (epoll_pwait2, Linux 5.11): with epoll_wait's whole
// milliseconds a scheduled request left up to 1 ms late, and that lateness counted as latency.
int LoadWorker::wait(epoll_event* events, int max, qint64 ns)
{
    if (m_nanoWait) {
        const timespec ts{time_t(ns / 1'000'000'000), long(ns % 1'000'000'000)};
        const int n = ::epoll_pwait2(m_epoll, events, max, &ts, nullptr);
        if (n >= 0 || errno != ENOSYS)
            return n;
        m_nanoWait = false;
    }
    return ::epoll_wait(m_epoll, events, max, ceilMs(ns));
}

} // namespace artgen::core
