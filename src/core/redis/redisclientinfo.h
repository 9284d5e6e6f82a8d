#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace artgen::core {

// One connection as CLIENT LIST shows it, for the viewer. Fields Redis does not send stay at
// their defaults (older servers send fewer).
struct RedisClientInfo
{
    qint64 id = 0;
    QString addr;    // ip:port of the client
    QString name;    // CLIENT SETNAME, often empty
    qint64 age = 0;  // seconds since it connected
    qint64 idle = 0; // seconds since its last command
    int db = 0;
    QString cmd;   // its last command ("client|list" on Redis 7 for subcommands)
    QString flags; // "N" normal, "b" blocked, "P" pub/sub, "S" replica, …

    // CLIENT LIST's reply: one client per line, space-separated key=value pairs. Lines without
    // an id are skipped. Pure.
    static QList<RedisClientInfo> parseList(const QByteArray& text);

    bool operator==(const RedisClientInfo&) const = default;
};

} // namespace artgen::core

Q_DECLARE_METATYPE(artgen::core::RedisClientInfo)
