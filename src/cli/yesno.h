#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace artgen::cli {

// The answer to artgenctl's "[y/N]" questions, in one place: the English y/yes always work,
// the interface language's too; anything else (an empty line, end of input) is no.
class YesNo
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::YesNo)

public:
    static bool isYes(const QString& answer);
    // Writes `question` (which ends with its "[y/N] ") to `err`, reads one line from `in`.
    static bool ask(QTextStream& err, QTextStream& in, const QString& question);
};

} // namespace artgen::cli
