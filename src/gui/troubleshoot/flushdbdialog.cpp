#include "flushdbdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace artgen::gui {

FlushDbDialog::FlushDbDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("flushDbDialog"));
    auto* root = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    root->addWidget(m_text);
    auto* form = new QFormLayout;
    m_databaseLabel = new QLabel(this);
    m_database = new QSpinBox(this);
    m_database->setObjectName(QStringLiteral("flushDatabase"));
    m_database->setRange(0, 15);
    m_databaseLabel->setBuddy(m_database);
    m_typedLabel = new QLabel(this);
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("flushTyped"));
    m_typedLabel->setBuddy(m_typed);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_typedLabel, m_typed);
    root->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    root->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT flushRequested(m_database->value(), m_typed->text());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_typed, &QLineEdit::textChanged, this, &FlushDbDialog::updateButton);
    retranslate();
    updateButton();
}

void FlushDbDialog::retranslate()
{
    setWindowTitle(tr("Clear a Redis database"));
    m_text->setText(tr("FLUSHDB deletes every key of the database: cached results and, when it "
                       "is Celery's broker, the tasks waiting in its queues. It cannot be "
                       "undone. Type the database number to confirm."));
    m_databaseLabel->setText(tr("Database:"));
    m_typedLabel->setText(tr("Type its number:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("FLUSHDB"));
}

void FlushDbDialog::updateButton()
{
    // Anything typed goes to the core, which alone decides whether it confirms.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_typed->text().trimmed().isEmpty());
}

} // namespace artgen::gui
