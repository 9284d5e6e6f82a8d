#pragma once

#include "monitor/alert.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace artgen::core {
class ActiveServices;
class MonitorHub;
class SettingsStore;
} // namespace artgen::core

namespace artgen::gui {

// Shows the active profile's alerts as desktop notifications through the tray icon, and gives
// each profile's monitors its thresholds from the settings, again whenever they are saved. Where
// the desktop has no tray, the alert still reaches the window (shown()) and the alert log; nothing
// is lost.
class AlertNotifier : public QObject
{
    Q_OBJECT

public:
    AlertNotifier(core::ActiveServices& services, core::SettingsStore& settings,
                  QObject* parent = nullptr);

    bool hasTray() const { return m_tray != nullptr; }
    // Applies the profile's thresholds again (done by itself when the settings change them).
    void reloadThresholds();

Q_SIGNALS:
    // Every alert, for the status bar.
    void shown(const QString& title, const QString& message);

private:
    void follow();
    void show(const core::Alert& alert);

    core::ActiveServices& m_services;
    core::SettingsStore& m_settings;
    QPointer<core::MonitorHub> m_hub;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_reloadQueued = false;
};

} // namespace artgen::gui
