#pragma once

#include "logs/logtimewindow.h"

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QTimer;

namespace artgen::gui {

// "From [date] to [date] [x] now (keep following)": the Logs page's from–to range. A date typed
// digit by digit changes it once the typing pauses (rangeChanged), not for every digit: each
// change filters every stored line.
class LogRangeBar : public QWidget
{
    Q_OBJECT

public:
    explicit LogRangeBar(QWidget* parent = nullptr);

    // The range the editors hold, in their whole seconds; an open end while "now" is ticked.
    core::LogTimeWindow window() const;
    // Shows `fromNs` – `toNs` (0: up to now) without a rangeChanged.
    void setRange(qint64 fromNs, qint64 toNs);
    // Starts at `fromNs`, ends now (open or not, as it was), without a rangeChanged.
    void prefill(qint64 fromNs);
    // A date is being typed: its change is not applied yet.
    bool isEditing() const;
    // What is typed counts now; no rangeChanged comes for it later.
    void settle();

Q_SIGNALS:
    void rangeChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QCheckBox* m_toNow = nullptr;
    QTimer* m_editTimer = nullptr;
};

} // namespace artgen::gui
