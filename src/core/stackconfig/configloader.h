#pragma once

#include "configdocuments.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace artgen::core {

// Reads the four configuration files (and the nginx includes that resolve inside the stack
// folder) from a stack folder and builds the documents. Blocking file I/O: call it from a worker
// thread (QtConcurrent), never from the UI thread.
class ConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ConfigLoader)

public:
    static Result<ConfigDocuments> load(const QString& stackDir);
    // Included files for `pattern` (relative to the including file's folder in the stack; `*` and
    // `?` allowed), only those whose real path is inside `stackDir`. nginx itself resolves a
    // relative include against its prefix inside the container, which the stack folder mirrors
    // only where a volume mounts it; an absolute path is never followed.
    static QList<NginxDocument::Source>
    resolveInclude(const QString& stackDir, const QString& pattern, const QString& fromFile);
};

} // namespace artgen::core
