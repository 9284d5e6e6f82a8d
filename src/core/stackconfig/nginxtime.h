#pragma once

#include <QByteArray>
#include <optional>

namespace artgen::core {

// nginx's time values ("180s", "3m", "1m30s", a bare "60" meaning seconds), as ngx_parse_time
// reads them, and written back in the unit the file already uses.
class NginxTime
{
public:
    // Milliseconds, or nothing when the text is not an nginx time.
    static std::optional<qint64> parse(const QByteArray& text);
    // `seconds` in the style of `original`: its last unit when the value is a whole number of
    // it ("3m" stays in minutes for 300 s: "5m"), else seconds; a bare number stays bare.
    static QByteArray format(qint64 seconds, const QByteArray& original);
};

} // namespace artgen::core
