#pragma once

#include <QByteArray>
#include <QList>

namespace artgen::core {

// One replacement of a byte range of a file: the only way a configuration document changes its
// text, so that every byte outside the ranges stays as it was.
struct Splice
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QByteArray replacement;

    // Applies non-overlapping splices (in any order) to `bytes`.
    static QByteArray apply(const QByteArray& bytes, QList<Splice> splices);
};

} // namespace artgen::core
