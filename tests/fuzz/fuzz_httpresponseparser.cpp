// Any byte stream, fed in pieces the input itself chooses, must leave the parser in a sane state:
// no crash, no hang, body never larger than the input.
#include "http/httpresponseparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t split = data[0] % (size + 1);
    const QByteArrayView input(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    artgen::core::HttpResponseParser p(split % 7 == 0);
    qsizetype body = 0;
    const qsizetype cut = qMin<qsizetype>(qsizetype(split), input.size());
    p.feed(input.first(cut));
    body += p.takeBody().size();
    p.feed(input.sliced(cut));
    body += p.takeBody().size();
    p.finish();
    body += p.takeBody().size();
    if (body > input.size())
        std::abort();
    if (p.isComplete() && p.statusCode() < 100)
        std::abort();
    return 0;
}
