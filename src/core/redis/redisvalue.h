#pragma once

#include <QByteArray>
#include <QList>

namespace artgen::core {

// One Redis reply as a plain value: what a hiredis redisReply holds, copied out inside the
// reply callback so that no redisReply outlives it or crosses a thread.
struct RedisValue
{
    enum class Type { Nil, String, Integer, Array, Error, Status };

    Type type = Type::Nil;
    QByteArray text; // String, Error and Status
    qint64 integer = 0;
    QList<RedisValue> elements;

    static RedisValue fromReply(const void* reply); // a hiredis redisReply*

    bool isError() const { return type == Type::Error; }
    bool isNil() const { return type == Type::Nil; }
};

} // namespace artgen::core
