#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace artgen::core {

// A unified diff (as `diff -u` writes it) of two versions of a file, line by line with Myers'
// O(ND) algorithm ("An O(ND) Difference Algorithm and Its Variations", 1986). Lines keep their
// own ends, so a CRLF file diffs as CRLF and a missing final newline is marked.
class UnifiedDiff
{
public:
    enum class Op { Same, Remove, Add };
    struct Line
    {
        Op op = Op::Same;
        QByteArray text; // with its line end
    };

    // The edit script from `before` to `after`, every line of both in order.
    static QList<Line> lines(const QByteArray& before, const QByteArray& after);
    // The diff with `context` lines around each change; empty when the texts are equal.
    static QByteArray make(const QByteArray& before, const QByteArray& after, const QString& name,
                           int context = 3);

private:
    static QList<QByteArray> split(const QByteArray& text);
};

} // namespace artgen::core
