#pragma once

#include "configchange.h"
#include "configdocuments.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace artgen::core {

// One setting's value before and after a change, as the files write it ("" when absent).
struct ConfigValueChange
{
    QString key;
    QString before;
    QString after;
    bool operator==(const ConfigValueChange&) const = default;
};

// What applying a change will do, decided before anything is touched (pure, no I/O): the files
// whose bytes change (relative paths, their current and their new bytes), the settings that
// change, and what must happen for the running stack to use them — nginx reloaded for the nginx
// file, `up -d` recreation of the services whose compose command changed, a restart of backend
// and celery for the Python files (the app reads them only at start).
class ConfigApplyPlan
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ConfigApplyPlan)

public:
    struct FileChange
    {
        QString path; // relative to the stack folder
        QByteArray before;
        QByteArray after;
        bool operator==(const FileChange&) const = default;
    };

    ConfigApplyPlan() = default;

    // `change` applied to `current`: an error (file, line, reason) when a key is unknown, a
    // value out of range or a setting not found — and then nothing is planned.
    static Result<ConfigApplyPlan> fromChange(const ConfigDocuments& current,
                                              const ConfigChange& change);
    // Every file of `target` whose bytes differ from `current` (both by relative path); the
    // settings' old and new values are read from the two versions when both parse.
    static ConfigApplyPlan fromFiles(const QHash<QString, QByteArray>& current,
                                     const QHash<QString, QByteArray>& target);

    bool isEmpty() const { return m_files.isEmpty(); }
    const QList<FileChange>& files() const { return m_files; }
    QStringList paths() const;
    const QList<ConfigValueChange>& values() const { return m_values; }
    // "gunicorn.workers 4 → 8, celery.concurrency 8 → 12"
    QString summary() const;

    bool reloadsNginx() const;
    // Compose services whose command changed: recreated with `up -d SERVICE…`.
    QStringList recreatedServices() const;
    // Services restarted for the Python files (those not already recreated).
    QStringList restartedServices() const;
    // What must still happen for the change to take effect, one sentence each (the result of
    // an apply whose take-effect step was declined).
    QStringList pendingActions() const;

private:
    static QList<ConfigValueChange> diffValues(const ConfigDocuments& before,
                                               const ConfigDocuments& after);
    bool changes(ConfigKey::File file) const;

    QList<FileChange> m_files;
    QList<ConfigValueChange> m_values;
};

} // namespace artgen::core
