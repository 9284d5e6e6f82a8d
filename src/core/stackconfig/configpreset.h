#pragma once

#include "configchange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

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

    const QString& id() const { return m_id; } // "optimized", "previous"
    QString name() const;
    QString description() const;
    const ConfigChange& change() const { return m_change; }

private:
    ConfigPreset(QString id, ConfigChange change) : m_id(std::move(id)), m_change(std::move(change))
    {}

    QString m_id;
    ConfigChange m_change;
};

} // namespace artgen::core
