#include "rollbackdialog.h"

#include "checklist/rollbackjob.h"
#include "ui_rollbackdialog.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QPushButton>

namespace artgen::gui {

RollbackDialog::RollbackDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RollbackDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("rollbackDialog"));
    m_ok = m_ui->buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("confirmRollback"));
    m_ok->setDefault(true);
    m_ui->databaseRow->hide();
    m_ui->restoreBackup->setEnabled(false);
    connect(m_ui->restoreBackup, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->databaseRow->setVisible(on);
        if (on)
            m_ui->databaseName->setFocus();
        updateOk();
    });
    connect(m_ui->databaseName, &QLineEdit::textChanged, this, &RollbackDialog::updateOk);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT rollbackRequested(options());
        accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    updateOk();
}

RollbackDialog::~RollbackDialog() = default;

QPushButton* RollbackDialog::okButton() const
{
    return m_ok;
}

QString RollbackDialog::shortId(const QString& id)
{
    const QString hex = id.startsWith(u"sha256:") ? id.mid(7) : id;
    return hex.isEmpty() ? QStringLiteral("—") : hex.left(12);
}

void RollbackDialog::setPlan(const core::RollbackPlan& plan)
{
    m_plan = plan;
    m_planned = true;
    showPlan();
    updateOk();
}

core::RollbackOptions RollbackDialog::options() const
{
    core::RollbackOptions o;
    o.restoreBackup = m_ui->restoreBackup->isChecked();
    if (o.restoreBackup)
        o.confirmedDatabase = m_ui->databaseName->text().trimmed();
    return o;
}

void RollbackDialog::retranslate()
{
    setWindowTitle(tr("Roll back the deployment"));
    m_ui->introLabel->setText(
        m_planned ? tr("The rollback puts the configuration back as it was at step 1, starts the "
                       "images the stack ran before (no rebuild), and checks steps 5 to 9 again.")
                  : tr("Working out what a rollback would do…"));
    m_ui->filesLabel->setText(tr("Files put back as they were at step 1:"));
    m_ui->imagesLabel->setText(tr("Images the services go back to:"));
    m_ui->images->setHeaderLabels({tr("Service"), tr("Image"), tr("Running now"), tr("Back to")});
    m_ui->databaseLabel->setText(tr("Type the database name to confirm:"));
    okButton()->setText(tr("Roll back"));
    if (m_planned)
        showPlan();
}

void RollbackDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RollbackDialog::showPlan()
{
    m_ui->introLabel->setText(
        tr("The rollback puts the configuration back as it was at step 1, starts the images the "
           "stack ran before (no rebuild), and checks steps 5 to 9 again."));
    m_ui->problemsLabel->setVisible(!m_plan.canRollBack());
    m_ui->problemsLabel->setStyleSheet(QStringLiteral("color: #b5402f;"));
    m_ui->problemsLabel->setText(
        tr("It cannot roll back: %1").arg(m_plan.problems.join(QStringLiteral(" "))));
    m_ui->files->clear();
    if (m_plan.filesToRestore.isEmpty())
        m_ui->files->addItem(tr("None: the files are as they were at step 1."));
    else
        m_ui->files->addItems(m_plan.filesToRestore);
    m_ui->diff->setVisible(!m_plan.configDiff.isEmpty());
    m_ui->diff->setPlainText(m_plan.configDiff.join(u'\n'));
    m_ui->images->clear();
    for (const core::RollbackPlan::Image& image : m_plan.images)
        m_ui->images->addTopLevelItem(new QTreeWidgetItem(
            {image.service, image.reference, shortId(image.currentId), shortId(image.previousId)}));
    m_ui->images->setVisible(!m_plan.images.isEmpty());
    m_ui->imagesLabel->setText(m_plan.images.isEmpty()
                                   ? tr("Images: every service already runs the image it ran "
                                        "before the deployment.")
                                   : tr("Images the services go back to:"));
    const bool backup = !m_plan.backupFile.isEmpty();
    m_ui->restoreBackup->setEnabled(backup && m_plan.canRollBack());
    // The file's name here (a check box does not wrap), its whole path in the tooltip.
    m_ui->restoreBackup->setText(
        backup ? tr("Also restore the database from step 1's backup (%1)")
                     .arg(QFileInfo(m_plan.backupFile).fileName())
               : tr("Also restore the database: step 1 made no backup to restore"));
    m_ui->restoreBackup->setToolTip(QDir::toNativeSeparators(m_plan.backupFile));
    m_ui->databaseLabel->setText(
        tr("Type the database name, %1, to confirm:").arg(m_plan.database));
    for (int c = 0; c < m_ui->images->columnCount(); ++c)
        m_ui->images->resizeColumnToContents(c);
}

void RollbackDialog::updateOk()
{
    // The job's own rule: the restore needs the database's very name.
    const bool typed = core::RollbackJob::refusal(options(), m_plan.database).isEmpty();
    okButton()->setEnabled(m_planned && m_plan.canRollBack() && typed);
}

} // namespace artgen::gui
