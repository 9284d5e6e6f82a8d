// The demultiplexer on arbitrary bytes, in input-chosen pieces: no crash, and never more payload
// out than bytes in.
#include "docker/streamdemuxer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const bool tty = data[0] & 1;
    const qsizetype step = 1 + (data[0] >> 1);
    QByteArrayView input(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    artgen::core::StreamDemuxer d(tty);
    QList<artgen::core::StreamDemuxer::Chunk> out;
    while (!input.isEmpty()) {
        const qsizetype n = qMin(step, input.size());
        d.feed(input.first(n), &out);
        input = input.sliced(n);
    }
    qsizetype total = 0;
    for (const auto& c : out)
        total += c.data.size();
    if (total > qsizetype(size))
        std::abort();
    return 0;
}
