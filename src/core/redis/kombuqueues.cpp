#include "kombuqueues.h"

#include <QCoreApplication>

namespace artgen::core {

const QByteArray KombuQueues::kBindingPrefix = QByteArrayLiteral("_kombu.binding.");
const QByteArray KombuQueues::kSeparator = QByteArrayLiteral("\x06\x16");
const QByteArray KombuQueues::kDefaultQueue = QByteArrayLiteral("celery");

namespace {
constexpr int kPrioritySteps[] = {3, 6, 9}; // kombu's PRIORITY_STEPS, 0 being the plain name
}

bool KombuQueues::isTaskExchange(const QByteArray& bindingKey)
{
    if (!bindingKey.startsWith(kBindingPrefix))
        return false;
    const QByteArray exchange = bindingKey.mid(kBindingPrefix.size());
    return !exchange.isEmpty() && !exchange.endsWith(".pidbox") && exchange != "celeryev";
}

QByteArray KombuQueues::queueOfBinding(const QByteArray& member)
{
    const qsizetype last = member.lastIndexOf(kSeparator);
    if (last < 0)
        return {};
    return member.mid(last + kSeparator.size());
}

QList<QByteArray> KombuQueues::listKeys(const QByteArray& queue)
{
    QList<QByteArray> keys{queue};
    for (int priority : kPrioritySteps)
        keys << queue + kSeparator + QByteArray::number(priority);
    return keys;
}

QString KombuQueues::displayName(const QByteArray& listKey)
{
    const qsizetype sep = listKey.lastIndexOf(kSeparator);
    if (sep < 0)
        return QString::fromUtf8(listKey);
    return QCoreApplication::translate("artgen::core::KombuQueues", "%1 (priority %2)")
        .arg(QString::fromUtf8(listKey.left(sep)),
             QString::fromUtf8(listKey.mid(sep + kSeparator.size())));
}

} // namespace artgen::core
