#pragma once

#include "configchange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace artgen::core {

// A named set of values from the deployment instructions: "Optimized" (what they changed) and
// "Previous" (their by-hand rollback, "Option 2").
class ConfigPreset
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ConfigPreset)

public:
    static ConfigPreset optimized();
    static ConfigPreset previous();
    static QList<ConfigPreset> builtIn() { return {optimized(), previous()}; }
    // A preset the user saved (UserPresetStore): its name is its id.
    static ConfigPreset user(const QString& name, ConfigChange change);
    // The built-in preset `id`, if there is one.
    static std::optional<ConfigPreset> findBuiltIn(const QString& id);

    const QString& id() const { return m_id; } // "optimized", "previous"
    QString name() const;
    QString description() const;
    const ConfigChange& change() const { return m_change; }
    bool isBuiltIn() const { return !m_user; }

private:
    ConfigPreset(QString id, ConfigChange change, bool user = false)
        : m_id(std::move(id)), m_change(std::move(change)), m_user(user)
    {}

    QString m_id;
    ConfigChange m_change;
    bool m_user = false;
};

} // namespace artgen::core
