#pragma once

#include "settingkey.h"

#include <QByteArray>
#include <QStringList>

namespace artgen::core {

class SettingsStore;

// The commands a profile's Run dialog ran, newest first, at most 20, kept between runs:
// a SettingKey<QStringList> per profile (SettingKeys::runHistoryGroup/<hash of its name>, so
// any profile name makes a valid key). Without a store the list lives as long as the object.
class CommandHistory
{
public:
    CommandHistory(SettingsStore* store, const QString& profileName);

    QStringList commands() const;
    // Puts `command` first (moved there when it was already in the list).
    void add(const QString& command);

    // The list with `command` added first, trimmed to the limit.
    static QStringList added(QStringList commands, const QString& command);

private:
    SettingKey<QStringList> key() const;

    SettingsStore* m_store;
    QByteArray m_path;
    QStringList m_memory;
};

} // namespace artgen::core
