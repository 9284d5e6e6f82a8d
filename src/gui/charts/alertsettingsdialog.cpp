#include "alertsettingsdialog.h"

#include "ui_alertsettingsdialog.h"

#include <QEvent>
#include <QPushButton>

namespace artgen::gui {

AlertSettingsDialog::AlertSettingsDialog(const QString& profile, const core::Thresholds& thresholds,
                                         QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AlertSettingsDialog>()), m_profile(profile)
{
    m_ui->setupUi(this);
    // The same bounds the settings clamp to (SettingKeys): what cannot be stored cannot be typed.
    for (QSpinBox* box : {m_ui->postgresWarn, m_ui->redisWarn, m_ui->redisCritical})
        box->setRange(0, 1000000);
    m_ui->postgresCritical->setRange(0, 100);
    m_ui->holdSecs->setRange(0, 3600);
    m_ui->clearHoldSecs->setRange(0, 3600);
    m_ui->apiFailures->setRange(1, 100);
    connect(m_ui->muteAll, &QCheckBox::toggled, this, &AlertSettingsDialog::updateMutes);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT saved(this->thresholds());
        accept();
    });
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setThresholds(core::Thresholds()); });
    setThresholds(thresholds);
    retranslate();
}

AlertSettingsDialog::~AlertSettingsDialog() = default;

core::Thresholds AlertSettingsDialog::thresholds() const
{
    core::Thresholds t;
    t.postgresWarn = m_ui->postgresWarn->value();
    t.postgresCriticalPercent = m_ui->postgresCritical->value();
    t.redisWarn = m_ui->redisWarn->value();
    t.redisCritical = m_ui->redisCritical->value();
    t.holdSecs = m_ui->holdSecs->value();
    t.clearHoldSecs = m_ui->clearHoldSecs->value();
    t.apiFailures = m_ui->apiFailures->value();
    t.muted = m_ui->muteAll->isChecked();
    t.thresholdAlertsMuted = m_ui->muteThresholds->isChecked();
    t.containerAlertsMuted = m_ui->muteContainers->isChecked();
    t.apiAlertsMuted = m_ui->muteApi->isChecked();
    return t;
}

void AlertSettingsDialog::setThresholds(const core::Thresholds& t)
{
    m_ui->postgresWarn->setValue(t.postgresWarn);
    m_ui->postgresCritical->setValue(t.postgresCriticalPercent);
    m_ui->redisWarn->setValue(t.redisWarn);
    m_ui->redisCritical->setValue(t.redisCritical);
    m_ui->holdSecs->setValue(t.holdSecs);
    m_ui->clearHoldSecs->setValue(t.clearHoldSecs);
    m_ui->apiFailures->setValue(t.apiFailures);
    m_ui->muteAll->setChecked(t.muted);
    m_ui->muteThresholds->setChecked(t.thresholdAlertsMuted);
    m_ui->muteContainers->setChecked(t.containerAlertsMuted);
    m_ui->muteApi->setChecked(t.apiAlertsMuted);
    updateMutes();
}

void AlertSettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AlertSettingsDialog::updateMutes()
{
    const bool all = m_ui->muteAll->isChecked();
    for (QCheckBox* box : {m_ui->muteThresholds, m_ui->muteContainers, m_ui->muteApi})
        box->setEnabled(!all);
}

void AlertSettingsDialog::retranslate()
{
    setWindowTitle(tr("Thresholds and alerts — %1").arg(m_profile));
    m_ui->intro->setText(
        tr("Levels for this profile's charts, cards and alerts. The defaults are the deployment "
           "instructions' checks: PostgreSQL under 100 connections, Redis under 50 clients. "
           "0 turns a level off. Alerts go to the tray and to the alert log."));
    const QString off = tr("off");
    m_ui->postgresWarnLabel->setText(tr("PostgreSQL warning at (connections):"));
    m_ui->postgresWarn->setSpecialValueText(off);
    m_ui->postgresCriticalLabel->setText(tr("PostgreSQL critical at (% of max_connections):"));
    m_ui->postgresCritical->setSpecialValueText(off);
    m_ui->postgresCritical->setSuffix(QStringLiteral(" %"));
    m_ui->redisWarnLabel->setText(tr("Redis warning at (clients):"));
    m_ui->redisWarn->setSpecialValueText(off);
    m_ui->redisCriticalLabel->setText(tr("Redis critical at (clients):"));
    m_ui->redisCritical->setSpecialValueText(off);
    m_ui->holdLabel->setText(tr("Alert when held for:"));
    m_ui->holdSecs->setSuffix(tr(" s"));
    m_ui->clearHoldLabel->setText(tr("Clear when back for:"));
    m_ui->clearHoldSecs->setSuffix(tr(" s"));
    m_ui->apiFailuresLabel->setText(tr("API down after failed probes in a row:"));
    m_ui->muteAll->setText(tr("Mute every alert of this profile"));
    m_ui->muteThresholds->setText(tr("Mute threshold alerts"));
    m_ui->muteContainers->setText(tr("Mute alerts about containers that die"));
    m_ui->muteApi->setText(tr("Mute alerts about the API"));
    for (QSpinBox* box : findChildren<QSpinBox*>()) {
        if (auto* label = qobject_cast<QLabel*>(m_ui->form->labelForField(box)))
            box->setAccessibleName(label->text());
    }
}

} // namespace artgen::gui
