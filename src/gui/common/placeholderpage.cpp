#include "placeholderpage.h"

#include "ui_placeholderpage.h"

#include <QEvent>

namespace artgen::gui {

PlaceholderPage::PlaceholderPage(std::function<QString()> title,
                                 std::function<QString()> description, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PlaceholderPage>()), m_title(std::move(title)),
      m_description(std::move(description))
{
    m_ui->setupUi(this);
    QFont f = m_ui->titleLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_ui->titleLabel->setFont(f);
    m_ui->statusLabel->setStyleSheet(QStringLiteral("color: palette(mid); font-style: italic;"));
    retranslate();
}

PlaceholderPage::~PlaceholderPage() = default;

void PlaceholderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->titleLabel->setText(m_title());
    m_ui->statusLabel->setText(tr("This page is not available yet."));
    m_ui->descriptionLabel->setText(m_description());
}

} // namespace artgen::gui
