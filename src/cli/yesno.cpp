#include "yesno.h"

#include <QTextStream>

namespace artgen::cli {

bool YesNo::isYes(const QString& answer)
{
    const QString a = answer.trimmed().toLower();
    return a == QStringLiteral("y") || a == QStringLiteral("yes") ||
           a == tr("y", "short yes to a [y/N] question") ||
           a == tr("yes", "yes to a [y/N] question");
}

bool YesNo::ask(QTextStream& err, QTextStream& in, const QString& question)
{
    err << question << Qt::flush;
    return isYes(in.readLine());
}

} // namespace artgen::cli
