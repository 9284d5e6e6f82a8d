#include "alertnotifier.h"

#include "monitor/monitorhub.h"
#include "monitor/thresholds.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>

namespace artgen::gui {

AlertNotifier::AlertNotifier(core::ActiveServices& services, core::SettingsStore& settings,
                             QObject* parent)
    : QObject(parent), m_services(services), m_settings(settings)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        m_tray->show();
    }
    connect(&services, &core::ActiveServices::switched, this, &AlertNotifier::follow);
    // A save from any dialog (Profiles, Charts) reaches the running monitors at once, not at
    // the next switch; the sources keep running, only the alert levels change. A save writes
    // one key per level: they are read back once, after the save's last key.
    connect(&settings, &core::SettingsStore::changed, this, [this](const QString& name) {
        if (m_reloadQueued || !m_hub || !core::Thresholds::isSettingOf(name, m_hub->profile().name))
            return;
        m_reloadQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_reloadQueued = false;
                reloadThresholds();
            },
            Qt::QueuedConnection);
    });
    follow();
}

void AlertNotifier::reloadThresholds()
{
    if (m_hub)
        m_hub->setThresholds(core::Thresholds::load(m_settings, m_hub->profile().name));
}

void AlertNotifier::follow()
{
    if (m_hub)
        disconnect(m_hub, nullptr, this, nullptr);
    m_hub = m_services.monitors();
    if (!m_hub)
        return;
    reloadThresholds();
    connect(m_hub, &core::MonitorHub::alertRaised, this, &AlertNotifier::show);
}

void AlertNotifier::show(const core::Alert& alert)
{
    const QString title = alert.level == core::Alert::Level::Cleared
                              ? tr("%1: back to normal").arg(alert.profile)
                              : tr("%1: alert").arg(alert.profile);
    if (m_tray) {
        const auto icon = alert.level == core::Alert::Level::Critical ? QSystemTrayIcon::Critical
                          : alert.level == core::Alert::Level::Warn   ? QSystemTrayIcon::Warning
                                                                    : QSystemTrayIcon::Information;
        m_tray->showMessage(title, alert.message, icon);
    }
    Q_EMIT shown(title, alert.message);
}

} // namespace artgen::gui
