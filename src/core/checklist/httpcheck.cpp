#include "httpcheck.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace artgen::core {

QString HttpCheck::Answer::describe() const
{
    if (status == 0)
        return tr("no answer: %1").arg(error);
    return tr("HTTP %1 in %2 ms").arg(status).arg(elapsedMs);
}

QUrl HttpCheck::url(const QUrl& apiBase, const QString& path)
{
    QUrl u = apiBase;
    QString base = u.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    u.setPath(base + path);
    return u;
}

HttpCheck::Answer HttpCheck::send(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                                  const QByteArray& bearerToken, int timeoutMs)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (!bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearerToken);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.elapsedMs = timer.elapsed();
    if (a.status == 0)
        a.error = reply->error() == QNetworkReply::OperationCanceledError
                      ? tr("no answer within %1 ms").arg(timeoutMs)
                      : reply->errorString();
    delete reply;
    return a;
}

} // namespace artgen::core
