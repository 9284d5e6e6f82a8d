#include "logscommand.h"

#include "commandcontext.h"
#include "docker/containermap.h"
#include "docker/dockerclient.h"
#include "interruptguard.h"
#include "logs/logfilter.h"
#include "logs/logfollower.h"
#include "logs/logstore.h"
#include "logs/logtimestamp.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <numeric>

namespace artgen::cli {

using core::LogLevel;
using core::LogStream;
using core::LogTimestamp;

namespace {

// Writes lines as UTF-8 straight to the terminal's device when there is one (a million lines
// must not go through UTF-16), else through the QTextStream (tests).
class Printer
{
public:
    Printer(QTextStream& out, bool json, bool timestamps, QMap<QString, QString> containers)
        : m_out(out), m_json(json), m_timestamps(timestamps), m_containers(std::move(containers))
    {
        for (auto it = m_containers.cbegin(); it != m_containers.cend(); ++it)
            m_width = qMax(m_width, it.key().size());
        m_out.flush();
        m_device = m_out.device();
    }
    ~Printer() { flush(); }

    void print(const QString& source, LogStream stream, qint64 ts, LogLevel level,
               QByteArrayView text)
    {
        if (m_json) {
            m_buffer += LogsCommand::toJson({source, stream, ts, level, text.toByteArray()},
                                            m_containers.value(source, source));
            m_buffer += '\n';
        } else {
            QByteArray prefix = source.leftJustified(m_width).toUtf8() + " | ";
            if (m_timestamps)
                prefix += LogTimestamp::format(ts) + ' ';
            if (stream == LogStream::Note)
                prefix += "-- ";
            // A grouped traceback keeps its prefix on every line, like docker compose logs.
            for (qsizetype start = 0;;) {
                const qsizetype nl = text.indexOf('\n', start);
                m_buffer += prefix;
                m_buffer += text.sliced(start, (nl < 0 ? text.size() : nl) - start);
                m_buffer += '\n';
                if (nl < 0)
                    break;
                start = nl + 1;
            }
        }
        if (m_buffer.size() > (1 << 20))
            flush();
    }
    void flush()
    {
        if (m_buffer.isEmpty())
            return;
        if (m_device)
            m_device->write(m_buffer);
        else
            m_out << QString::fromUtf8(m_buffer);
        m_buffer.clear();
        if (!m_device)
            m_out.flush();
    }

private:
    QTextStream& m_out;
    bool m_json;
    bool m_timestamps;
    QMap<QString, QString> m_containers;
    qsizetype m_width = 0;
    QIODevice* m_device = nullptr;
    QByteArray m_buffer;
};

} // namespace

QString LogsCommand::summary() const
{
    return tr("Show the services' logs merged, filtered, or followed live (-f).");
}

void LogsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("SERVICE"),
                                 tr("Services to show (default: all of the stack)."),
                                 QStringLiteral("[SERVICE…]"));
    parser.addOption({{QStringLiteral("f"), QStringLiteral("follow")},
                      tr("Keep following, across restarts, until Ctrl-C.")});
    parser.addOption({QStringLiteral("tail"),
                      tr("Start from the last N lines of each (default: all)."),
                      QStringLiteral("N|all"), QStringLiteral("all")});
    parser.addOption({QStringLiteral("since"),
                      tr("Only lines since TIME: 10m, 2h, 1d, a Unix time or an ISO 8601 date."),
                      QStringLiteral("TIME")});
    parser.addOption({QStringLiteral("until"),
                      tr("Only lines until TIME (same forms as --since); -f ends there."),
                      QStringLiteral("TIME")});
    parser.addOption({QStringLiteral("grep"), tr("Only lines matching the regular expression."),
                      QStringLiteral("REGEX")});
    parser.addOption({QStringLiteral("level"),
                      tr("Only lines at LEVEL or above: debug, info, warning, error, critical."),
                      QStringLiteral("LEVEL")});
    parser.addOption({QStringLiteral("container"),
                      tr("Also show the container NAME, even when it is not of the stack."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object per line.")});
    parser.addOption({{QStringLiteral("t"), QStringLiteral("timestamps")},
                      tr("Show Docker's timestamp on every line.")});
}

core::Result<qint64> LogsCommand::parseSince(const QString& text, qint64 nowNs)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d+)([smhd])$"));
    const auto m = relative.match(text.trimmed());
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const char unit = m.captured(2).at(0).toLatin1();
        const qint64 secs = unit == 's'   ? n
                            : unit == 'm' ? n * 60
                            : unit == 'h' ? n * 3600
                                          : n * 86400;
        return nowNs - secs * 1000000000LL;
    }
    bool isNumber = false;
    const double unix = text.trimmed().toDouble(&isNumber);
    if (isNumber && unix >= 0)
        return qint64(unix * 1e9);
    qint64 ns = 0;
    const QByteArray utf8 = text.trimmed().toUtf8();
    if (core::LogTimestamp::parse(utf8, &ns) == utf8.size() && ns != 0)
        return ns;
    QDateTime dt = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (dt.isValid())
        return core::LogTimestamp::fromDateTime(dt);
    return tl::unexpected(core::Error(core::Error::Code::InvalidInput,
                                      tr("“%1” is not a time.").arg(text),
                                      tr("--since takes 10m, 2h, 1d, a Unix time or a date such "
                                         "as 2024-05-01T12:00:00."),
                                      tr("Correct the option and run the command again.")));
}

