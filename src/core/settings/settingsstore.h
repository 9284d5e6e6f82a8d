#pragma once

#include "profile.h"
#include "settingkey.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QVariant>
#include <memory>
#include <optional>

class QSettings;
class QTemporaryDir;

namespace artgen::core {

// The panel's persistent settings, shared by artgen-panel and artgenctl: stack profiles, the
// active profile, the UI language and a few UI values. An INI file at a path the composition
// root chooses (tests point it at a temporary folder). Use from one thread.
//
// The file is checked before it is used: a folder, a named pipe or device, a file that cannot be
// read, that is not a settings file (binary data, lines that are not INI, QSettings'
// FormatError) or that looks cut off (a last line without its line break, an incomplete list of
// profiles) is reported by status() and never written: the store then keeps every value in
// memory only, so the user's file stays byte for byte as it was.
class SettingsStore : public QObject
{
    Q_OBJECT

public:
    explicit SettingsStore(const QString& filePath, QObject* parent = nullptr);
    ~SettingsStore() override;

    // $ARTGEN_CONFIG, else ~/.config/artgen/artgen.conf.
    static QString defaultPath();
    QString filePath() const;

    // A file that exists but cannot be used is reported here, never silently overwritten.
    Status status() const;
    // True when the file could not be used: values live in memory only and are not saved.
    bool isMemoryOnly() const { return m_problem.has_value(); }

    QList<Profile> profiles() const;
    void setProfiles(const QList<Profile>& profiles);
    std::optional<Profile> profile(const QString& name) const;

    QString activeProfileName() const;
    void setActiveProfileName(const QString& name);
    // The active profile, else the first one, else nothing.
    std::optional<Profile> activeProfile() const;

    // First run: with no profile yet, create "Demo stack" for `demoStackDir` and make it active.
    // Returns true when it created one.
    bool ensureDemoProfile(const QString& demoStackDir, const QString& displayName);

    // Makes the profile for the stack in `dir` active, creating it (named `nameIfNew`, or the
    // folder's name, made unique) when no profile points there yet. For `--stack-dir`.
    Profile activateStackDir(const QString& dir, const QString& nameIfNew);

    // "system", "en" or "ru".
    QString language() const;
    void setLanguage(const QString& code);

    // A declared UI value (SettingKeys): the stored one, else its default; clamped.
    template <typename T> T value(const SettingKey<T>& key) const
    {
        const QVariant v = uiValue(key.name());
        T out = v.isValid() && v.canConvert<T>() ? v.value<T>() : key.fallback;
        return key.clamp ? key.clamp(out) : out;
    }
    // Stores it and, when it changed, says so through changed().
    template <typename T> void setValue(const SettingKey<T>& key, T value)
    {
        if (key.clamp)
            value = key.clamp(value);
        if (uiValue(key.name()).isValid() && this->value(key) == value)
            return;
        setUiValue(key.name(), QVariant::fromValue(value));
        Q_EMIT changed(key.name());
    }
    // Calls `onChange(value)` in `context` whenever `key` changes.
    template <typename T, typename Fn>
    QMetaObject::Connection watch(const SettingKey<T>& key, QObject* context, Fn onChange)
    {
        return connect(this, &SettingsStore::changed, context,
                       [this, key, onChange](const QString& name) {
                           if (name == key.name())
                               onChange(value(key));
                       });
    }

    Status sync();

Q_SIGNALS:
    // A declared UI value changed (its SettingKey name).
    void changed(const QString& name);

private:
    QVariant uiValue(const QString& key, const QVariant& fallback = {}) const;
    void setUiValue(const QString& key, const QVariant& value);

    // Why the file cannot be used, kept as data: the sentence is made (and translated) when it is
    // shown, since the UI language is only known once the store is open.
    struct LoadProblem
    {
        enum class Kind {
            Folder,
            NotRegularFile,
            Unreadable,
            TooLarge,
            Binary,
            NotIni,
            CutLine,
            CutProfiles,
            Unparsable,
        };
        Kind kind;
        QString detail; // the system's reason, or the line number
    };
    static std::optional<LoadProblem> inspectFile(const QString& path);
    std::optional<LoadProblem> inspectValues() const;
    Error loadError() const;

    QString m_path;
    std::optional<LoadProblem> m_problem;
    std::unique_ptr<QTemporaryDir> m_memoryDir; // holds the in-memory store's scratch file
    std::unique_ptr<QSettings> m_settings;
};

} // namespace artgen::core
