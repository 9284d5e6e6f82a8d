#include "logsanitizer.h"

#include <QString>

namespace artgen::core {

namespace {
bool isValidUtf8(QByteArrayView s)
{
    const auto* p = reinterpret_cast<const uchar*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
        const uchar c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int n;
        uint cp;
        if ((c & 0xE0) == 0xC0) {
            n = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            n = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            n = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= n)
            return false;
        for (int k = 1; k <= n; ++k) {
            if ((p[k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[k] & 0x3F);
        }
        // Overlong forms, surrogates and beyond U+10FFFF are invalid too.
        if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += n + 1;
    }
    return true;
}

// Where a UTF-8 string may be cut at or before `at` without splitting a character.
qsizetype utf8Boundary(QByteArrayView s, qsizetype at)
{
    while (at > 0 && (uchar(s[at]) & 0xC0) == 0x80)
        --at;
    return at;
}
} // namespace

QByteArray LogSanitizer::cutMarker(qsizetype bytes)
{
    return (QStringLiteral(" … ") + tr("[line cut: %1 more bytes]").arg(bytes)).toUtf8();
}

void LogSanitizer::stripEscapes(QByteArrayView in, QByteArray* out)
{
    out->reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const uchar c = uchar(in[i]);
        if (c == 0x1B) {
            if (i + 1 < in.size() && in[i + 1] == '[') { // CSI: parameters, then a final byte
                i += 2;
                while (i < in.size() && !(uchar(in[i]) >= 0x40 && uchar(in[i]) <= 0x7E))
                    ++i;
            } else if (i + 1 < in.size() && in[i + 1] == ']') { // OSC: until BEL or ESC '\'
                i += 2;
                while (i < in.size() && in[i] != '\a' &&
                       !(in[i] == 0x1B && i + 1 < in.size() && in[i + 1] == '\\'))
                    ++i;
                if (i < in.size() && in[i] == 0x1B)
                    ++i;
            } else {
                ++i; // a two-byte escape
            }
            continue;
        }
        if (c < 0x20 && c != '\t')
            continue; // \r from TTYs, backspaces, bells
        if (c == 0x7F)
            continue;
        out->append(char(c));
    }
}

QByteArrayView LogSanitizer::clean(QByteArrayView line, qsizetype cutBytes, QByteArray* scratch)
{
    // Only the last of the frames a "\r" separates (see the class comment); still a view.
    while (line.endsWith('\r'))
        line.chop(1);
    if (const qsizetype cr = line.lastIndexOf('\r'); cr >= 0)
        line = line.sliced(cr + 1);
    bool plain = true;
    bool ascii = true;
    for (const char ch : line) {
        const uchar c = uchar(ch);
        if (c >= 0x80)
            ascii = false;
        else if ((c < 0x20 && c != '\t') || c == 0x7F)
            plain = false;
    }
    const bool valid = ascii || isValidUtf8(line);
    if (plain && valid && cutBytes == 0 && line.size() <= kMaxLineBytes)
        return line;

    scratch->clear();
    if (line.size() > kMaxLineBytes) {
        const qsizetype keep = utf8Boundary(line, kMaxLineBytes);
        cutBytes += line.size() - keep;
        line = line.first(keep);
    }
    if (plain)
        scratch->append(line);
    else
        stripEscapes(line, scratch);
    if (!valid) // replacement characters for what is not UTF-8
        *scratch = QString::fromUtf8(*scratch).toUtf8();
    if (scratch->size() > kMaxLineBytes) // replacement characters grew it
        scratch->truncate(utf8Boundary(*scratch, kMaxLineBytes));
    if (cutBytes > 0)
        scratch->append(cutMarker(cutBytes));
    return *scratch;
}

} // namespace artgen::core
