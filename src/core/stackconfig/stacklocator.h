#pragma once

#include <QString>

namespace artgen::core {

// Finds the bundled demo stack (resources/demo-stack): $ARTGEN_DEMO_STACK, then the installed
// data folder, then the source tree the binary was built from.
class StackLocator
{
public:
    static QString demoStackDir();
    static bool looksLikeStackDir(const QString& dir);
};

} // namespace artgen::core
