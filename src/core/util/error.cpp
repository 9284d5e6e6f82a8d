#include "error.h"

#include <QCoreApplication>

namespace artgen::core {

Error::Error(Code code, QString what, QString why, QString todo)
    : m_code(code), m_what(std::move(what)), m_why(std::move(why)), m_todo(std::move(todo))
{}

Error Error::cancelled()
{
    return Error(Code::Cancelled, QCoreApplication::translate("artgen::core::Error", "Cancelled."),
                 QCoreApplication::translate("artgen::core::Error",
                                             "The operation was stopped on request."));
}

static QString sentence(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.endsWith(u'.') || t.endsWith(u'!') || t.endsWith(u'?') || t.endsWith(u':'))
        return t;
    return t + u'.';
}

QString Error::message() const
{
    QStringList parts;
    for (const QString* p : {&m_what, &m_why, &m_todo})
        if (!p->trimmed().isEmpty())
            parts << sentence(*p);
    return parts.join(u' ');
}

QString Error::codeName(Code code)
{
    switch (code) {
    case Code::None:
        return QStringLiteral("none");
    case Code::Cancelled:
        return QStringLiteral("cancelled");
    case Code::Timeout:
        return QStringLiteral("timeout");
    case Code::NotFound:
        return QStringLiteral("not-found");
    case Code::PermissionDenied:
        return QStringLiteral("permission-denied");
    case Code::Unreachable:
        return QStringLiteral("unreachable");
    case Code::Protocol:
        return QStringLiteral("protocol");
    case Code::InvalidInput:
        return QStringLiteral("invalid-input");
    case Code::Io:
        return QStringLiteral("io");
    case Code::ProcessFailed:
        return QStringLiteral("process-failed");
    case Code::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

} // namespace artgen::core
