#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace artgen::core {

// Makes a raw log line safe to store and show: ANSI escape sequences (colours, cursor moves)
// stripped, other control characters but tab dropped, invalid UTF-8 replaced by U+FFFD, and a
// line over kMaxLineBytes cut with a visible marker. Lines that are plain ASCII or valid UTF-8
// without escapes (nearly all) pass through without a copy.
//
// Carriage returns: a progress bar redraws one line with "\r" ("10%\r20%\r…100%\n"), and
// Docker stores all its frames as one line. The line keeps only what a terminal shows at its
// end: the text after the last "\r" (a "\r" right before the line end, as in "\r\n", does not
// count). Bars redraw their whole width, so this is the last frame; a frame shorter than the
// one before is kept as written, without the older frame's tail a terminal would still show.
// A line cut for length keeps the last frame of the part that was kept.
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
