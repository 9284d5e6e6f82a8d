#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace artgen::cli {

// How a destructive command asks before it acts: --yes skips the question; otherwise there must
// be a terminal on stdin to ask on, and only a yes (YesNo) goes ahead — an empty line, anything
// else or the end of input is no, and nothing is changed. ProductionGate's typed profile name
// is asked on top of this, not instead of it.
class Confirmation
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::Confirmation)

public:
    // Tests: the answers are read from `in` (not stdin), a terminal when `isTerminal`.
    void setInput(QTextStream* in, bool isTerminal);

    // Whether there is a terminal to ask on: stdin's, or the test's stream as declared.
    bool hasTerminal() const;
    // True with --yes (`yes`) or a terminal; otherwise writes `refusal`, a whole line, to `err`.
    bool canAsk(bool yes, QTextStream& err, const QString& refusal) const;
    // Writes `prompt` to `err` and reads one line of the answer (null at the end of input).
    QString readLine(QTextStream& err, const QString& prompt) const;
    // Writes `question` (ending with its "[y/N] ") to `err` and reads the answer; on anything
    // but yes, writes that nothing was changed and returns false.
    bool ask(QTextStream& err, const QString& question) const;
    // What a refused question leaves behind, for the answers the command checks itself.
    static QString nothingChanged();

private:
    QTextStream* m_in = nullptr;
    bool m_inIsTerminal = false;
};

} // namespace artgen::cli
