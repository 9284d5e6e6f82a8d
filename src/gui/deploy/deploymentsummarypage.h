#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui {
class DeploymentSummaryPage;
}

namespace artgen::gui {

class DeploymentController;

// The deployment wizard's last page: how the run ended (steps passed, warned, skipped) and its
// report, written when the page opens and shown as it reads. It has no Roll back: the wizard
// never passes a failed step, so a run reaches this page only with every step done; a failed
// step offers Roll back on its own page.
class DeploymentSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DeploymentSummaryPage(DeploymentController* controller, QWidget* parent = nullptr);
    ~DeploymentSummaryPage() override;

    void initializePage() override;
    void retranslate();

private:
    void showReport(const QStringList& files);

    std::unique_ptr<Ui::DeploymentSummaryPage> m_ui;
    DeploymentController* m_controller;
};

} // namespace artgen::gui
