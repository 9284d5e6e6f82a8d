#pragma once

#include "loadtestsetup.h"
#include "settings/profile.h"

#include <QWidget>
#include <memory>

class QPushButton;

namespace Ui {
class LoadTestForm;
}

namespace artgen::gui {

// The Load test page's settings (a Designer form): target — the profile's health, characters or
// generate endpoint, or any URL — method, headers, body file, the profile's token, and the run's
// bound: a request count, a duration, or a ramp of rates with an SLO; connections, event loops
// and an open-loop rate. It only edits a LoadTestSetup; the controller checks and runs it.
class LoadTestForm : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Count, Duration, Ramp };

    explicit LoadTestForm(QWidget* parent = nullptr);
    ~LoadTestForm() override;

    // The URL shown for the API's endpoints follows the profile.
    void setProfile(const core::Profile& profile);
    LoadTestSetup setup() const;
    void setSetup(const LoadTestSetup& setup);
    Mode mode() const;
    void setMode(Mode mode);
    void setBodyFile(const QString& path);
    // While a run is under way nothing can be edited and Start is off.
    void setRunning(bool running);
    QPushButton* startButton() const;
    void retranslate();

Q_SIGNALS:
    void startRequested();
    void browseBodyRequested();

private:
    void onTargetChanged();
    void updateVisibility();
    void fillTargets();

    std::unique_ptr<Ui::LoadTestForm> m_ui;
    core::Profile m_profile;
    QString m_customUrl;
};

} // namespace artgen::gui
