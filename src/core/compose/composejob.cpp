#include "composejob.h"

#include "logging/auditlog.h"
#include "logging/categories.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaEnum>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTimer>
#include <csignal>
#include <unistd.h>

namespace artgen::core {

namespace {

// SIGTERM first so compose can stop what it started; SIGKILL if it has not ended by then.
constexpr int kKillAfterMs = 10000;
// Enough to hold a Python traceback's last frame or compose's longest error paragraph.
constexpr int kTailLines = 40;
// How many of compose's last lines the error quotes.
constexpr int kQuotedLines = 5;
// A "line" without a line break this long is cut, so a stuck progress bar cannot grow forever.
constexpr qsizetype kMaxLineBytes = 64 * 1024;

bool hasComposeFile(const QDir& dir)
{
    for (const char* name :
         {"compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"})
        if (QFileInfo::exists(dir.filePath(QString::fromLatin1(name))))
            return true;
    return false;
}

bool anyContains(const QStringList& lines, const QString& needle)
{
    for (const QString& line : lines)
        if (line.contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

ComposeJob::ComposeJob(Operation operation, Profile profile, QStringList services, bool noCache)
    : Job(titleFor(operation)), m_operation(operation), m_profile(std::move(profile)),
      m_services(std::move(services)), m_noCache(noCache)
{
    // Every compose operation that changes the stack goes to the audit log: down removes
    // containers, build and pull replace images, up and restart replace running ones.
    if (operation == Operation::Config)
        return;
    connect(this, &Job::finished, this, [this] {
        const State s = state();
        const QString verb =
            QString::fromLatin1(QMetaEnum::fromType<Operation>().valueToKey(int(m_operation)));
        AuditLog::record(m_profile.name, QStringLiteral("compose-") + verb.toLower(),
                         m_profile.projectName,
                         s == State::Succeeded   ? QStringLiteral("succeeded")
                         : s == State::Cancelled ? QStringLiteral("cancelled")
                                                 : QStringLiteral("failed"),
                         {{QStringLiteral("services"), m_services.join(u' ')},
                          {QStringLiteral("noCache"), m_noCache},
                          {QStringLiteral("error"), error().message()}});
    });
}

ComposeJob::~ComposeJob() = default;

std::shared_ptr<ComposeJob> ComposeJob::up(const Profile& profile, const QStringList& services)
{
    return std::make_shared<ComposeJob>(Operation::Up, profile, services);
}

std::shared_ptr<ComposeJob> ComposeJob::upWithoutBuild(const Profile& profile, bool forceRecreate)
{
    auto job = std::make_shared<ComposeJob>(Operation::Up, profile);
    job->m_noBuild = true;
    job->m_forceRecreate = forceRecreate;
    return job;
}

std::shared_ptr<ComposeJob> ComposeJob::recreate(const Profile& profile,
                                                 const QStringList& services)
{
    auto job = std::make_shared<ComposeJob>(Operation::Up, profile, services);
    job->m_noDeps = true;
    return job;
}

std::shared_ptr<ComposeJob> ComposeJob::down(const Profile& profile)
{
    return std::make_shared<ComposeJob>(Operation::Down, profile);
}

std::shared_ptr<ComposeJob> ComposeJob::build(const Profile& profile, const QStringList& services,
                                              bool noCache)
{
    return std::make_shared<ComposeJob>(Operation::Build, profile, services, noCache);
}

std::shared_ptr<ComposeJob> ComposeJob::pull(const Profile& profile)
{
    return std::make_shared<ComposeJob>(Operation::Pull, profile);
}

std::shared_ptr<ComposeJob> ComposeJob::config(const Profile& profile)
{
    return std::make_shared<ComposeJob>(Operation::Config, profile);
}

std::shared_ptr<ComposeJob> ComposeJob::restart(const Profile& profile, const QStringList& services)
{
    return std::make_shared<ComposeJob>(Operation::Restart, profile, services);
}

QString ComposeJob::titleFor(Operation operation)
{
    switch (operation) {
    case Operation::Up:
        return tr("Start the stack (compose up)");
    case Operation::Down:
        return tr("Stop and remove the stack (compose down)");
    case Operation::Build:
        return tr("Build the stack's images (compose build)");
    case Operation::Pull:
        return tr("Pull the stack's images (compose pull)");
    case Operation::Config:
        return tr("Check the compose file (compose config)");
    case Operation::Restart:
        return tr("Restart services (compose restart)");
    }
    return {};
}

QStringList ComposeJob::composeArguments() const
{
    QStringList args;
    if (!m_profile.projectName.isEmpty())
        args << QStringLiteral("-p") << m_profile.projectName;
    switch (m_operation) {
    case Operation::Up:
        args << QStringLiteral("up") << QStringLiteral("-d");
        if (m_noDeps)
            args << QStringLiteral("--no-deps");
        if (m_noBuild)
            args << QStringLiteral("--no-build");
        if (m_forceRecreate)
            args << QStringLiteral("--force-recreate");
        args << m_services;
        break;
    case Operation::Down:
        args << QStringLiteral("down");
        break;
    case Operation::Build:
        args << QStringLiteral("build");
        if (m_noCache)
            args << QStringLiteral("--no-cache");
        args << m_services;
        break;
    case Operation::Pull:
        args << QStringLiteral("pull");
        break;
    case Operation::Config:
        args << QStringLiteral("config") << QStringLiteral("-q");
        break;
    case Operation::Restart:
        args << QStringLiteral("restart") << m_services;
        break;
    }
    return args;
}

bool ComposeJob::isValidServiceName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9._][a-zA-Z0-9._-]*$"));
    return re.match(name).hasMatch();
}

void ComposeJob::run()
{
    setAsync();
    for (const QString& service : std::as_const(m_services)) {
        if (!isValidServiceName(service)) {
            fail(Error(Error::Code::InvalidInput,
                       tr("“%1” is not a valid service name.").arg(service),
                       tr("Service names use only letters, digits, “.”, “_” and “-”, and do not "
                          "start with “-”."),
                       tr("Use the names from the services: section of docker-compose.yml.")));
            return;
        }
    }
    const QDir dir(m_profile.composeDir());
    if (!dir.exists()) {
        fail(Error(
            Error::Code::NotFound,
            tr("The compose folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(dir.absolutePath())),
            tr("The stack folder of profile “%1” has no Docker_all folder.").arg(m_profile.name),
            tr("Choose the folder that holds Docker_all/ in the profile's settings.")));
        return;
    }
    if (!m_cli) {
        auto detected = ComposeCli::detect();
        if (!detected) {
            fail(detected.error());
            return;
        }
        m_cli = *detected;
    }
    if (isCancelRequested()) {
        finishCancelled();
        return;
    }

    QStringList args = composeArguments();
    // Without a compose file in its folder compose searches the parent folders and would act
    // on whatever stack it finds there — not something `down` should do. Naming the file makes
    // compose report the missing file in its own words instead. With a file present nothing is
    // named, so docker-compose.override.yml still applies as it does for a person typing.
    if (!hasComposeFile(dir))
        args = QStringList{QStringLiteral("-f"), QStringLiteral("docker-compose.yml")} + args;
    m_commandLine = m_cli->displayName() + u' ' + args.join(u' ');

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_profile.dockerHost.isEmpty())
        env.insert(QStringLiteral("DOCKER_HOST"), m_profile.dockerHost);
    m_cli->prepareEnvironment(env);

    m_process = new QProcess(this);
    m_process->setProgram(m_cli->program());
    m_process->setArguments(m_cli->arguments(args));
    m_process->setWorkingDirectory(dir.absolutePath());
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // Compose must never sit waiting for an answer nobody can give.
    m_process->setStandardInputFile(QProcess::nullDevice());
    // A process group of its own, so cancel reaches what compose starts too (the docker CLI
    // runs the compose plugin as a child).
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ComposeJob::onReadyRead);
    connect(m_process, &QProcess::finished, this, &ComposeJob::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &ComposeJob::onErrorOccurred);

