#include "userpresetstore.h"

#include "configkey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace artgen::core {

QString UserPresetStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/artgen/config-presets.json");
}

Result<QJsonObject> UserPresetStore::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return QJsonObject{};
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error(Error::Code::Io, tr("Cannot read the presets file %1.").arg(m_path),
                          file.errorString(), tr("Check the file's permissions.")));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return fail(
            Error(Error::Code::Io, tr("The presets file %1 is not readable JSON.").arg(m_path),
                  parseError.errorString(), tr("Move the file aside and save the presets again.")));
    return doc.object().value(u"presets").toObject();
}

Status UserPresetStore::store(const QJsonObject& presets) const
{
    QDir().mkpath(QFileInfo(m_path).path());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                             {QStringLiteral("presets"), presets}})
                       .toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit())
        return fail(Error(Error::Code::Io, tr("Cannot write the presets file %1.").arg(m_path),
                          file.errorString(),
                          tr("Check the free space and the folder's permissions.")));
    return {};
}

Result<QList<ConfigPreset>> UserPresetStore::presets() const
{
    const auto all = load();
    if (!all)
        return fail(all.error());
    QList<ConfigPreset> out;
    for (auto it = all->begin(); it != all->end(); ++it) { // QJsonObject keeps keys sorted
        ConfigChange change;
        const QJsonObject values = it.value().toObject();
        for (auto v = values.begin(); v != values.end(); ++v)
            change.set(v.key(), v.value().toString());
        out.append(ConfigPreset::user(it.key(), change));
    }
    return out;
}

Result<ConfigPreset> UserPresetStore::preset(const QString& name) const
{
    const auto all = presets();
    if (!all)
        return fail(all.error());
    for (const ConfigPreset& p : *all)
        if (p.id() == name)
            return p;
    return fail(Error(Error::Code::NotFound, tr("There is no preset \"%1\".").arg(name), {},
                      tr("Run artgenctl config presets to see the presets.")));
}

Status UserPresetStore::save(const QString& name, const ConfigChange& values)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || ConfigPreset::findBuiltIn(trimmed))
        return fail(Error(Error::Code::InvalidInput,
                          trimmed.isEmpty() ? tr("A preset needs a name.")
                                            : tr("\"%1\" is a built-in preset.").arg(trimmed),
                          {}, tr("Choose another name.")));
    if (values.isEmpty())
        return fail(Error(Error::Code::InvalidInput,
                          tr("The preset \"%1\" has no values.").arg(trimmed), {},
                          tr("Give KEY=VALUE settings, or save the current values.")));
    QJsonObject stored;
    for (const ConfigChange::Edit& e : values.edits()) {
        const ConfigKey* key = ConfigKey::find(e.key);
        const auto value = key ? key->normalized(e.value)
                               : tl::expected<QString, QString>(tl::unexpected(QString()));
        if (!value)
            return fail(Error(Error::Code::InvalidInput,
                              key ? tr("%1: %2").arg(e.key, value.error())
                                  : tr("\"%1\" is not a setting the editor knows").arg(e.key),
                              {}, tr("Nothing was saved.")));
        stored.insert(e.key, *value);
    }
    auto all = load();
    if (!all)
        return fail(all.error());
    all->insert(trimmed, stored);
    return store(*all);
}

Status UserPresetStore::remove(const QString& name)
{
    auto all = load();
    if (!all)
        return fail(all.error());
    if (!all->contains(name))
        return fail(Error(Error::Code::NotFound, tr("There is no preset \"%1\".").arg(name), {},
                          tr("Run artgenctl config presets to see the presets.")));
    all->remove(name);
    return store(*all);
}

ConfigChange UserPresetStore::currentValues(const ConfigDocuments& docs)
{
    ConfigChange change;
    for (const ConfigKey& key : ConfigKey::all()) {
        if (const auto value = docs.value(key.id()))
            change.set(key.id(), *value);
        else if (key.type() == ConfigKey::Type::Rate)
            change.set(key.id(), QStringLiteral("off")); // no limit is a value too
    }
    return change;
}

} // namespace artgen::core
