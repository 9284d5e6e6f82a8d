#include "typedconfirmdialog.h"

#include "settings/profile.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace artgen::gui {

TypedConfirmDialog::TypedConfirmDialog(const QString& expected, const QString& title,
                                       const QString& text, const QString& okText, QWidget* parent)
    : QDialog(parent), m_expected(expected)
{
    setObjectName(QStringLiteral("typedConfirmDialog"));
    setWindowTitle(title);
    auto* root = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto* body = new QLabel(text, this);
    body->setObjectName(QStringLiteral("typedConfirmText"));
    body->setWordWrap(true);
    body->setTextFormat(Qt::PlainText);
    top->addWidget(icon);
    top->addWidget(body, 1);
    root->addLayout(top);
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    root->addWidget(m_prompt);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("typedName"));
    m_prompt->setBuddy(m_field);
    root->addWidget(m_field);
    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("typedConfirm"));
    m_ok->setEnabled(false);
    m_ok->setAutoDefault(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setDefault(true);
    root->addWidget(buttons);
    connect(m_field, &QLineEdit::textChanged, this,
            [this](const QString& typed) { m_ok->setEnabled(typed == m_expected); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_field->text() == m_expected)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
    retranslate();
}

TypedConfirmDialog* TypedConfirmDialog::guard(QWidget* parent, const core::Profile& profile,
                                              const QString& title, const QString& text,
                                              const QString& okText, std::function<void()> proceed)
{
    if (!profile.production) {
        proceed();
        return nullptr;
    }
    auto* dialog = new TypedConfirmDialog(profile.name, title, text, okText, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, parent, std::move(proceed));
    dialog->open();
    return dialog;
}

void TypedConfirmDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TypedConfirmDialog::retranslate()
{
    m_prompt->setText(
        tr("“%1” is a production profile. Type its name to go ahead:").arg(m_expected));
    m_field->setAccessibleName(tr("Profile name"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace artgen::gui
