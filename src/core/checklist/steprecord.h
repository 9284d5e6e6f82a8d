#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace artgen::core {

// Where one checklist step stands, ordered as a run goes through it.
enum class StepState { Pending, Running, Passed, Warned, Failed, Skipped };

// One step of a checklist run: its state, a one-line summary, the evidence a person reads to
// trust the verdict (figures, log excerpts, HTTP statuses, diffs), the figures a report or a
// script reads (the load test's), when it ran and how long it took, and why it was skipped. A
// step's run() fills state, summary, evidence and figures; the job adds the times.
struct StepRecord
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::StepRecord)

public:
    int id = 0;
    StepState state = StepState::Pending;
    QString summary;
    QStringList evidence;
    QJsonObject figures;
    QString skipReason;
    QDateTime startedAt; // UTC; invalid before it first ran
    qint64 durationMs = -1;

    static StepRecord passed(QString summary, QStringList evidence = {});
    static StepRecord warned(QString summary, QStringList evidence = {});
    static StepRecord failed(QString summary, QStringList evidence = {});
    static StepRecord skipped(QString reason);

    // Passed, warned or skipped: a run goes on after it. A failed step is where it resumes.
    bool isDone() const;
    bool isFinished() const { return isDone() || state == StepState::Failed; }

    // "passed", "warned", … : stable, for JSON and scripts.
    static QString stateKey(StepState state);
    static std::optional<StepState> stateFromKey(const QString& key);
    // "PASS", "WARN", … translated, for a terminal and the report.
    static QString stateLabel(StepState state);

    QJsonObject toJson() const;
    static std::optional<StepRecord> fromJson(const QJsonObject& object);

    bool operator==(const StepRecord&) const = default;
};

} // namespace artgen::core
