#include "containerlogreader.h"

#include "docker/dockerclient.h"
#include "logs/logentrybuilder.h"
#include "logs/logstreamdecoder.h"
#include "logs/logtimestamp.h"
#include "stepcontext.h"

#include <QUrl>

namespace artgen::core {

namespace {
constexpr qint64 kNsPerSec = 1000000000LL;
constexpr int kDockerTimeoutMs = 20000;
} // namespace

QList<LogEntry> ContainerLogReader::decode(const QByteArray& body, bool tty, qint64 notBeforeNs,
                                           const QString& source, int* lines)
{
    LogStreamDecoder decoder(tty);
    LogEntryBuilder builder;
    builder.setNotBefore(notBeforeNs);
    LogBatch batch;
    batch.sources << source;
    int read = 0;
    decoder.feed(body, [&](const LogStreamDecoder::Line& l) {
        ++read;
        builder.addLine(l.stream, l.timestampNs, l.text, l.cutBytes, &batch);
    });
    builder.flush(&batch, true);
    if (lines)
        *lines = read;
    QList<LogEntry> out;
    out.reserve(batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i)
        out << batch.entry(i);
    return out;
}

Result<ContainerLogReader::Log> ContainerLogReader::read(const StepContext& context,
                                                         const QString& container, qint64 sinceNs,
                                                         int tail)
{
    DockerClient& docker = context.docker();
    const auto details = context.wait(docker.inspect(container), kDockerTimeoutMs);
    if (!details)
        return fail(Error(Error::Code::Timeout, StepContext::noAnswer(QStringLiteral("Docker"))));
    if (!*details)
        return fail(details->error());
    Log log;
    log.container = container;
    log.startedAt = (*details)->startedAt;
    log.state = (*details)->summary.state;
    if (sinceNs == kSinceStart)
        sinceNs = std::max<qint64>(1, LogTimestamp::fromDateTime(log.startedAt));
    QByteArray path = "/containers/" + QUrl::toPercentEncoding(container) +
                      "/logs?stdout=1&stderr=1&timestamps=1";
    if (sinceNs > 0)
        path += "&since=" + QByteArray::number(sinceNs / kNsPerSec); // whole seconds; cut below
    if (tail > 0)
        path += "&tail=" + QByteArray::number(tail);
    DockerCall::Options o;
    o.path = path;
    o.timeoutMs = kDockerTimeoutMs;
    const auto response = context.wait(docker.request(o), kDockerTimeoutMs + 5000);
    if (!response)
        return fail(Error(Error::Code::Timeout, StepContext::noAnswer(QStringLiteral("Docker"))));
    if (!*response)
        return fail(response->error());
    if ((*response)->status != 200)
        return fail(DockerClient::fromHttpStatus(
            **response, tr("Docker could not read the log of %1.").arg(container)));
    log.entries = decode((*response)->body, (*details)->tty, sinceNs, container, &log.lines);
    return log;
}

} // namespace artgen::core
