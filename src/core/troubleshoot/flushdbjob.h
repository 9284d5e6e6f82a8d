#pragma once

#include "job/job.h"
#include "settings/profile.h"

#include <QCoreApplication>
#include <memory>

namespace artgen::core {

class DockerClient;

// The Redis runbook's "clear the cache (careful!): FLUSHDB" — every key of one database goes.
// It runs only when the database number the user typed is exactly the number asked about;
// anything else is refused before Redis is touched. Refusals, successes and failures are all
// written to the audit log. redis-cli in the container, the password as exec environment.
class FlushDbJob : public Job
{
    Q_OBJECT

public:
    FlushDbJob(Profile profile, DockerClient& docker, int database, QString typed,
               std::shared_ptr<void> keepAlive = {});

    // True when `typed` is the number `database`, as the user must type it. Pure.
    static bool confirms(int database, const QString& typed);

protected:
    void run() override;

private:
    void audit(const QString& outcome, const QString& detail) const;

    Profile m_profile;
    DockerClient& m_docker;
    int m_database;
    QString m_typed;
    std::shared_ptr<void> m_keepAlive;
};

} // namespace artgen::core
