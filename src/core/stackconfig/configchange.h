#pragma once

#include "configdocuments.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <tl/expected.hpp>

namespace artgen::core {

// A set of KEY=VALUE edits made together. Applied to documents in memory, all or nothing: the
// first unknown key, out-of-range value or setting that cannot be found stops it with an error
// naming the file, the line and the reason, and the documents given stay as they were.
class ConfigChange
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ConfigChange)

public:
    struct Edit
    {
        QString key;
        QString value;
        bool allOccurrences = false; // nginx: every place the directive appears
        bool operator==(const Edit&) const = default;
    };

    // "KEY=VALUE" arguments (artgenctl config set); an argument without "=" is an error.
    static tl::expected<ConfigChange, Error> fromArguments(const QStringList& arguments);

    void set(const QString& key, const QString& value, bool allOccurrences = false);
    const QList<Edit>& edits() const { return m_edits; }
    bool isEmpty() const { return m_edits.isEmpty(); }

    tl::expected<ConfigDocuments, Error> applyTo(const ConfigDocuments& documents) const;
    // The files (relative paths) whose bytes differ between two versions of the documents.
    static QStringList changedFiles(const ConfigDocuments& before, const ConfigDocuments& after);

private:
    QList<Edit> m_edits;
};

} // namespace artgen::core
