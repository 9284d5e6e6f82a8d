#pragma once

#include "settings/profile.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace artgen::core {

// What a load test may aim at on a profile's stack, for the panel and artgenctl alike: the
// API's own endpoints (health, characters, generate — the last with the profile's token and a
// small job), the hosts a target may be on without asking, and the token itself.
class ProfileLoadTarget
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ProfileLoadTarget)

public:
    enum class Endpoint { Health, Characters, Generate };

    static QString path(Endpoint endpoint);
    static QUrl url(const Profile& profile, Endpoint endpoint);
    // A path such as /api/v1/health on the profile's API; anything else as given.
    static QUrl resolve(const Profile& profile, const QString& urlOrPath);
    static QByteArray method(Endpoint endpoint);
    static QByteArray body(Endpoint endpoint);
    static bool needsToken(Endpoint endpoint) { return endpoint == Endpoint::Generate; }

    // The profile's hosts: the API's. Loopback is always allowed (LoadTarget::checkAllowed).
    static QStringList allowedHosts(const Profile& profile);

    // API_TOKEN of the profile's .env. Reads the file: never on the UI thread.
    static Result<QByteArray> apiToken(const Profile& profile);
};

} // namespace artgen::core