QByteArray LogsCommand::toJson(const core::LogEntry& e, const QString& container)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("time"),
                            QString::fromLatin1(core::LogTimestamp::format(e.timestampNs))},
                           {QStringLiteral("service"), e.source},
                           {QStringLiteral("container"), container},
                           {QStringLiteral("stream"), core::LogLevels::streamKey(e.stream)},
                           {QStringLiteral("level"), core::LogLevels::key(e.level)},
                           {QStringLiteral("text"), QString::fromUtf8(e.text)}})
        .toJson(QJsonDocument::Compact);
}

int LogsCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    const auto usage = [&](const QString& message) {
        context.err() << "artgenctl logs: " << message << '\n'
                      << tr("Try: artgenctl logs --help") << Qt::endl;
        return int(ExitUsage);
    };
    const auto profile = context.profile();
    if (!profile) {
        context.printError(profile.error());
        return ExitFailed;
    }
    core::LogFollower::Options options;
    options.follow = parser.isSet(QStringLiteral("follow"));
    const QString tail = parser.value(QStringLiteral("tail"));
    bool ok = true;
    options.tail = tail == QStringLiteral("all") ? -1 : tail.toInt(&ok);
    if (!ok || options.tail < -1)
        return usage(tr("--tail takes a number of lines or “all”."));
    if (parser.isSet(QStringLiteral("since"))) {
        const auto since = parseSince(parser.value(QStringLiteral("since")),
                                      QDateTime::currentMSecsSinceEpoch() * 1000000);
        if (!since)
            return usage(since.error().message());
        options.sinceNs = *since;
    }
    if (parser.isSet(QStringLiteral("until"))) {
        const auto until = parseSince(parser.value(QStringLiteral("until")),
                                      QDateTime::currentMSecsSinceEpoch() * 1000000);
        if (!until)
            return usage(until.error().message().replace(QStringLiteral("--since"),
                                                         QStringLiteral("--until")));
        options.untilNs = *until;
        if (options.sinceNs > 0 && options.untilNs < options.sinceNs)
            return usage(tr("--until is before --since: nothing could match."));
    }
    core::LogFilter filter;
    if (parser.isSet(QStringLiteral("level"))) {
        const auto level = core::LogLevels::fromKey(parser.value(QStringLiteral("level")));
        if (!level)
            return usage(tr("--level takes debug, info, warning, error or critical."));
        filter.minimumLevel = *level;
    }
    if (parser.isSet(QStringLiteral("grep"))) {
        filter.text = core::LogMatcher(parser.value(QStringLiteral("grep")), true, true);
        if (!filter.text.isValid())
            return usage(tr("--grep: %1").arg(filter.text.errorString()));
    }
    auto docker = context.docker();
    if (!docker) {
        context.printError(docker.error());
        return ExitFailed;
    }
    // The stack as Docker has it (the profile's services when Docker is out of reach: the
    // follower says why). Names are services, or containers; each service is read from the
    // container the map gives it, as status shows it.
    auto discovery = core::ContainerMap::discover(**docker, *profile);
    discovery.waitForFinished();
    const core::ContainerMap map = discovery.result();
    QMap<QString, QString> chosen;
    for (const QString& w : parser.positionalArguments()) {
        const QStringList names = map.namesFor(w);
        if (names.isEmpty())
            return usage(tr("no service “%1” in the stack (it has: %2).")
                             .arg(w, map.services().join(u", ")));
        for (const QString& name : names)
            chosen.insert(name, map.container(name));
    }
    const QStringList extra = parser.values(QStringLiteral("container"));
    if (chosen.isEmpty() && extra.isEmpty())
        chosen = map.all();
    for (const QString& c : extra)
        chosen.insert(c, c);
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
        options.sources.append({it.key(), it.value()});

    // A follow, or a read of one container (whose log Docker sends in time order already),
    // prints each batch as it comes and keeps nothing: memory stays flat and printing overlaps
    // reading. A one-shot read of several keeps everything and prints it merged by time.
    const bool streaming = options.follow || options.sources.size() == 1;
    core::LogStore store(core::LogStore::kUnlimited);
    Printer printer(context.out(), parser.isSet(QStringLiteral("json")),
                    parser.isSet(QStringLiteral("timestamps")), chosen);
    auto* follower = new core::LogFollower(**docker, options);
    follower->moveToThread((*docker)->thread());
    QEventLoop loop;
    QList<core::Error> errors;
    QList<core::Error> printed;
    // Docker itself out of reach fails every service the same way: say it once.
    const auto printOnce = [&](const core::Error& e) {
        if (printed.contains(e))
            return;
        printed << e;
        context.printError(e);
    };
    qint64 received = 0;
    QObject::connect(follower, &core::LogFollower::batchReady, &loop,
                     [&](const core::LogBatch& batch) {
                         received += batch.size();
                         if (streaming) {
                             QList<qsizetype> order(batch.size());
                             std::iota(order.begin(), order.end(), 0);
                             std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) {
                                 return batch.items[a].timestampNs < batch.items[b].timestampNs;
                             });
                             for (qsizetype i : std::as_const(order)) {
                                 const auto& it = batch.items[i];
                                 core::LogStore::Row row{it.timestampNs, it.source, it.stream,
                                                         it.level, batch.textOf(it)};
                                 if (filter.sources.isEmpty() && filter.accepts(row))
                                     printer.print(batch.sources.value(it.source), it.stream,
                                                   it.timestampNs, it.level, row.text);
                             }
                             printer.flush();
                             return; // printed: nothing is kept
                         }
                         store.append(batch);
                     });
    QObject::connect(follower, &core::LogFollower::sourceFailed, &loop,
                     [&](const QString&, const core::Error& e) {
                         if (!options.follow)
                             errors << e;
                         printOnce(e);
                     });
    // Following, Docker going away is said when it happens (the follow waits for it to return).
    QObject::connect(follower, &core::LogFollower::connectionChanged, &loop,
                     [&](bool connected, const core::Error& e) {
                         if (connected)
                             printed.clear(); // a later loss is news again
                         else if (options.follow)
                             printOnce(e);
                     });
    QObject::connect(follower, &core::LogFollower::finished, &loop, &QEventLoop::quit);
    // Ctrl-C (or TERM) ends a follow cleanly: the loop quits, the follower is stopped below.
    const InterruptGuard interrupt(&loop, [&loop] { loop.quit(); });
    QMetaObject::invokeMethod(follower, &core::LogFollower::start, Qt::QueuedConnection);
    loop.exec();
    QMetaObject::invokeMethod(follower, &core::LogFollower::stop, Qt::BlockingQueuedConnection);
    follower->deleteLater();

    if (!streaming) {
        for (qsizetype i = 0; i < store.size(); ++i) {
            const core::LogStore::Row row = store.at(i);
            if (filter.accepts(row))
                printer.print(store.sources().value(row.source), row.stream, row.timestampNs,
                              row.level, row.text);
        }
    }
    printer.flush();
    context.out().flush();
    if (errors.isEmpty())
        return ExitOk;
    // Nothing read at all: the error's own code (2: Docker or the container unreachable).
    return received == 0 ? CommandContext::exitCodeFor(errors.first()) : int(ExitFailed);
}

} // namespace artgen::cli
