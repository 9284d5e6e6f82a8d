#include "commandcontext.h"

#include "settings/settingsstore.h"
#include "stackconfig/stacklocator.h"

#include <QCoreApplication>

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
        return core::Profile::fromStackDir(m_stackDir);
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

void CommandContext::printError(const core::Error& error)
{
    m_err << "artgenctl: " << error.message() << Qt::endl;
}

} // namespace artgen::cli
