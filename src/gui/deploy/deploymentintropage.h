#pragma once

#include "checklist/checklistoptions.h"

#include <QWizardPage>
#include <memory>

namespace Ui {
class DeploymentIntroPage;
}

namespace artgen::gui {

// The deployment wizard's first page: what the walkthrough does, and the run's choices — build
// or not (--no-build), build without cache, how young a verified backup may be to stand for
// step 1, the load test of step 10 on or off, and a configuration change made by hand.
class DeploymentIntroPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DeploymentIntroPage(QWidget* parent = nullptr);
    ~DeploymentIntroPage() override;

    // `base` with the choices made on the page.
    core::ChecklistOptions options(core::ChecklistOptions base) const;
    void retranslate();

private:
    std::unique_ptr<Ui::DeploymentIntroPage> m_ui;
};

} // namespace artgen::gui
