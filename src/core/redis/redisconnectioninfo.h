#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>
#include <optional>

namespace artgen::core {

class EnvFile;
class Profile;

// Where the stack's Redis answers and the password it wants. The password goes to the server in
// AUTH only: it is never part of an argv, a log line or an error sentence.
struct RedisConnectionInfo
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::RedisConnectionInfo)

public:
    static constexpr quint16 kDefaultPort = 16379; // the demo and the real stack's REDIS_PORT

    QString host = QStringLiteral("127.0.0.1");
    quint16 port = kDefaultPort;
    QString password;

    // Reads REDIS_PORT from the profile's Docker_all/.env and the password through
    // ProfileSecrets (the keychain's copy first, then REDIS_PASSWORD). The port is published on
    // 127.0.0.1 only, so that is the host. Reads a file: not on the UI thread.
    // With `secretReady`, never waits for the password (ProfileSecrets::resolve): for a monitor.
    static Result<RedisConnectionInfo>
    fromProfile(const Profile& profile, std::optional<QFuture<void>>* secretReady = nullptr);
    static Result<RedisConnectionInfo> fromEnv(const EnvFile& env);

    // "127.0.0.1:16379", for messages.
    QString address() const;
};

} // namespace artgen::core
