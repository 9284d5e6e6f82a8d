#pragma once

#include "threshold.h"

namespace artgen::core {

class SettingsStore;

// A profile's alert settings, as the user edits them: the connection thresholds (defaults from
// the deployment instructions: PostgreSQL "< 100 connections", critical at 90 % of
// max_connections; Redis "< 50 clients"), the hold time, how many failed API probes in a row
// make "the API stopped answering", and which kinds of alert are muted. Kept per profile in the
// settings (SettingKeys::thresholdsGroup). A level of 0 is off.
struct Thresholds
{
    int postgresWarn = 100;
    int postgresCriticalPercent = 90; // of max_connections
    int redisWarn = 50;
    int redisCritical = 0;
    int holdSecs = 15;
    int clearHoldSecs = 15;
    int apiFailures = 3;
    bool muted = false; // every alert of the profile
    bool thresholdAlertsMuted = false;
    bool containerAlertsMuted = false;
    bool apiAlertsMuted = false;

    // max_connections unknown (0): no critical level yet.
    Threshold postgres(int maxConnections) const;
    Threshold redis() const;

    static Thresholds load(const SettingsStore& store, const QString& profileName);
    void save(SettingsStore& store, const QString& profileName) const;
    // Whether a setting that changed (SettingsStore::changed) is one of the profile's: whoever
    // gives running monitors their thresholds follows a save from any dialog through it.
    static bool isSettingOf(const QString& settingName, const QString& profileName);

    bool operator==(const Thresholds&) const = default;
};

} // namespace artgen::core
