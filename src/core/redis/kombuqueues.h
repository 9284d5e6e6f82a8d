#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace artgen::core {

// The Celery queues in a Redis broker, as kombu's Redis transport keeps them: each exchange's
// bindings are a set `_kombu.binding.<exchange>` whose members are
// "<routing key>\x06\x16<pattern>\x06\x16<queue>", and a queue is a list named after it, with
// one more list per priority step ("<queue>\x06\x16<priority>" for 3, 6 and 9; priority 0 is
// the plain name). Pure.
class KombuQueues
{
public:
    static const QByteArray kBindingPrefix; // "_kombu.binding."
    static const QByteArray kSeparator;     // "\x06\x16"
    static const QByteArray kDefaultQueue;  // "celery"

    // Whether the exchange behind `bindingKey` routes tasks to the workers. Celery's own
    // control and event exchanges (`celery.pidbox`, `reply.celery.pidbox`, `celeryev`) are
    // fanout or reply channels, not task queues, and are left out.
    static bool isTaskExchange(const QByteArray& bindingKey);
    // The queue named by one member of a binding set; empty when it is malformed.
    static QByteArray queueOfBinding(const QByteArray& member);
    // The lists that hold the queue's messages: the queue itself and its priority sub-queues.
    static QList<QByteArray> listKeys(const QByteArray& queue);
    // A list key as a person reads it: "celery", "celery (priority 9)".
    static QString displayName(const QByteArray& listKey);
};

} // namespace artgen::core
