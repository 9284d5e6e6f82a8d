#pragma once

#include <QString>

namespace artgen::core {

// A failure as the user reads it: what failed, why, and what to do about it. Built where the
// failure is understood (the sentence is translated there), carried as a value to the front end.
class Error
{
public:
    enum class Code {
        None,
        Cancelled,
        Timeout,
        NotFound,
        PermissionDenied,
        Unreachable,
        Protocol,
        InvalidInput,
        Io,
        ProcessFailed,
        Internal,
    };

    Error() = default;
    Error(Code code, QString what, QString why = {}, QString todo = {});

    static Error cancelled();

    bool operator==(const Error&) const = default;

    Code code() const { return m_code; }
    bool isError() const { return m_code != Code::None; }
    const QString& what() const { return m_what; }
    const QString& why() const { return m_why; }
    const QString& todo() const { return m_todo; }

    // One paragraph for a dialog or a terminal: "What. Why. What to do."
    QString message() const;

    // Stable identifier for scripts and JSON output (e.g. "unreachable").
    static QString codeName(Code code);

private:
    Code m_code = Code::None;
    QString m_what;
    QString m_why;
    QString m_todo;
};

} // namespace artgen::core
