#include "settingsstore.h"

#include "logging/categories.h"
#include "util/humanformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <algorithm>
#include <utility>

namespace artgen::core {

namespace {
const QString kProfiles = QStringLiteral("profiles");
const QString kActive = QStringLiteral("app/activeProfile");
const QString kLanguage = QStringLiteral("app/language");
// Far above any real settings file; a bigger one is something else.
constexpr qint64 kMaxFileBytes = 4 << 20;
} // namespace

SettingsStore::SettingsStore(const QString& filePath, QObject* parent)
    : QObject(parent), m_path(filePath)
{
    m_problem = inspectFile(filePath);
    if (!m_problem) {
        m_settings = std::make_unique<QSettings>(filePath, QSettings::IniFormat);
        m_problem = inspectValues();
    }
    if (m_problem) {
        // Never the user's file: a scratch file of our own, gone with the store. The front end
        // reports status().
        m_settings.reset();
        m_memoryDir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(
            m_memoryDir->filePath(QStringLiteral("in-memory.conf")), QSettings::IniFormat);
    }
}

std::optional<SettingsStore::LoadProblem> SettingsStore::inspectFile(const QString& path)
{
    using Kind = LoadProblem::Kind;
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt; // first run: the file is created on the first save
    // The type first, without opening: opening a named pipe for reading waits for a writer.
    if (info.isDir())
        return LoadProblem{Kind::Folder, {}};
    if (!info.isFile())
        return LoadProblem{Kind::NotRegularFile, {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return LoadProblem{Kind::Unreadable, file.errorString()};
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return LoadProblem{Kind::Unreadable, file.errorString()};
    if (bytes.size() > kMaxFileBytes)
        return LoadProblem{Kind::TooLarge, {}};
    if (bytes.isEmpty())
        return std::nullopt;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    const bool control = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r';
    });
    if (utf8.hasError() || control)
        return LoadProblem{Kind::Binary, {}};
    // QSettings writes "[section]" and "key=value" lines, each ended by a line break, and a
    // section only with keys in it; it reads ";" comments too (not "#" ones).
    const QStringList lines = text.split(u'\n');
    qsizetype lastSection = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        const bool section = line.startsWith(u'[') && line.endsWith(u']');
        const bool ok = line.isEmpty() || line.startsWith(u';') || section || line.contains(u'=');
        if (!ok)
            return LoadProblem{i == lines.size() - 1 ? Kind::CutLine : Kind::NotIni,
                               QString::number(i + 1)};
        if (section)
            lastSection = i;
        else if (!line.isEmpty())
            lastSection = -1;
    }
    if (!bytes.endsWith('\n'))
        return LoadProblem{Kind::CutLine, QString::number(lines.size())};
    if (lastSection >= 0)
        return LoadProblem{Kind::CutLine, QString::number(lastSection + 1)};
    return std::nullopt;
}

std::optional<SettingsStore::LoadProblem> SettingsStore::inspectValues() const
{
    using Kind = LoadProblem::Kind;
    m_settings->allKeys(); // QSettings parses sections lazily: this parses them all
    switch (m_settings->status()) {
    case QSettings::NoError:
        break;
    case QSettings::AccessError:
        return LoadProblem{Kind::Unreadable, {}};
    case QSettings::FormatError:
        return LoadProblem{Kind::Unparsable, {}};
    }
    // The profiles are an array: "N\\key" entries, then "size". A file cut inside them lacks
    // "size", or the name or folder of its last profiles.
    m_settings->beginGroup(kProfiles);
    const QStringList keys = m_settings->allKeys();
    const int size = m_settings->value(QStringLiteral("size")).toInt();
    bool complete = keys.isEmpty() || keys.contains(QStringLiteral("size"));
    for (int i = 1; complete && i <= size; ++i)
        complete = keys.contains(QStringLiteral("%1/name").arg(i)) &&
                   keys.contains(QStringLiteral("%1/stackDir").arg(i));
    m_settings->endGroup();
    // The active profile is only ever saved with the profiles: alone, the rest was cut off.
    if (m_settings->contains(kActive) && !m_settings->contains(kProfiles + QStringLiteral("/size")))
        complete = false;
    if (!complete)
        return LoadProblem{Kind::CutProfiles, {}};
    return std::nullopt;
}

