#include "thresholds.h"

#include "settings/settingsstore.h"

#include <QCryptographicHash>
#include <cmath>
#include <list>

namespace artgen::core {

namespace {

constexpr double kOff = std::numeric_limits<double>::quiet_NaN();

double level(int value)
{
    return value > 0 ? double(value) : kOff;
}

// "monitor/thresholds/<hash of the name>/": the name may hold characters QSettings keys cannot.
QByteArray groupOf(const QString& profileName)
{
    return QByteArray(SettingKeys::thresholdsGroup) + '/' +
           QCryptographicHash::hash(profileName.toUtf8(), QCryptographicHash::Sha256)
               .toHex()
               .left(16) +
           '/';
}

// The settings keys of one profile's group; SettingKey holds a pointer to its path, so the
// paths live as long as this object.
class ProfileKeys
{
public:
    explicit ProfileKeys(const QString& profileName) : m_group(groupOf(profileName)) {}

    SettingKey<int> number(const char* name, int fallback, int (*clamp)(int))
    {
        return {path(name), fallback, clamp};
    }
    SettingKey<bool> flag(const char* name, bool fallback) { return {path(name), fallback}; }

private:
    const char* path(const char* name)
    {
        m_paths.push_back(m_group + name);
        return m_paths.back().constData();
    }

    QByteArray m_group;
    std::list<QByteArray> m_paths; // stable addresses
};

// One table of fields for load and save, so the two never disagree.
template <typename Fn> void forEachField(Thresholds& t, Fn fn)
{
    const Thresholds d;
    fn("postgresWarn", t.postgresWarn, d.postgresWarn, &SettingKeys::clampConnections);
    fn("postgresCriticalPercent", t.postgresCriticalPercent, d.postgresCriticalPercent,
       &SettingKeys::clampPercent);
    fn("redisWarn", t.redisWarn, d.redisWarn, &SettingKeys::clampConnections);
    fn("redisCritical", t.redisCritical, d.redisCritical, &SettingKeys::clampConnections);
    fn("holdSecs", t.holdSecs, d.holdSecs, &SettingKeys::clampHoldSecs);
    fn("clearHoldSecs", t.clearHoldSecs, d.clearHoldSecs, &SettingKeys::clampHoldSecs);
    fn("apiFailures", t.apiFailures, d.apiFailures, &SettingKeys::clampFailures);
    fn("muted", t.muted, d.muted, nullptr);
    fn("thresholdAlertsMuted", t.thresholdAlertsMuted, d.thresholdAlertsMuted, nullptr);
    fn("containerAlertsMuted", t.containerAlertsMuted, d.containerAlertsMuted, nullptr);
    fn("apiAlertsMuted", t.apiAlertsMuted, d.apiAlertsMuted, nullptr);
}

} // namespace

Threshold Thresholds::postgres(int maxConnections) const
{
    Threshold t;
    t.warn = level(postgresWarn);
    t.critical = maxConnections > 0 && postgresCriticalPercent > 0
                     ? std::ceil(maxConnections * postgresCriticalPercent / 100.0)
                     : kOff;
    t.holdMs = holdSecs * 1000LL;
    t.clearHoldMs = clearHoldSecs * 1000LL;
    return t;
}

Threshold Thresholds::redis() const
{
    Threshold t;
    t.warn = level(redisWarn);
    t.critical = level(redisCritical);
    t.holdMs = holdSecs * 1000LL;
    t.clearHoldMs = clearHoldSecs * 1000LL;
    return t;
}

Thresholds Thresholds::load(const SettingsStore& store, const QString& profileName)
{
    Thresholds t;
    ProfileKeys keys(profileName);
    forEachField(t, [&](const char* name, auto& field, auto fallback, int (*clamp)(int)) {
        using T = std::decay_t<decltype(field)>;
        if constexpr (std::is_same_v<T, bool>)
            field = store.value(keys.flag(name, fallback));
        else
            field = store.value(keys.number(name, fallback, clamp));
    });
    return t;
}

bool Thresholds::isSettingOf(const QString& settingName, const QString& profileName)
{
    return settingName.startsWith(QString::fromLatin1(groupOf(profileName)));
}

void Thresholds::save(SettingsStore& store, const QString& profileName) const
{
    Thresholds t = *this;
    ProfileKeys keys(profileName);
    forEachField(t, [&](const char* name, auto& field, auto fallback, int (*clamp)(int)) {
        using T = std::decay_t<decltype(field)>;
        if constexpr (std::is_same_v<T, bool>)
            store.setValue(keys.flag(name, fallback), field);
        else
            store.setValue(keys.number(name, fallback, clamp), field);
    });
}

} // namespace artgen::core
