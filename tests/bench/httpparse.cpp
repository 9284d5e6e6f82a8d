// The load tester's parsing cost per response: a new HttpResponseParser per response with its
// body kept and taken (the load worker's former way) beside one parser per connection, reset()
// and the body discarded (its way now), on the demo frontend's real `/` response (nginx headers,
// 381 bytes of body) fed as one read. Rounds of 200 000 responses alternate between the two
// (the machine is shared: both see the same noise); medians of 9 rounds each, in ns.
//   build/release/tests/bench/bench_httpparse
#include "http/httpresponseparser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using artgen::core::HttpResponseParser;

namespace {

constexpr int kResponses = 200000;
constexpr int kRounds = 9;

QByteArray frontendResponse()
{
    const QByteArray body(381, 'x');
    return "HTTP/1.1 200 OK\r\nServer: nginx/1.22.1\r\nDate: Mon, 30 Nov 2026 09:18:23 GMT\r\n"
           "Content-Type: text/html\r\nContent-Length: 381\r\n"
           "Last-Modified: Mon, 30 Nov 2026 09:00:07 GMT\r\nConnection: keep-alive\r\n"
           "ETag: \"6b0d3b17-17d\"\r\nAccept-Ranges: bytes\r\n\r\n" +
           body;
}

template <typename Parse> double oneRound(Parse parse)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < kResponses; ++i)
        parse();
    return double(t.nsecsElapsed()) / kResponses;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main()
{
    const QByteArray wire = frontendResponse();
    qint64 sink = 0;
    HttpResponseParser reused;
    reused.setDiscardBody(true);
    std::vector<double> fresh, reset;
    for (int r = 0; r < kRounds; ++r) {
        fresh.push_back(oneRound([&] {
            HttpResponseParser p;
            p.feed(wire);
            sink += p.takeBody().size() + p.header("connection").size();
        }));
        reset.push_back(oneRound([&] {
            reused.reset();
            reused.feed(wire);
            sink += reused.bodyBytesDiscarded() + reused.headerView("connection").size();
        }));
    }
    std::printf("parse one %lld-byte response: new parser + takeBody %.0f ns, reset + discard "
                "%.0f ns (%.2fx faster)  [%lld]\n",
                static_cast<long long>(wire.size()), median(fresh), median(reset),
                median(fresh) / median(reset), static_cast<long long>(sink % 10));
    return 0;
}
