#pragma once

#include "monitor/thresholds.h"

#include <QDialog>
#include <memory>

namespace Ui {
class AlertSettingsDialog;
}

namespace artgen::gui {

// "Thresholds and alerts…" of the Charts page: one profile's warning and critical levels, hold
// times, how many failed API probes make an outage, and which alerts are muted. Edits a
// Thresholds value; the page saves it for the profile and hands it to the monitors.
class AlertSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    AlertSettingsDialog(const QString& profile, const core::Thresholds& thresholds,
                        QWidget* parent = nullptr);
    ~AlertSettingsDialog() override;

    core::Thresholds thresholds() const;
    void setThresholds(const core::Thresholds& thresholds);

Q_SIGNALS:
    void saved(const artgen::core::Thresholds& thresholds);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateMutes();

    std::unique_ptr<Ui::AlertSettingsDialog> m_ui;
    QString m_profile;
};

} // namespace artgen::gui
