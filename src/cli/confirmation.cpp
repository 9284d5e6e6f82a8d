#include "confirmation.h"

#include "yesno.h"

#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace artgen::cli {

void Confirmation::setInput(QTextStream* in, bool isTerminal)
{
    m_in = in;
    m_inIsTerminal = isTerminal;
}

bool Confirmation::hasTerminal() const
{
    return m_in ? m_inIsTerminal : ::isatty(STDIN_FILENO) == 1;
}

bool Confirmation::canAsk(bool yes, QTextStream& err, const QString& refusal) const
{
    if (yes || hasTerminal())
        return true;
    err << refusal << Qt::endl;
    return false;
}

QString Confirmation::readLine(QTextStream& err, const QString& prompt) const
{
    err << prompt << Qt::flush;
    if (m_in)
        return m_in->readLine();
    QTextStream in(stdin);
    return in.readLine();
}

bool Confirmation::ask(QTextStream& err, const QString& question) const
{
    if (YesNo::isYes(readLine(err, question)))
        return true;
    err << nothingChanged() << Qt::endl;
    return false;
}

QString Confirmation::nothingChanged()
{
    return tr("Nothing was changed.");
}

} // namespace artgen::cli
