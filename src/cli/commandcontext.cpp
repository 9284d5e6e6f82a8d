#include "commandcontext.h"

#include "command.h"
#include "docker/dockerclient.h"
#include "secrets/profilesecrets.h"
#include "secrets/secretreferences.h"
#include "secrets/secretstore.h"
#include "secrets/sessionsecrets.h"
#include "settings/settingsstore.h"
#include "stackconfig/stacklocator.h"
#include "util/workerthread.h"

#include <QCoreApplication>
#include <QDir>
#include <optional>

namespace artgen::cli {

CommandContext::CommandContext(QTextStream& out, QTextStream& err, core::SettingsStore& settings)
    : m_out(out), m_err(err), m_settings(settings)
{}

core::Result<core::Profile> CommandContext::profile() const
{
    using core::Error;
    if (!m_stackDir.isEmpty()) {
        if (!core::StackLocator::looksLikeStackDir(m_stackDir))
            return core::fail(Error(Error::Code::NotFound,
                                    tr("%1 is not a stack folder.").arg(m_stackDir),
                                    tr("It has no Docker_all/docker-compose.yml."),
                                    tr("Pass the folder that holds Docker_all/.")));
        // A folder a profile already names is that profile, production mark and all; when
        // several name it, a production one wins (the stricter rules).
        const core::Profile fresh = core::Profile::fromStackDir(m_stackDir);
        std::optional<core::Profile> named;
        for (const core::Profile& p : m_settings.profiles()) {
            if (QDir::cleanPath(p.stackDir) != fresh.stackDir)
                continue;
            if (!named || (p.production && !named->production))
                named = p;
        }
        return named.value_or(fresh);
    }
    if (!m_profileName.isEmpty()) {
        if (auto p = m_settings.profile(m_profileName))
            return *p;
        QStringList names;
        for (const auto& p : m_settings.profiles())
            names << p.name;
        return core::fail(
            Error(Error::Code::NotFound, tr("There is no profile called “%1”.").arg(m_profileName),
                  names.isEmpty() ? tr("No profiles are configured.")
                                  : tr("Known profiles: %1.").arg(names.join(QStringLiteral(", "))),
                  tr("Use `artgenctl profiles` to list them, or --stack-dir DIR.")));
    }
    if (auto p = m_settings.activeProfile())
        return *p;
    return core::fail(Error(Error::Code::NotFound, tr("No stack profile is configured."),
                            tr("The settings file %1 holds no profile.").arg(m_settings.filePath()),
                            tr("Start the panel once, or pass --stack-dir DIR.")));
}

CommandContext::~CommandContext() = default;

core::Result<core::DockerClient*> CommandContext::docker()
{
    if (m_docker)
        return m_docker;
    const auto p = profile();
    if (!p)
        return core::fail(p.error());
    const auto endpoint = p->endpoint();
    if (!endpoint)
        return core::fail(endpoint.error());
    m_dockerThread = std::make_unique<core::WorkerThread>(QStringLiteral("docker"));
    m_docker = new core::DockerClient(*endpoint);
    m_dockerThread->adopt(m_docker);
    return m_docker;
}

core::SecretStore& CommandContext::secretStore()
{
    if (!m_secretStore)
        m_secretStore = std::make_unique<core::SecretStore>();
    return *m_secretStore;
}

void CommandContext::loadKeychainSecrets()
{
    const auto p = profile();
    if (!p)
        return;
    const core::SecretReferences references(m_settings, p->name);
    if (references.inKeychain().isEmpty())
        return;
    const core::Status loaded = await(core::ProfileSecrets::load(secretStore(), references));
    if (!loaded)
        reportKeychainProblem(loaded.error());
}

void CommandContext::reportKeychainProblem(const core::Error& problem)
{
    if (core::SessionSecrets::global().noteKeychainProblem(problem))
        printError(problem);
}

int CommandContext::exitCodeFor(const core::Error& error)
{
    switch (error.code()) {
    case core::Error::Code::Unreachable:
    case core::Error::Code::PermissionDenied:
    case core::Error::Code::Timeout:
        return ExitUnreachable;
    default:
        return ExitFailed;
    }
}

void CommandContext::printError(const core::Error& error)
{
    m_err << "artgenctl: " << error.message() << Qt::endl;
}

} // namespace artgen::cli
