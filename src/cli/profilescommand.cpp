#include "profilescommand.h"

#include "commandcontext.h"
#include "docker/dockercontexts.h"
#include "session/connectiontest.h"
#include "settings/settingsstore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace artgen::cli {

namespace {

const QString kJson = QStringLiteral("json");

QString option(const char* name)
{
    return QString::fromLatin1(name);
}

QJsonObject toJson(const core::Profile& p, bool active, const QString& problem)
{
    QJsonObject containers;
    for (auto it = p.containers.cbegin(); it != p.containers.cend(); ++it)
        containers.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("name"), p.name},
                       {QStringLiteral("active"), active},
                       {QStringLiteral("production"), p.production},
                       {QStringLiteral("stackDir"), p.stackDir},
                       {QStringLiteral("projectName"), p.projectName},
                       {QStringLiteral("apiBaseUrl"), p.apiBaseUrl.toString()},
                       {QStringLiteral("dockerHost"), p.dockerHost},
                       {QStringLiteral("tlsCa"), p.dockerTlsCa},
                       {QStringLiteral("tlsCert"), p.dockerTlsCert},
                       {QStringLiteral("tlsKey"), p.dockerTlsKey},
                       {QStringLiteral("postgresAddress"), p.postgresAddress},
                       {QStringLiteral("redisAddress"), p.redisAddress},
                       {QStringLiteral("backupDir"), p.backupDir},
                       {QStringLiteral("containers"), containers},
                       {QStringLiteral("problem"), problem}};
}

QString outcomeName(core::ConnectionTest::Outcome o)
{
    switch (o) {
    case core::ConnectionTest::Outcome::Passed:
        return QStringLiteral("passed");
    case core::ConnectionTest::Outcome::Failed:
        return QStringLiteral("failed");
    case core::ConnectionTest::Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

} // namespace

QString ProfilesCommand::summary() const
{
    return tr("List, add, remove or test the stack profiles (the active one is marked with *).");
}

void ProfilesCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("Nothing to list; add NAME, remove NAME, test [NAME] or "
                                    "contexts."),
                                 QStringLiteral("[add|remove|test|contexts] [NAME]"));
    parser.addOption({kJson, tr("Print one JSON document.")});
    parser.addOption({option("docker-host"),
                      tr("add: the Docker endpoint (unix://, tcp:// or ssh://)."),
                      QStringLiteral("URL")});
    parser.addOption({option("docker-context"),
                      tr("add: take the Docker endpoint from this Docker context."),
                      QStringLiteral("NAME")});
    parser.addOption({option("tls-ca"), tr("add: the CA certificate for a tcp:// host."),
                      QStringLiteral("FILE")});
    parser.addOption({option("tls-cert"), tr("add: the client certificate for a tcp:// host."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {option("tls-key"), tr("add: the client key for a tcp:// host."), QStringLiteral("FILE")});
    parser.addOption(
        {option("project"), tr("add: the compose project name."), QStringLiteral("NAME")});
    parser.addOption({option("api-url"), tr("add: the API base URL."), QStringLiteral("URL")});
    parser.addOption({option("postgres"),
                      tr("add: PostgreSQL as HOST:PORT, or \"container\" to go through it."),
                      QStringLiteral("ADDRESS")});
    parser.addOption({option("redis"), tr("add: Redis as HOST:PORT."), QStringLiteral("ADDRESS")});
    parser.addOption({option("backup-dir"), tr("add: where backups go."), QStringLiteral("DIR")});
    parser.addOption({option("production"),
                      tr("add: mark it production (destructive commands then want its name).")});
}

int ProfilesCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool json = parser.isSet(kJson);
    const auto usage = [&context](const QString& text) {
        context.err() << QStringLiteral("artgenctl profiles: ") << text << Qt::endl;
        return int(ExitUsage);
    };
    if (args.size() > 2 || (action == QStringLiteral("contexts") && args.size() > 1))
        return usage(tr("too many arguments."));
    if (action.isEmpty())
        return list(context, json);
    if (action == QStringLiteral("contexts"))
        return contexts(context, json);
    if (action == QStringLiteral("test"))
        return test(context, args.value(1), json);
    if (action != QStringLiteral("add") && action != QStringLiteral("remove"))
        return usage(
            tr("unexpected argument “%1”; use add, remove, test or contexts.").arg(action));
    if (args.size() != 2 || args[1].trimmed().isEmpty())
        return usage(tr("%1 needs the profile's name.").arg(action));
    return action == QStringLiteral("add") ? add(context, parser, args[1])
                                           : remove(context, args[1]);
}

