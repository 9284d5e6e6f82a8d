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

QString PortMapping::display(const QStringList& dockerPorts)
{
    QStringList published;
    QStringList exposed;
    for (const QString& p : dockerPorts)
        (isPublished(p) ? published : exposed) << display(p);
    return (published + exposed).join(QStringLiteral(", "));
}

} // namespace artgen::core
