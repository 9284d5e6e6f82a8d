#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui {
class DeploymentSummaryPage;
}

namespace artgen::gui {

class DeploymentController;

// The deployment wizard's last page: how the run ended (steps passed, warned, failed, skipped)
// and its report, written when the page opens and shown as it reads; Roll back when a step from
// 5 on failed.
class DeploymentSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DeploymentSummaryPage(DeploymentController* controller, QWidget* parent = nullptr);
    ~DeploymentSummaryPage() override;

    void initializePage() override;
    void retranslate();

Q_SIGNALS:
    void rollBackRequested();

private:
    void updateRollBack();
    void showReport(const QStringList& files);

    std::unique_ptr<Ui::DeploymentSummaryPage> m_ui;
    DeploymentController* m_controller;
};

} // namespace artgen::gui
