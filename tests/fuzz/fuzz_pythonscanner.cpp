// The Python scanner and settings document on arbitrary bytes: no crash, tokens inside the input
// and in order, bracket depths never negative, and a round trip that keeps every byte.
#include "stackconfig/pythonscanner.h"
#include "stackconfig/pythonsettingsdocument.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace artgen::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const auto tokens = PythonScanner::scan(input)) {
        qsizetype last = 0;
        for (const auto& t : *tokens) {
            if (t.begin < last || t.end < t.begin || t.end > input.size() || t.depth < 0)
                std::abort();
            last = t.end;
        }
    }
    const auto doc = PythonSettingsDocument::parse(QStringLiteral("f.py"), input);
    if (!doc)
        return 0;
    if (doc->bytes() != input)
        std::abort();
    for (const QString& key : PythonSettingsDocument::keys())
        if (doc->value(key) && !doc->withValue(key, QStringLiteral("7")))
            std::abort(); // a value it found is a value it can change
    return 0;
}
