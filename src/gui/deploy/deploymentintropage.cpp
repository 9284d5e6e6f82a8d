#include "deploymentintropage.h"

#include "ui_deploymentintropage.h"

namespace artgen::gui {

DeploymentIntroPage::DeploymentIntroPage(QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::DeploymentIntroPage>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("introPage"));
    m_ui->backupMinutes->setValue(core::ChecklistOptions().recentBackupMinutes);
    connect(m_ui->noBuild, &QCheckBox::toggled, m_ui->noCache, &QWidget::setDisabled);
    retranslate();
}

DeploymentIntroPage::~DeploymentIntroPage() = default;

void DeploymentIntroPage::retranslate()
{
    setTitle(tr("Deployment"));
    setSubTitle(tr("The eleven steps of the deployment checklist, one at a time."));
    m_ui->introLabel->setText(
        tr("Each step says what it does, runs its check and shows the evidence. A step that "
           "fails can be retried or skipped with a reason; the run is saved as it goes, so a "
           "closed wizard resumes where it stood. Steps 2 to 5 stop and restart the stack."));
    m_ui->noBuild->setText(tr("Do not rebuild images (step 4 is skipped)"));
    m_ui->noCache->setText(tr("Rebuild without the build cache"));
    m_ui->backupLabel->setText(tr("A verified backup made within this many minutes counts for "
                                  "step 1:"));
    m_ui->backupMinutes->setSuffix(tr(" min"));
    m_ui->loadTest->setText(tr("Run the load test in step 10 (100 requests, 10 at a time)"));
    m_ui->manualChange->setText(
        tr("I changed the configuration files by hand (step 3 accepts them as they are)"));
}

core::ChecklistOptions DeploymentIntroPage::options(core::ChecklistOptions base) const
{
    base.build = !m_ui->noBuild->isChecked();
    base.noCache = base.build && m_ui->noCache->isChecked();
    base.recentBackupMinutes = m_ui->backupMinutes->value();
    base.loadTest = m_ui->loadTest->isChecked();
    base.manualChangeConfirmed = m_ui->manualChange->isChecked();
    return base;
}

} // namespace artgen::gui
