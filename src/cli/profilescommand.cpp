#include "profilescommand.h"

#include "commandcontext.h"
#include "settings/settingsstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace artgen::cli {

QString ProfilesCommand::summary() const
{
    return tr("List the stack profiles (the active one is marked with *).");
}

void ProfilesCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
}

int ProfilesCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    const QList<core::Profile> profiles = context.settings().profiles();
    const auto active = context.settings().activeProfile();
    const QString activeName = active ? active->name : QString();
    // The same rules as the panel's Settings page: one sentence per profile, empty when fine.
    QStringList problems;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        QList<core::Profile> others = profiles;
        others.removeAt(i);
        problems << profiles[i].validate(others);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            const core::Profile& p = profiles[i];
            QJsonObject containers;
            for (auto it = p.containers.cbegin(); it != p.containers.cend(); ++it)
                containers.insert(it.key(), it.value());
            list.append(QJsonObject{{QStringLiteral("name"), p.name},
                                    {QStringLiteral("active"), p.name == activeName},
                                    {QStringLiteral("stackDir"), p.stackDir},
                                    {QStringLiteral("projectName"), p.projectName},
                                    {QStringLiteral("apiBaseUrl"), p.apiBaseUrl.toString()},
                                    {QStringLiteral("dockerHost"), p.dockerHost},
                                    {QStringLiteral("containers"), containers},
                                    {QStringLiteral("problem"), problems[i]}});
        }
        context.out() << QJsonDocument(QJsonObject{{QStringLiteral("profiles"), list}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
        return ExitOk;
    }
    if (profiles.isEmpty()) {
        context.err() << tr("No profiles are configured. Start the panel once, or use "
                            "--stack-dir DIR.")
                      << Qt::endl;
        return ExitFailed;
    }
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const core::Profile& p = profiles[i];
        context.out() << (p.name == activeName ? "* " : "  ") << p.name << '\t' << p.stackDir
                      << '\t' << p.projectName << '\t' << p.apiBaseUrl.toString() << Qt::endl;
        if (!problems[i].isEmpty())
            context.out() << "    " << tr("problem: %1").arg(problems[i]) << Qt::endl;
    }
    return ExitOk;
}

} // namespace artgen::cli
