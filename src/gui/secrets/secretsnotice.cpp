#include "secretsnotice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace artgen::gui {

SecretsNotice::SecretsNotice(QWidget* parent)
    : QWidget(parent), m_text(new QLabel(this)), m_keep(new QPushButton(this)),
      m_dismiss(new QPushButton(this))
{
    setObjectName(QStringLiteral("secretsNotice"));
    m_text->setObjectName(QStringLiteral("secretsNoticeText"));
    m_text->setWordWrap(true);
    m_keep->setObjectName(QStringLiteral("keepInKeychain"));
    m_dismiss->setObjectName(QStringLiteral("dismissSecretsNotice"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_text, 1);
    row->addWidget(m_keep);
    row->addWidget(m_dismiss);
    connect(m_keep, &QPushButton::clicked, this, [this] {
        m_kind = Kind::None;
        render();
        Q_EMIT keepRequested(m_profile);
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_kind = Kind::None;
        render();
    });
    render();
}

void SecretsNotice::showOffer(const QString& profile, int count)
{
    present(Kind::Offer, profile, count);
}

void SecretsNotice::showProblem(const core::Error& problem)
{
    m_kind = Kind::Problem;
    m_problem = problem;
    render();
}

void SecretsNotice::showImported(const QString& profile, int count)
{
    present(Kind::Imported, profile, count);
}

void SecretsNotice::present(Kind kind, const QString& profile, int count)
{
    m_kind = kind;
    m_profile = profile;
    m_count = count;
    render();
}

void SecretsNotice::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void SecretsNotice::render()
{
    switch (m_kind) {
    case Kind::Offer:
        m_text->setText(
            tr("Profile %1 keeps %n secret(s) in plain text in its .env.", nullptr, m_count)
                .arg(m_profile));
        break;
    case Kind::Problem:
        m_text->setText(m_problem.message());
        break;
    case Kind::Imported:
        m_text->setText(
            tr("%n secret(s) of profile %1 are now kept in the keychain.", nullptr, m_count)
                .arg(m_profile));
        break;
    case Kind::None:
        m_text->clear();
        break;
    }
    m_keep->setText(tr("Keep in keychain"));
    m_dismiss->setText(m_kind == Kind::Offer ? tr("Not now") : tr("Close"));
    m_keep->setVisible(m_kind == Kind::Offer);
    setVisible(m_kind != Kind::None);
}

} // namespace artgen::gui
