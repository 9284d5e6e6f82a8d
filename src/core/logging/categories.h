#pragma once

#include <QLoggingCategory>

// One category per area, so a user can turn on one area's debug output with
// QT_LOGGING_RULES="artgen.docker.debug=true". All of them end up in spdlog (LogService).
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcJob)
Q_DECLARE_LOGGING_CATEGORY(lcDocker)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcGui)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
