#include "unifieddiff.h"

#include <algorithm>
#include <vector>

namespace artgen::core {

QList<QByteArray> UnifiedDiff::split(const QByteArray& text)
{
    QList<QByteArray> out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype nl = text.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        out << text.mid(pos, end - pos);
        pos = end;
    }
    return out;
}

QList<UnifiedDiff::Line> UnifiedDiff::lines(const QByteArray& before, const QByteArray& after)
{
    const QList<QByteArray> a = split(before);
    const QList<QByteArray> b = split(after);
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = n + m;
    // Forward greedy search; each round keeps the slice [-d-1, d+1] of the furthest reaching
    // paths to trace back. Past kMaxEdits the memory (quadratic in the edits) is not worth a
    // minimal script: every line is then removed and added.
    constexpr int kMaxEdits = 2000;
    std::vector<int> v(2 * max + 3, 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= std::min(max, kMaxEdits) && found < 0; ++d) {
        trace.emplace_back(v.begin() + (max - d), v.begin() + (max + d + 3));
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[k - 1 + max + 1] < v[k + 1 + max + 1]))
                        ? v[k + 1 + max + 1]
                        : v[k - 1 + max + 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[k + max + 1] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0) {
        QList<Line> all;
        for (const QByteArray& line : a)
            all.append({Op::Remove, line});
        for (const QByteArray& line : b)
            all.append({Op::Add, line});
        return all;
    }
    QList<Line> out;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        // trace[d] holds v[-d-1 .. d+1] from before round d.
        const auto pv = [&](int k) {
            return trace[d][k + d + 1];
        };
        const int k = x - y;
        const bool down = k == -d || (k != d && pv(k - 1) < pv(k + 1));
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = pv(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY)
            out.prepend({Op::Same, a[--x]}), --y;
        if (down)
            out.prepend({Op::Add, b[--y]});
        else
            out.prepend({Op::Remove, a[--x]});
    }
    while (x > 0 && y > 0)
        out.prepend({Op::Same, a[--x]}), --y;
    return out;
}

static QByteArray range(int start, int count)
{
    // `diff -u` writes an empty range as the line before it.
    if (count == 1)
        return QByteArray::number(start);
    return QByteArray::number(count == 0 ? start - 1 : start) + ',' + QByteArray::number(count);
}

QByteArray UnifiedDiff::make(const QByteArray& before, const QByteArray& after, const QString& name,
                             int context)
{
    if (before == after)
        return {};
    const QList<Line> script = lines(before, after);
    QByteArray out = "--- a/" + name.toUtf8() + "\n+++ b/" + name.toUtf8() + '\n';
    const int size = int(script.size());
    int i = 0;
    while (i < size) {
        while (i < size && script[i].op == Op::Same)
            ++i;
        if (i >= size)
            break;
        // A hunk: from `context` lines before this change to `context` lines after the last
        // change that is at most 2 × context lines from the previous one.
        const int start = std::max(0, i - context);
        int end = i;
        int lastChange = i;
        while (end < size && (script[end].op != Op::Same || end - lastChange <= 2 * context)) {
            if (script[end].op != Op::Same)
                lastChange = end;
            ++end;
        }
        end = std::min(size, lastChange + 1 + context);
        int oldLine = 1;
        int newLine = 1;
        for (int j = 0; j < start; ++j) {
            oldLine += script[j].op != Op::Add;
            newLine += script[j].op != Op::Remove;
        }
        int oldCount = 0;
        int newCount = 0;
        QByteArray body;
        for (int j = start; j < end; ++j) {
            const Line& l = script[j];
            oldCount += l.op != Op::Add;
            newCount += l.op != Op::Remove;
            body += (l.op == Op::Same ? ' ' : l.op == Op::Add ? '+' : '-') + l.text;
            if (!l.text.endsWith('\n'))
                body += "\n\\ No newline at end of file\n";
        }
        out += "@@ -" + range(oldLine, oldCount) + " +" + range(newLine, newCount) + " @@\n" + body;
        i = end;
    }
    return out;
}

} // namespace artgen::core
