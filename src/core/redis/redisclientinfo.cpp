#include "redisclientinfo.h"

namespace artgen::core {

namespace {
RedisClientInfo parseLine(const QByteArray& line, bool* ok)
{
    RedisClientInfo c;
    *ok = false;
    for (const QByteArray& pair : line.split(' ')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = pair.left(eq);
        const QByteArray value = pair.mid(eq + 1);
        if (key == "id")
            c.id = value.toLongLong(ok);
        else if (key == "addr")
            c.addr = QString::fromUtf8(value);
        else if (key == "name")
            c.name = QString::fromUtf8(value);
        else if (key == "age")
            c.age = value.toLongLong();
        else if (key == "idle")
            c.idle = value.toLongLong();
        else if (key == "db")
            c.db = value.toInt();
        else if (key == "cmd")
            c.cmd = QString::fromUtf8(value);
        else if (key == "flags")
            c.flags = QString::fromUtf8(value);
    }
    return c;
}
} // namespace

QList<RedisClientInfo> RedisClientInfo::parseList(const QByteArray& text)
{
    QList<RedisClientInfo> clients;
    for (const QByteArray& raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        bool ok = false;
        RedisClientInfo c = parseLine(line, &ok);
        if (ok)
            clients << c;
    }
    return clients;
}

} // namespace artgen::core
