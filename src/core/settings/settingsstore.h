#pragma once

#include "profile.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>
#include <memory>
#include <optional>

class QSettings;

namespace artgen::core {

// The panel's persistent settings, shared by artgen-panel and artgenctl: stack profiles, the
// active profile, the UI language and a few UI values. An INI file at a path the composition
// root chooses (tests point it at a temporary folder). Use from one thread.
class SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::SettingsStore)

public:
    explicit SettingsStore(const QString& filePath);
    ~SettingsStore();

    // $ARTGEN_CONFIG, else ~/.config/artgen/artgen.conf.
    static QString defaultPath();
    QString filePath() const;

    // A file that exists but cannot be parsed is reported here, never silently overwritten.
    Status status() const;

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

    QVariant uiValue(const QString& key, const QVariant& fallback = {}) const;
    void setUiValue(const QString& key, const QVariant& value);

    Status sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace artgen::core
