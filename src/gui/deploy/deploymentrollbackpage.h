#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui {
class DeploymentRollbackPage;
}

namespace artgen::core {
struct StepRecord;
}

namespace artgen::gui {

class DeploymentController;

// The deployment wizard's rollback, once confirmed: its stages (configuration, images,
// containers started, database restore) and the re-checks of steps 5–9 as they end, each with
// its verdict and evidence, the job's output, and the outcome in one sentence.
class DeploymentRollbackPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DeploymentRollbackPage(DeploymentController* controller, QWidget* parent = nullptr);
    ~DeploymentRollbackPage() override;

    bool isComplete() const override;
    void initializePage() override;
    void retranslate();
    // The outcome as shown ("Rolled back: …", "The rollback failed at …").
    QString outcome() const;

private:
    void refresh();
    void showEvidence();
    void appendLines(const QStringList& lines);
    void addRow(const core::StepRecord& record, bool recheck);
    int firstFailedRow() const;

    std::unique_ptr<Ui::DeploymentRollbackPage> m_ui;
    DeploymentController* m_controller;
};

} // namespace artgen::gui
