#pragma once

#include "stackconfig/configdocuments.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <memory>
#include <optional>

class QFileSystemWatcher;
class QTimer;

namespace artgen::core {
class MonitorHub;
class ProfileServices;
} // namespace artgen::core

namespace artgen::gui {

// What the Configuration page does, without its widgets: reads the active profile's four files
// off the UI thread (again when they change on disk), computes the diffs of an edit off it, and
// follows the PostgreSQL monitor for the server's max_connections. Answers that arrive after a
// profile switch are dropped.
class ConfigController : public QObject
{
    Q_OBJECT

public:
    struct FileDiff
    {
        QString file;    // relative to the stack folder
        QByteArray diff; // unified, empty when the file is unchanged
    };
    // The server's connection limits for the capacity check.
    struct ServerLimits
    {
        int maxConnections = 100;
        int reserved = 3;
        bool live = false; // read from the server; else the demo stack's values
    };

    explicit ConfigController(QObject* parent = nullptr);
    ~ConfigController() override;

    void setServices(std::shared_ptr<core::ProfileServices> services);
    const std::shared_ptr<core::ProfileServices>& services() const { return m_services; }
    bool hasProfile() const;
    QString stackDir() const;

    // The monitors of the active profile (null: none); their PostgreSQL samples give the limits.
    void setMonitors(core::MonitorHub* hub);
    ServerLimits serverLimits() const { return m_limits; }

    // Reads the files again; loaded() follows.
    void reload();
    bool isLoading() const { return m_loading; }
    const core::Result<core::ConfigDocuments>& lastRead() const { return m_lastRead; }
    // The unified diff of every file that differs between `before` and `after` (relative path →
    // bytes), computed off the UI thread; diffsReady() follows.
    void computeDiffs(const QHash<QString, QByteArray>& before,
                      const QHash<QString, QByteArray>& after);

Q_SIGNALS:
    // The files were read (or failed to be): lastRead() holds the outcome.
    void loaded();
    // A watched file changed on disk (written by someone else); a reload is on its way.
    void changedOnDisk();
    void diffsReady(const QList<artgen::gui::ConfigController::FileDiff>& diffs);
    void serverLimitsChanged();

private:
    void watch(const core::ConfigDocuments& documents);
    void onPostgresSample();

    std::shared_ptr<core::ProfileServices> m_services;
    core::MonitorHub* m_hub = nullptr;
    QMetaObject::Connection m_hubConnection;
    ServerLimits m_limits;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_settle = nullptr; // a save is often several events: read once they settle
    int m_generation = 0;
    bool m_loading = false;
    core::Result<core::ConfigDocuments> m_lastRead;
};

} // namespace artgen::gui
