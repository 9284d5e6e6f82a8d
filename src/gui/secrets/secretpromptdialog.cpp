#include "secretpromptdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace artgen::gui {

SecretPromptDialog::SecretPromptDialog(const QString& question, QWidget* parent)
    : QDialog(parent), m_question(new QLabel(question, this)), m_value(new QLineEdit(this))
{
    setObjectName(QStringLiteral("secretPrompt"));
    setWindowTitle(tr("Secret needed"));
    m_question->setWordWrap(true);
    m_value->setObjectName(QStringLiteral("secretValue"));
    m_value->setEchoMode(QLineEdit::Password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* column = new QVBoxLayout(this);
    column->addWidget(m_question);
    column->addWidget(m_value);
    column->addWidget(buttons);
}

QString SecretPromptDialog::value() const
{
    return m_value->text();
}

} // namespace artgen::gui
