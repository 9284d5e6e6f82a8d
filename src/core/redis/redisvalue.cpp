#include "redisvalue.h"

#include <hiredis/hiredis.h>

namespace artgen::core {

RedisValue RedisValue::fromReply(const void* reply)
{
    RedisValue v;
    const auto* r = static_cast<const redisReply*>(reply);
    if (!r)
        return v;
    switch (r->type) {
    case REDIS_REPLY_STRING:
        v.type = Type::String;
        v.text = QByteArray(r->str, static_cast<qsizetype>(r->len));
        break;
    case REDIS_REPLY_STATUS:
        v.type = Type::Status;
        v.text = QByteArray(r->str, static_cast<qsizetype>(r->len));
        break;
    case REDIS_REPLY_ERROR:
        v.type = Type::Error;
        v.text = QByteArray(r->str, static_cast<qsizetype>(r->len));
        break;
    case REDIS_REPLY_INTEGER:
        v.type = Type::Integer;
        v.integer = r->integer;
        break;
    case REDIS_REPLY_ARRAY:
        v.type = Type::Array;
        v.elements.reserve(static_cast<qsizetype>(r->elements));
        for (size_t i = 0; i < r->elements; ++i)
            v.elements << fromReply(r->element[i]);
        break;
    default:
        break;
    }
    return v;
}

} // namespace artgen::core
