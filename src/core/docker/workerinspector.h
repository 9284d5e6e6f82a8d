#pragma once

#include "dockertypes.h"
#include "settings/profile.h"
#include "util/error.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QFuture>

namespace artgen::core {

class DockerClient;

// What the deployment checklist asks about workers: "8 workers + 1 master" for gunicorn and
// "12" for Celery, measured from the containers' process tables (GET /top — no exec, no
// `ps aux | grep`) and compared with the values the containers were started with.
struct WorkerReport
{
    int gunicornMasters = 0;
    int gunicornWorkers = 0;
    int expectedGunicornWorkers = -1;   // from --workers/-w in the backend's command; -1 unknown
    int celeryWorkers = 0;              // processes of the prefork pool
    int expectedCeleryConcurrency = -1; // from --concurrency/-c in the celery command
    Error backendError;                 // why the backend's processes could not be read
    Error celeryError;

    bool gunicornOk() const
    {
        return gunicornMasters == 1 && expectedGunicornWorkers >= 0 &&
               gunicornWorkers == expectedGunicornWorkers;
    }
    bool celeryOk() const
    {
        return expectedCeleryConcurrency >= 0 && celeryWorkers == expectedCeleryConcurrency;
    }
};

// inspect() fails as a whole (rather than report zeros) when Docker itself could not be asked:
// the same failure for both containers, or a timeout for both.
class WorkerInspector
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::WorkerInspector)

public:
    explicit WorkerInspector(DockerClient& client) : m_client(client) {}

    QFuture<Result<WorkerReport>> inspect(const Profile& profile);

    // Pure helpers, unit-tested.
    // Counts masters (a matching process whose parent does not match) and the master's children.
    static std::pair<int, int> countTree(const ProcessTable& table, const QString& needle);
    // The value of `--long N`, `--long=N` or `-s N` in an argv; -1 when absent.
    static int optionValue(const QStringList& argv, const QString& longName,
                           const QString& shortName);

private:
    DockerClient& m_client;
};

} // namespace artgen::core