Error SettingsStore::loadError() const
{
    using Kind = LoadProblem::Kind;
    const QString what = tr("The settings file %1 cannot be used.").arg(m_path);
    const QString todo = tr("Fix the file or move it aside, then start again. Until then nothing "
                            "is written to it.");
    switch (m_problem->kind) {
    case Kind::Folder:
        return Error(Error::Code::InvalidInput, what, tr("It is a folder, not a file."),
                     tr("Move the folder aside or set ARTGEN_CONFIG to a file, then start "
                        "again."));
    case Kind::NotRegularFile:
        return Error(Error::Code::InvalidInput, what,
                     tr("It is not a regular file but a named pipe, a socket or a device."), todo);
    case Kind::Unreadable:
        return Error(Error::Code::PermissionDenied, what,
                     m_problem->detail.isEmpty()
                         ? tr("It cannot be read.")
                         : tr("It cannot be read: %1.").arg(m_problem->detail),
                     tr("Check the permissions of the file and its folder, or move the file "
                        "aside. Until then nothing is written to it."));
    case Kind::TooLarge:
        return Error(Error::Code::InvalidInput, what,
                     tr("It is not a settings file: it is larger than %1.")
                         .arg(HumanFormat::bytes(kMaxFileBytes)),
                     todo);
    case Kind::Binary:
        return Error(Error::Code::InvalidInput, what,
                     tr("It is not a settings file: it holds binary data, not text."), todo);
    case Kind::NotIni:
        return Error(Error::Code::InvalidInput, what,
                     tr("It is not a settings file: line %1 is neither a [section] nor a "
                        "key=value pair.")
                         .arg(m_problem->detail),
                     todo);
    case Kind::CutLine:
        return Error(Error::Code::InvalidInput, what,
                     tr("It looks cut off: its last line (%1) is incomplete, has no line break "
                        "or is a section without keys.")
                         .arg(m_problem->detail),
                     todo);
    case Kind::CutProfiles:
        return Error(Error::Code::InvalidInput, what,
                     tr("It looks cut off: its list of profiles is incomplete."), todo);
    case Kind::Unparsable:
        break;
    }
    return Error(Error::Code::InvalidInput, what,
                 tr("It is not a settings file: QSettings cannot parse it."), todo);
}

SettingsStore::~SettingsStore() = default;

QString SettingsStore::defaultPath()
{
    const QString env = qEnvironmentVariable("ARTGEN_CONFIG");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/artgen/artgen.conf");
}

QString SettingsStore::filePath() const
{
    return m_path;
}

Status SettingsStore::status() const
{
    if (m_problem)
        return fail(loadError());
    switch (m_settings->status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return fail(Error(Error::Code::PermissionDenied,
                          tr("Cannot read or write the settings file %1.").arg(filePath()),
                          tr("The file or its folder is not accessible."),
                          tr("Check the permissions of the file and its folder.")));
    case QSettings::FormatError:
        return fail(Error(Error::Code::InvalidInput,
                          tr("The settings file %1 is malformed.").arg(filePath()),
                          tr("It is not a valid INI file, so it was not used."),
                          tr("Fix or move the file aside; the panel then starts with defaults.")));
    }
    return {};
}

QList<Profile> SettingsStore::profiles() const
{
    QList<Profile> list;
    const int n = m_settings->beginReadArray(kProfiles);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.stackDir = m_settings->value(QStringLiteral("stackDir")).toString();
        p.projectName = m_settings->value(QStringLiteral("projectName")).toString();
        p.apiBaseUrl = QUrl(m_settings->value(QStringLiteral("apiBaseUrl")).toString());
        p.dockerHost = m_settings->value(QStringLiteral("dockerHost")).toString();
        p.dockerTlsCa = m_settings->value(QStringLiteral("dockerTlsCa")).toString();
        p.dockerTlsCert = m_settings->value(QStringLiteral("dockerTlsCert")).toString();
        p.dockerTlsKey = m_settings->value(QStringLiteral("dockerTlsKey")).toString();
        p.postgresAddress = m_settings->value(QStringLiteral("postgresAddress")).toString();
        p.redisAddress = m_settings->value(QStringLiteral("redisAddress")).toString();
        p.production = m_settings->value(QStringLiteral("production"), false).toBool();
        p.backupDir = m_settings->value(QStringLiteral("backupDir")).toString();
        p.backupFormat =
            m_settings->value(QStringLiteral("backupFormat"), p.backupFormat).toString();
        p.backupKeepLast =
            m_settings->value(QStringLiteral("backupKeepLast"), p.backupKeepLast).toInt();
        p.backupKeepDays =
            m_settings->value(QStringLiteral("backupKeepDays"), p.backupKeepDays).toInt();
        p.containers = Profile::defaultContainers();
        m_settings->beginGroup(QStringLiteral("containers"));
        for (const QString& service : m_settings->childKeys())
            p.containers.insert(service, m_settings->value(service).toString());
        m_settings->endGroup();
        if (p.isValid())
            list << p;
        else
            qCWarning(lcSettings) << "ignoring incomplete profile" << i;
    }
    m_settings->endArray();
    return list;
}

