#pragma once

#include "configdocuments.h"
#include "configpreset.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace artgen::core {

// Presets the user saved: a name and KEY=VALUE settings, applied like the built-in ones. Global,
// not per profile — a preset is a set of values that means the same on any stack (and the GUI
// and artgenctl of every profile see the same list) — kept in one JSON document
// ($XDG_DATA_HOME/artgen/config-presets.json) written through a temporary file and a rename.
// Blocking file I/O: off the UI thread.
class UserPresetStore
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::UserPresetStore)

public:
    explicit UserPresetStore(QString path) : m_path(std::move(path)) {}
    static QString defaultPath();
    const QString& path() const { return m_path; }

    // Sorted by name; no file yet is no presets.
    Result<QList<ConfigPreset>> presets() const;
    Result<ConfigPreset> preset(const QString& name) const;
    // Saves (or replaces) `name`. The name must not be empty nor a built-in preset's id, and
    // every key must be known with an allowed value.
    Status save(const QString& name, const ConfigChange& values);
    Status remove(const QString& name);

    // Every setting that has a value in `docs`, as a change (what "save the current values"
    // stores).
    static ConfigChange currentValues(const ConfigDocuments& docs);

private:
    Result<QJsonObject> load() const;
    Status store(const QJsonObject& presets) const;

    QString m_path;
};

} // namespace artgen::core
