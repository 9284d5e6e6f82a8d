#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace artgen::core {

class ChecklistStep;

// The instructions' eleven checklist items in their order, and the ranges a run takes ("6-10":
// the health check of a running stack).
class Checklist
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::Checklist)

public:
    static constexpr int kHealthFirst = 6;
    static constexpr int kHealthLast = 10;

    static const QList<const ChecklistStep*>& steps();
    static const ChecklistStep* step(int id);
    // "6-10", "7" or "6,10" is not a range: first and last, both in 1..11, first <= last.
    static std::optional<std::pair<int, int>> parseRange(const QString& text);
};

} // namespace artgen::core
