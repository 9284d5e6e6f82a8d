#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace artgen::core {

// One HTTP request of a check (GET /api/v1/health, POST /api/v1/generate, GET a task's status)
// through the stack's nginx, waited for on the calling worker thread's event loop. Plain
// QNetworkAccessManager, as ApiProbe: the API is an ordinary web site behind nginx.
class HttpCheck
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::HttpCheck)

public:
    struct Answer
    {
        int status = 0; // 0: no answer
        QByteArray body;
        qint64 elapsedMs = -1;
        QString error; // why there was no answer (or the network's complaint)

        bool ok() const { return status >= 200 && status < 300; }
        // "200 in 12 ms", "no answer: Connection refused"
        QString describe() const;
    };

    static Answer send(const QByteArray& verb, const QUrl& url, const QByteArray& body = {},
                       const QByteArray& bearerToken = {}, int timeoutMs = 10000);
    // `path` ("/api/v1/health") on the profile's API base URL.
    static QUrl url(const QUrl& apiBase, const QString& path);
};

} // namespace artgen::core
