#include "containerinspection.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace artgen::core {

namespace {

QDateTime dockerTime(const QJsonValue& v)
{
    return ContainerInspection::parseTime(v.toString());
}

QStringList strings(const QJsonValue& v)
{
    // Entrypoint and Cmd are null, a string or an array of strings.
    if (v.isString())
        return {v.toString()};
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

QList<ContainerInspection::EnvVar> parseEnvironment(const QJsonArray& env)
{
    QList<ContainerInspection::EnvVar> out;
    for (const QJsonValue& v : env) {
        const QString entry = v.toString();
        const qsizetype eq = entry.indexOf(u'=');
        ContainerInspection::EnvVar e;
        e.name = eq < 0 ? entry : entry.left(eq);
        e.value = eq < 0 ? QString() : entry.mid(eq + 1);
        e.secret = ContainerInspection::looksSecret(e.name, e.value);
        out << e;
    }
    return out;
}

QList<ContainerInspection::Mount> parseMounts(const QJsonArray& list)
{
    QList<ContainerInspection::Mount> out;
    for (const QJsonValue& v : list) {
        const QJsonObject m = v.toObject();
        ContainerInspection::Mount mount;
        mount.type = m.value(QStringLiteral("Type")).toString();
        // A named volume's Source is its path under /var/lib/docker; its name says more.
        mount.source = mount.type == QStringLiteral("volume")
                           ? m.value(QStringLiteral("Name")).toString()
                           : m.value(QStringLiteral("Source")).toString();
        mount.destination = m.value(QStringLiteral("Destination")).toString();
        mount.readWrite = m.value(QStringLiteral("RW")).toBool(true);
        out << mount;
    }
    return out;
}

QList<ContainerInspection::Network> parseNetworks(const QJsonObject& list)
{
    QList<ContainerInspection::Network> out;
    for (auto it = list.begin(); it != list.end(); ++it) {
        const QJsonObject n = it.value().toObject();
        ContainerInspection::Network net;
        net.name = it.key();
        net.ipAddress = n.value(QStringLiteral("IPAddress")).toString();
        net.aliases = strings(n.value(QStringLiteral("Aliases")));
        out << net;
    }
    return out;
}

QList<ContainerInspection::HealthProbe> parseHealthLog(const QJsonArray& log)
{
    QList<ContainerInspection::HealthProbe> out;
    for (const QJsonValue& v : log) {
        const QJsonObject p = v.toObject();
        ContainerInspection::HealthProbe probe;
        probe.start = dockerTime(p.value(QStringLiteral("Start")));
        probe.end = dockerTime(p.value(QStringLiteral("End")));
        probe.exitCode = p.value(QStringLiteral("ExitCode")).toInt();
        probe.output = p.value(QStringLiteral("Output")).toString().trimmed();
        out << probe;
    }
    return out;
}

// POSTGRES_PASSWORD -> POSTGRES PASSWORD, stripeSecretKey -> STRIPE SECRET KEY.
QStringList nameWords(const QString& name)
{
    QString spaced;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar ch = name.at(i);
        if (i > 0 && ch.isUpper() && name.at(i - 1).isLower())
            spaced += u' ';
        spaced += ch.isLetterOrNumber() ? ch.toUpper() : QChar(u' ');
    }
    return spaced.split(u' ', Qt::SkipEmptyParts);
}

QString parseRestartPolicy(const QJsonObject& policy)
{
    const QString name = policy.value(QStringLiteral("Name")).toString();
    const int retries = policy.value(QStringLiteral("MaximumRetryCount")).toInt();
    if (name.isEmpty())
        return QStringLiteral("no");
    return retries > 0 ? QStringLiteral("%1:%2").arg(name).arg(retries) : name;
}

} // namespace

QDateTime ContainerInspection::parseTime(const QString& text)
{
    // "0001-01-01T00:00:00Z" means never.
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dt.isValid() && dt.date().year() > 1 ? dt : QDateTime();
}

ContainerInspection ContainerInspection::fromJson(const QJsonObject& o)
{
    ContainerInspection c;
    const QJsonObject config = o.value(QStringLiteral("Config")).toObject();
    const QJsonObject state = o.value(QStringLiteral("State")).toObject();
    const QJsonObject health = state.value(QStringLiteral("Health")).toObject();
    c.id = o.value(QStringLiteral("Id")).toString();
    c.name = o.value(QStringLiteral("Name")).toString().mid(1);
    c.image = config.value(QStringLiteral("Image")).toString();
    c.imageId = o.value(QStringLiteral("Image")).toString();
    c.entrypoint = strings(config.value(QStringLiteral("Entrypoint")));
    c.cmd = strings(config.value(QStringLiteral("Cmd")));
    c.environment = parseEnvironment(config.value(QStringLiteral("Env")).toArray());
    c.mounts = parseMounts(o.value(QStringLiteral("Mounts")).toArray());
    c.networks = parseNetworks(o.value(QStringLiteral("NetworkSettings"))
                                   .toObject()
                                   .value(QStringLiteral("Networks"))
                                   .toObject());
    const QJsonObject labels = config.value(QStringLiteral("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        c.labels.insert(it.key(), it.value().toString());
    c.restartPolicy = parseRestartPolicy(o.value(QStringLiteral("HostConfig"))
                                             .toObject()
                                             .value(QStringLiteral("RestartPolicy"))
                                             .toObject());
    c.state = state.value(QStringLiteral("Status")).toString();
    c.health = health.value(QStringLiteral("Status")).toString();
    c.healthLog = parseHealthLog(health.value(QStringLiteral("Log")).toArray());
    c.exitCode = state.value(QStringLiteral("ExitCode")).toInt();
    c.startedAt = dockerTime(state.value(QStringLiteral("StartedAt")));
    c.finishedAt = dockerTime(state.value(QStringLiteral("FinishedAt")));
    return c;
}

bool ContainerInspection::looksSecret(const QString& variableName, const QString& value)
{
    // Words, not substrings of words, so KEYBOARD_LAYOUT and PASSENGER_COUNT stay readable.
    // Not PWD: the shell's working directory goes by that name.
    static const QStringList words = {
        QStringLiteral("PASSWORD"),   QStringLiteral("PASSWD"),      QStringLiteral("PASS"),
        QStringLiteral("PASSPHRASE"), QStringLiteral("SECRET"),      QStringLiteral("TOKEN"),
        QStringLiteral("KEY"),        QStringLiteral("APIKEY"),      QStringLiteral("PRIVATE"),
        QStringLiteral("CREDENTIAL"), QStringLiteral("CREDENTIALS"), QStringLiteral("DSN"),
        QStringLiteral("SALT"),       QStringLiteral("COOKIE")};
    const QStringList parts = nameWords(variableName);
    for (const QString& part : parts)
        if (words.contains(part))
            return true;
    // A URL with credentials in it (DATABASE_URL=postgres://user:pw@host/db) holds the password.
    static const QRegularExpression userInfo(QStringLiteral("://[^/@\\s]*:[^/@\\s]+@"));
    return userInfo.match(value).hasMatch();
}

} // namespace artgen::core