void SettingsStore::setProfiles(const QList<Profile>& profiles)
{
    m_settings->remove(kProfiles);
    m_settings->beginWriteArray(kProfiles, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile& p = profiles[i];
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("stackDir"), p.stackDir);
        m_settings->setValue(QStringLiteral("projectName"), p.projectName);
        m_settings->setValue(QStringLiteral("apiBaseUrl"), p.apiBaseUrl.toString());
        m_settings->setValue(QStringLiteral("dockerHost"), p.dockerHost);
        // Written only when set, so files of older versions and simple profiles stay as short.
        const std::pair<const char*, QString> optional[] = {{"dockerTlsCa", p.dockerTlsCa},
                                                            {"dockerTlsCert", p.dockerTlsCert},
                                                            {"dockerTlsKey", p.dockerTlsKey},
                                                            {"postgresAddress", p.postgresAddress},
                                                            {"redisAddress", p.redisAddress}};
        for (const auto& [key, value] : optional)
            if (!value.isEmpty())
                m_settings->setValue(QString::fromLatin1(key), value);
        if (p.production)
            m_settings->setValue(QStringLiteral("production"), true);
        m_settings->setValue(QStringLiteral("backupDir"), p.backupDir);
        m_settings->setValue(QStringLiteral("backupFormat"), p.backupFormat);
        m_settings->setValue(QStringLiteral("backupKeepLast"), p.backupKeepLast);
        m_settings->setValue(QStringLiteral("backupKeepDays"), p.backupKeepDays);
        for (auto it = p.containers.cbegin(); it != p.containers.cend(); ++it)
            m_settings->setValue(QStringLiteral("containers/") + it.key(), it.value());
    }
    m_settings->endArray();
}

std::optional<Profile> SettingsStore::profile(const QString& name) const
{
    for (const Profile& p : profiles())
        if (p.name == name)
            return p;
    return std::nullopt;
}

QString SettingsStore::activeProfileName() const
{
    return m_settings->value(kActive).toString();
}

void SettingsStore::setActiveProfileName(const QString& name)
{
    m_settings->setValue(kActive, name);
}

std::optional<Profile> SettingsStore::activeProfile() const
{
    const QList<Profile> all = profiles();
    if (all.isEmpty())
        return std::nullopt;
    const QString active = activeProfileName();
    for (const Profile& p : all)
        if (p.name == active)
            return p;
    return all.first();
}

bool SettingsStore::ensureDemoProfile(const QString& demoStackDir, const QString& displayName)
{
    if (!profiles().isEmpty() || demoStackDir.isEmpty())
        return false;
    const Profile demo = Profile::fromStackDir(demoStackDir, displayName);
    setProfiles({demo});
    setActiveProfileName(demo.name);
    return true;
}

Profile SettingsStore::activateStackDir(const QString& dir, const QString& nameIfNew)
{
    Profile wanted = Profile::fromStackDir(dir, nameIfNew);
    QList<Profile> all = profiles();
    for (const Profile& p : std::as_const(all)) {
        if (p.stackDir == wanted.stackDir) {
            setActiveProfileName(p.name);
            return p;
        }
    }
    const QString base = wanted.name;
    for (int n = 2; std::any_of(all.cbegin(), all.cend(),
                                [&](const Profile& p) { return p.name == wanted.name; });
         ++n)
        wanted.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    all << wanted;
    setProfiles(all);
    setActiveProfileName(wanted.name);
    return wanted;
}

QString SettingsStore::language() const
{
    return m_settings->value(kLanguage, QStringLiteral("system")).toString();
}

void SettingsStore::setLanguage(const QString& code)
{
    m_settings->setValue(kLanguage, code);
}

QVariant SettingsStore::uiValue(const QString& key, const QVariant& fallback) const
{
    return m_settings->value(QStringLiteral("ui/") + key, fallback);
}

void SettingsStore::setUiValue(const QString& key, const QVariant& value)
{
    m_settings->setValue(QStringLiteral("ui/") + key, value);
}

Status SettingsStore::sync()
{
    m_settings->sync();
    return status();
}

} // namespace artgen::core
