#include "commandhistory.h"

#include "settingsstore.h"

#include <QCryptographicHash>

namespace artgen::core {

CommandHistory::CommandHistory(SettingsStore* store, const QString& profileName)
    : m_store(store),
      m_path(QByteArray(SettingKeys::runHistoryGroup) + '/' +
             QCryptographicHash::hash(profileName.toUtf8(), QCryptographicHash::Sha256)
                 .toHex()
                 .left(16))
{}

SettingKey<QStringList> CommandHistory::key() const
{
    return {m_path.constData(), {}, &SettingKeys::clampRunHistory};
}

QStringList CommandHistory::commands() const
{
    return m_store ? m_store->value(key()) : m_memory;
}

void CommandHistory::add(const QString& command)
{
    const QStringList next = added(commands(), command);
    if (m_store)
        m_store->setValue(key(), next);
    else
        m_memory = next;
}

QStringList CommandHistory::added(QStringList commands, const QString& command)
{
    if (command.trimmed().isEmpty())
        return commands;
    commands.removeAll(command);
    commands.prepend(command);
    return SettingKeys::clampRunHistory(commands);
}

} // namespace artgen::core