    m_killTimer = new QTimer(this);
    m_killTimer->setSingleShot(true);
    m_killTimer->setInterval(kKillAfterMs);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcDocker) << "compose did not stop within" << kKillAfterMs << "ms; killing it";
        signalProcessGroup(SIGKILL);
    });

    qCInfo(lcDocker) << "running" << m_commandLine << "in" << dir.absolutePath();
    log(tr("Running %1 in %2").arg(m_commandLine, QDir::toNativeSeparators(dir.absolutePath())));
    m_process->start();
    m_pid = m_process->processId();
}

void ComposeJob::onCancel()
{
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        finishCancelled();
        return;
    }
    signalProcessGroup(SIGTERM);
    m_killTimer->start();
}

void ComposeJob::signalProcessGroup(int signal)
{
    if (m_pid <= 0)
        return;
    // The group may not exist yet if the child has not reached setpgid(): then the process.
    if (::kill(-pid_t(m_pid), signal) != 0)
        ::kill(pid_t(m_pid), signal);
}

void ComposeJob::onReadyRead()
{
    m_partial += m_process->readAllStandardOutput();
    qsizetype start = 0;
    for (qsizetype i = 0; i < m_partial.size(); ++i) {
        const char c = m_partial.at(i);
        // "\r" too: compose ends lines with "\r\n" and redraws progress with a bare "\r".
        if (c == '\n' || c == '\r') {
            takeLine(m_partial.mid(start, i - start));
            start = i + 1;
        }
    }
    m_partial.remove(0, start);
    if (m_partial.size() > kMaxLineBytes) {
        takeLine(m_partial);
        m_partial.clear();
    }
}

