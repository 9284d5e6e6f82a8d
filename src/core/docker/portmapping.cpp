#include "portmapping.h"

namespace artgen::core {

bool PortMapping::isPublished(const QString& dockerPort)
{
    return dockerPort.contains(QStringLiteral("->"));
}

QString PortMapping::display(const QString& dockerPort)
{
    if (isPublished(dockerPort)) {
        QString text = dockerPort;
        // An empty host IP means every interface; Docker's lists say so with 0.0.0.0 already.
        if (text.startsWith(u':'))
            text.prepend(QStringLiteral("0.0.0.0"));
        return text.replace(QStringLiteral("->"), QStringLiteral("→"));
    }
    return tr("%1 (not published)").arg(dockerPort);
}

QString PortMapping::compact(const QString& dockerPort)
{
    QString text = dockerPort;
    if (text.endsWith(QStringLiteral("/tcp")))
        text.chop(4);
    if (!isPublished(dockerPort))
        return tr("%1 internal", "a port only exposed to the stack's network").arg(text);
    const qsizetype arrow = text.indexOf(QStringLiteral("->"));
    const qsizetype colon = text.lastIndexOf(u':', arrow);
    const QString host = colon < 0 ? QString() : text.left(colon);
    QString ports = text.mid(colon + 1).replace(QStringLiteral("->"), QStringLiteral("→"));
    if (host == QStringLiteral("127.0.0.1") || host == QStringLiteral("::1"))
        return ports;
    if (host.isEmpty() || host == QStringLiteral("0.0.0.0") || host == QStringLiteral("::"))
        return QStringLiteral("*:") + ports;
    return host + u':' + ports;
}

QStringList PortMapping::lines(const QStringList& dockerPorts, bool compactForm)
{
    QStringList published;
    QStringList exposed;
    for (const QString& p : dockerPorts)
        (isPublished(p) ? published : exposed) << (compactForm ? compact(p) : display(p));
    return published + exposed;
}

QString PortMapping::display(const QStringList& dockerPorts)
{
    return lines(dockerPorts).join(QStringLiteral(", "));
}

} // namespace artgen::core
