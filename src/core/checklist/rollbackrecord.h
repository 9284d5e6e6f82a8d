#pragma once

#include "steprecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace artgen::core {

// The rollback of a failed deployment, kept in its ChecklistRun: each stage (1 configuration,
// 2 images, 3 containers started, 4 database restore — skipped unless asked) and the checks
// 5–9 run again afterwards. Passed only when every stage and every re-check passed (warnings
// and skipped stages allowed).
struct RollbackRecord
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::RollbackRecord)

public:
    static constexpr int kStageConfiguration = 1;
    static constexpr int kStageImages = 2;
    static constexpr int kStageContainers = 3;
    static constexpr int kStageDatabase = 4;
    static constexpr int kFirstRecheck = 5;
    static constexpr int kLastRecheck = 9;

    StepState state = StepState::Pending; // Running, Passed, Failed
    QList<StepRecord> stages;             // ids 1..4
    QList<StepRecord> recheck;            // ids 5..9
    QDateTime startedAt;                  // UTC
    qint64 durationMs = -1;

    // A rollback not started yet: every stage and re-check pending.
    static RollbackRecord create();
    static QString stageTitle(int stage); // translated

    StepRecord* stage(int id);
    const StepRecord* stage(int id) const;
    StepRecord* recheckRecord(int id);
    const StepRecord* recheckRecord(int id) const;
    // Passed when no stage or re-check failed and all of them finished; Failed otherwise.
    StepState verdict() const;

    QJsonObject toJson() const;
    static std::optional<RollbackRecord> fromJson(const QJsonObject& object);

    bool operator==(const RollbackRecord&) const = default;
};

} // namespace artgen::core