void ComposeJob::takeLine(const QByteArray& bytes)
{
    // Decoded per line, so a UTF-8 character split across two reads arrives whole.
    QString line = QString::fromUtf8(bytes);
    while (!line.isEmpty() && line.back().isSpace())
        line.chop(1);
    if (line.trimmed().isEmpty())
        return;
    if (line.startsWith(QStringLiteral("Traceback (most recent call last)")))
        m_sawTraceback = true;
    m_tail << line;
    if (m_tail.size() > kTailLines)
        m_tail.removeFirst();
    log(line);
}

void ComposeJob::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_killTimer->stop();
    onReadyRead();
    if (!m_partial.isEmpty()) {
        takeLine(m_partial);
        m_partial.clear();
    }
    if (status == QProcess::NormalExit)
        m_exitCode = exitCode;
    const bool ok = status == QProcess::NormalExit && exitCode == 0;
    if (isCancelRequested()) {
        // Whatever compose left behind in its group goes too.
        signalProcessGroup(SIGKILL);
        // Compose that finished its work before the signal landed did it: say so.
        if (ok)
            succeed(exitCode);
        else
            finishCancelled();
        return;
    }
    if (ok) {
        succeed(exitCode);
        return;
    }
    if (status == QProcess::CrashExit) {
        fail(Error(Error::Code::ProcessFailed, tr("“%1” stopped unexpectedly.").arg(m_commandLine),
                   tr("Compose was killed by a signal before it finished."),
                   tr("Run the operation again; if it happens again, check the system log for "
                      "the out-of-memory killer.")));
        return;
    }
    fail(failure(exitCode));
}

void ComposeJob::onErrorOccurred(QProcess::ProcessError error)
{
    // Every other error is followed by finished(); only a failed start ends here.
    if (error != QProcess::FailedToStart)
        return;
    m_killTimer->stop();
    if (isCancelRequested()) {
        finishCancelled();
        return;
    }
    fail(Error(Error::Code::ProcessFailed, tr("Could not start %1.").arg(m_cli->displayName()),
               m_process->errorString(),
               tr("Check that %1 is installed and can be run by this user.")
                   .arg(QDir::toNativeSeparators(m_cli->program()))));
}

Error ComposeJob::failure(int exitCode) const
{
    const QString what = tr("“%1” failed with exit code %2.").arg(m_commandLine).arg(exitCode);
    // A Python traceback (compose v1 on an unexpected error) says what matters in its last
    // line, the exception; otherwise compose's last lines are its message.
    const QStringList quoted = m_sawTraceback ? m_tail.mid(m_tail.size() - 1)
                                              : m_tail.mid(qMax(0, m_tail.size() - kQuotedLines));
    const QString why = quoted.isEmpty() ? tr("Compose printed nothing.")
                                         : tr("Compose said:") + u'\n' + quoted.join(u'\n');

    // v1: "Couldn't connect to Docker daemon", or a traceback ending in "Error while fetching
    // server API version"; v2: "Cannot connect to the Docker daemon".
    const bool noDaemon = anyContains(m_tail, QStringLiteral("connect to Docker daemon")) ||
                          anyContains(m_tail, QStringLiteral("connect to the Docker daemon")) ||
                          anyContains(m_tail, QStringLiteral("fetching server API version"));
    if (noDaemon && anyContains(m_tail, QStringLiteral("permission denied")))
        return Error(Error::Code::PermissionDenied, what, why,
                     tr("Run it as a member of the docker group (or as root), then try again."));
    if (noDaemon)
        return Error(Error::Code::Unreachable, what, why,
                     tr("Start Docker (systemctl start docker), or check DOCKER_HOST and the "
                        "profile's Docker host, then try again."));
    const QString folder = QDir::toNativeSeparators(m_profile.composeDir());
    if (m_operation == Operation::Config)
        return Error(Error::Code::ProcessFailed, what, why,
                     tr("Fix the compose file in %1 and check it again.").arg(folder));
    return Error(Error::Code::ProcessFailed, what, why,
                 tr("Fix what compose reports (the compose file and .env are in %1), then try "
                    "again.")
                     .arg(folder));
}

} // namespace artgen::core
