#pragma once

#include "containerstatscalc.h"
#include "dockertypes.h"
#include "settings/profile.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QFuture>

namespace artgen::core {

class DockerClient;

// One service of the stack as the status table shows it.
struct ServiceStatus
{
    QString service;
    QString container;
    QString id;
    QString image;
    QString state; // Docker's state, or "missing" when no container exists for the service
    QString health;
    QDateTime startedAt;
    int healthStartPeriodSecs = 0; // the health check's start period; 0 none or not set
    int restartCount = 0;
    int exitCode = 0;
    QStringList ports;
    ContainerFigures figures; // from the stats endpoint; -1 where not measured

    bool isGood() const
    {
        return state == QStringLiteral("running") &&
               (health.isEmpty() || health == QStringLiteral("healthy"));
    }
};

struct StackStatus
{
    QString profile;
    QString project;
    QList<ServiceStatus> services;
    bool allGood() const
    {
        return !services.isEmpty() &&
               std::all_of(services.cbegin(), services.cend(),
                           [](const ServiceStatus& s) { return s.isGood(); });
    }
};

// The stack's services and their containers, as ContainerMap finds them from one listing by the
// project's compose labels: the profile's services ("missing" when their container does not
// exist) and the project's other ones. Details (uptime, restarts, health) come from inspect,
// CPU and memory from one stats sample each, all requests in parallel.
class StackInspector
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::StackInspector)

public:
    explicit StackInspector(DockerClient& client) : m_client(client) {}

    QFuture<Result<StackStatus>> inspect(const Profile& profile, bool withStats = false);

    // The figures of one stats frame (a /stats?stream=false answer includes the previous sample,
    // so one request gives a rate). A frame without a previous sample keeps the CPU % it had.
    static void applyStats(const QJsonObject& stats, ServiceStatus* service);

private:
    DockerClient& m_client;
};

} // namespace artgen::core
