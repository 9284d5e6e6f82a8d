#include "command.h"

namespace artgen::cli {

void Command::addOptions(QCommandLineParser&) const {}

} // namespace artgen::cli
