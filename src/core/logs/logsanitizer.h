#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace artgen::core {

// Makes a raw log line safe to store and show: ANSI escape sequences (colours, cursor moves)
// stripped, other control characters but tab dropped, invalid UTF-8 replaced by U+FFFD, and a
// line over kMaxLineBytes cut with a visible marker. Lines that are plain ASCII or valid UTF-8
// without escapes (nearly all) pass through without a copy.
class LogSanitizer
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::LogSanitizer)

public:
    static constexpr qsizetype kMaxLineBytes = 1024 * 1024;

    // `cutBytes`: bytes of the line already left out upstream. Returns a view of `line` when it
    // needs no change, else of `*scratch`.
    static QByteArrayView clean(QByteArrayView line, qsizetype cutBytes, QByteArray* scratch);
    static QByteArray cutMarker(qsizetype bytes);

private:
    static void stripEscapes(QByteArrayView in, QByteArray* out);
};

} // namespace artgen::core
