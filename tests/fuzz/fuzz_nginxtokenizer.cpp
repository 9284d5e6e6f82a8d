// The nginx tokenizer and document on arbitrary bytes: no crash, every token inside the input
// and in order, and a document that parses gives back exactly the bytes it was built from.
#include "stackconfig/nginxdocument.h"
#include "stackconfig/nginxtokenizer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace artgen::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const auto tokens = NginxTokenizer::tokenize(input)) {
        qsizetype last = 0;
        for (const auto& t : *tokens) {
            if (t.begin < last || t.end < t.begin || t.end > input.size())
                std::abort();
            last = t.end;
        }
    }
    const auto doc = NginxDocument::parse(QStringLiteral("f.conf"), input);
    if (!doc)
        return 0;
    if (doc->sources().first().bytes != input)
        std::abort();
    for (const QString& key : NginxDocument::keys()) {
        (void)doc->value(key);
        (void)doc->occurrences(key);
    }
    // An edit either fails cleanly or gives a document that parses again.
    (void)doc->withValue(QStringLiteral("nginx.proxy_read_timeout"), QStringLiteral("60"));
    (void)doc->withValue(QStringLiteral("nginx.rate"), QStringLiteral("off"));
    return 0;
}