int ProfilesCommand::list(CommandContext& context, bool json)
{
    const QList<core::Profile> profiles = context.settings().profiles();
    const auto active = context.settings().activeProfile();
    const QString activeName = active ? active->name : QString();
    // The same rules as the panel's Profiles dialog: one sentence per profile, empty when fine.
    QStringList problems;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        QList<core::Profile> others = profiles;
        others.removeAt(i);
        problems << profiles[i].validate(others);
    }
    if (json) {
        QJsonArray list;
        for (qsizetype i = 0; i < profiles.size(); ++i)
            list.append(toJson(profiles[i], profiles[i].name == activeName, problems[i]));
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
                      << '\t' << p.projectName << '\t' << p.apiBaseUrl.toString();
        if (p.production)
            context.out() << '\t' << tr("PRODUCTION");
        context.out() << Qt::endl;
        if (!problems[i].isEmpty())
            context.out() << "    " << tr("problem: %1").arg(problems[i]) << Qt::endl;
    }
    return ExitOk;
}

core::Result<core::Profile> ProfilesCommand::profileFromOptions(CommandContext& context,
                                                                const QCommandLineParser& parser,
                                                                const QString& profileName)
{
    using core::Error;
    if (context.stackDir().isEmpty())
        return core::fail(Error(Error::Code::InvalidInput,
                                tr("A new profile needs its stack folder."),
                                tr("--stack-dir is missing."),
                                tr("Pass --stack-dir DIR, the folder that holds Docker_all/.")));
    core::Profile p = core::Profile::fromStackDir(context.stackDir(), profileName);
    if (parser.isSet(option("docker-context"))) {
        const auto all = core::DockerContexts::list();
        if (!all)
            return core::fail(all.error());
        const QString wanted = parser.value(option("docker-context"));
        const auto it = std::find_if(all->cbegin(), all->cend(),
                                     [&wanted](const auto& c) { return c.name == wanted; });
        if (it == all->cend())
            return core::fail(Error(Error::Code::NotFound,
                                    tr("There is no Docker context called “%1”.").arg(wanted), {},
                                    tr("`artgenctl profiles contexts` lists them.")));
        core::DockerContexts::applyTo(*it, p);
    }
    const auto set = [&parser](const char* name, QString& field) {
        if (parser.isSet(option(name)))
            field = parser.value(option(name));
    };
    set("docker-host", p.dockerHost);
    set("tls-ca", p.dockerTlsCa);
    set("tls-cert", p.dockerTlsCert);
    set("tls-key", p.dockerTlsKey);
    set("project", p.projectName);
    set("postgres", p.postgresAddress);
    set("redis", p.redisAddress);
    set("backup-dir", p.backupDir);
    if (parser.isSet(option("api-url")))
        p.apiBaseUrl = QUrl(parser.value(option("api-url")));
    p.production = parser.isSet(option("production"));
    return p;
}

int ProfilesCommand::add(CommandContext& context, const QCommandLineParser& parser,
                         const QString& profileName)
{
    const auto p = profileFromOptions(context, parser, profileName);
    if (!p) {
        context.printError(p.error());
        return p.error().code() == core::Error::Code::InvalidInput ? int(ExitUsage)
                                                                   : int(ExitFailed);
    }
    QList<core::Profile> all = context.settings().profiles();
    if (const QString problem = p->validate(all); !problem.isEmpty()) {
        context.err() << QStringLiteral("artgenctl profiles: ") << problem << ' '
                      << tr("Nothing was saved.") << Qt::endl;
        return ExitFailed;
    }
    all << *p;
    context.settings().setProfiles(all);
    if (const auto saved = context.settings().sync(); !saved) {
        context.printError(saved.error());
        return ExitFailed;
    }
    context.out() << tr("Added profile “%1”.").arg(p->name) << Qt::endl;
    return ExitOk;
}

