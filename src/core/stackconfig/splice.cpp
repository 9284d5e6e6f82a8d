#include "splice.h"

#include <algorithm>

namespace artgen::core {

QByteArray Splice::apply(const QByteArray& bytes, QList<Splice> splices)
{
    // From the end backwards, so that earlier offsets stay valid.
    std::sort(splices.begin(), splices.end(),
              [](const Splice& a, const Splice& b) { return a.begin > b.begin; });
    QByteArray out = bytes;
    for (const Splice& s : splices)
        out.replace(s.begin, s.end - s.begin, s.replacement);
    return out;
}

} // namespace artgen::core
