#pragma once

#include <QMetaType>
#include <QString>

namespace artgen::core {

// Why a monitored source (PostgreSQL, Redis, Celery, the API, a container's stats) gives no
// figures right now. A source with a fault leaves a gap in its history — never a zero — and its
// card shows the kind and the sentence. The kinds are the ones an admin acts on differently: a
// wrong password is not "down", and a full connection table is not "unreachable".
struct SourceFault
{
    enum class Kind {
        None,
        Unreachable,          // refused, no route, DNS, container not running
        AuthenticationFailed, // wrong password or user (PostgreSQL 28P01/28000, Redis WRONGPASS)
        LimitReached,         // PostgreSQL 53300 / Redis max clients: the server is full
        Timeout,              // connected, but no answer within the deadline
        Protocol,             // an answer the monitor cannot read
        Other,
    };

    Kind kind = Kind::None;
    QString message; // one translated sentence: what failed, why, what to do

    bool isFault() const { return kind != Kind::None; }
    bool operator==(const SourceFault&) const = default;
};

} // namespace artgen::core

Q_DECLARE_METATYPE(artgen::core::SourceFault)
