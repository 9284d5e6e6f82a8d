#include "categories.h"

Q_LOGGING_CATEGORY(lcCore, "artgen.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJob, "artgen.job", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDocker, "artgen.docker", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "artgen.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "artgen.gui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "artgen.cli", QtInfoMsg)
