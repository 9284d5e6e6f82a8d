#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace artgen::core {

// Docker's ports as a person reads them: a published port says where on the host it is reached
// ("127.0.0.1:18080→80/tcp"), a port the image only exposes says it cannot be reached from the
// host ("8000/tcp (not published)"). The summaries keep Docker's own form
// ("127.0.0.1:18080->80/tcp", "8000/tcp"), which `artgenctl status --json` hands out unchanged.
class PortMapping
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::PortMapping)

public:
    static bool isPublished(const QString& dockerPort);
    static QString display(const QString& dockerPort);
    // The short form for a narrow table cell: "18080→80" for a port published on the loopback
    // only, "*:5432→5432" on every interface, "10.0.0.5:80→80" on one address, "8000 internal"
    // for one only exposed; a protocol other than tcp is kept ("53→53/udp").
    static QString compact(const QString& dockerPort);
    // Published ports first (the ones that can be reached), each group in Docker's order.
    static QStringList lines(const QStringList& dockerPorts, bool compactForm = false);
    // lines() on one line, comma-separated.
    static QString display(const QStringList& dockerPorts);
};

} // namespace artgen::core