int ProfilesCommand::remove(CommandContext& context, const QString& profileName)
{
    QList<core::Profile> all = context.settings().profiles();
    const qsizetype removed =
        all.removeIf([&profileName](const core::Profile& p) { return p.name == profileName; });
    if (removed == 0) {
        context.printError(named(context, profileName).error());
        return ExitFailed;
    }
    context.settings().setProfiles(all);
    if (context.settings().activeProfileName() == profileName)
        context.settings().setActiveProfileName(all.isEmpty() ? QString() : all.first().name);
    if (const auto saved = context.settings().sync(); !saved) {
        context.printError(saved.error());
        return ExitFailed;
    }
    context.out()
        << tr("Removed profile “%1”; its stack and backups are untouched.").arg(profileName)
        << Qt::endl;
    return ExitOk;
}

core::Result<core::Profile> ProfilesCommand::named(CommandContext& context,
                                                   const QString& profileName)
{
    if (profileName.isEmpty())
        return context.profile();
    if (auto p = context.settings().profile(profileName))
        return *p;
    return core::fail(core::Error(core::Error::Code::NotFound,
                                  tr("There is no profile called “%1”.").arg(profileName), {},
                                  tr("Use `artgenctl profiles` to list them.")));
}

int ProfilesCommand::test(CommandContext& context, const QString& profileName, bool json)
{
    const auto profile = named(context, profileName);
    if (!profile) {
        context.printError(profile.error());
        return ExitFailed;
    }
    core::ConnectionTest connection(*profile);
    QEventLoop loop;
    QObject::connect(&connection, &core::ConnectionTest::finished, &loop, &QEventLoop::quit);
    connection.start();
    if (connection.checks().size() < 4)
        loop.exec();
    QJsonArray parts;
    for (const auto& c : connection.checks()) {
        const QString part = core::ConnectionTest::partName(c.part);
        if (json)
            parts.append(QJsonObject{{QStringLiteral("part"), part},
                                     {QStringLiteral("outcome"), outcomeName(c.outcome)},
                                     {QStringLiteral("detail"), c.detail}});
        else
            context.out() << (c.outcome == core::ConnectionTest::Outcome::Passed   ? "ok    "
                              : c.outcome == core::ConnectionTest::Outcome::Failed ? "FAIL  "
                                                                                   : "skip  ")
                          << part << ": " << c.detail << Qt::endl;
    }
    if (json)
        context.out() << QJsonDocument(QJsonObject{{QStringLiteral("profile"), profile->name},
                                                   {QStringLiteral("passed"), connection.passed()},
                                                   {QStringLiteral("parts"), parts}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
    if (connection.passed())
        return ExitOk;
    // Docker unreachable is the "cannot reach" exit; a rejected password is a plain failure.
    const bool dockerFailed =
        connection.checks().value(0).outcome == core::ConnectionTest::Outcome::Failed;
    return dockerFailed ? int(ExitUnreachable) : int(ExitFailed);
}

int ProfilesCommand::contexts(CommandContext& context, bool json)
{
    const auto all = core::DockerContexts::list();
    if (!all) {
        context.printError(all.error());
        return ExitFailed;
    }
    QJsonArray list;
    for (const auto& c : *all) {
        if (json)
            list.append(QJsonObject{{QStringLiteral("name"), c.name},
                                    {QStringLiteral("current"), c.current},
                                    {QStringLiteral("description"), c.description},
                                    {QStringLiteral("dockerHost"), c.host},
                                    {QStringLiteral("tls"), !c.caFile.isEmpty()}});
        else
            context.out() << c.name << (c.current ? " *" : "") << '\t' << c.description << '\t'
                          << c.host << Qt::endl;
    }
    if (json)
        context.out() << QJsonDocument(QJsonObject{{QStringLiteral("contexts"), list}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
    return ExitOk;
}

} // namespace artgen::cli
