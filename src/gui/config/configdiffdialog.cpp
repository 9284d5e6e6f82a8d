#include "configdiffdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace artgen::gui {

ConfigDiffDialog::ConfigDiffDialog(const QList<ConfigController::FileDiff>& diffs, QWidget* parent)
    : QDialog(parent), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("configDiffDialog"));
    setWindowTitle(tr("Changes to the configuration files"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(diffs.isEmpty()
                       ? tr("The edits change no file: every value is already as asked.")
                       : tr("What applying the edits writes, as a unified diff per file. Nothing "
                            "has been written yet."));
    layout->addWidget(intro);
    for (const auto& d : diffs) {
        auto* view = new QTextBrowser(m_tabs);
        view->setObjectName(QStringLiteral("diff_") + QFileInfo(d.file).fileName());
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        view->setLineWrapMode(QTextEdit::NoWrap);
        view->setHtml(html(d.diff));
        view->setAccessibleName(tr("Changes to %1").arg(d.file));
        m_tabs->addTab(view, QFileInfo(d.file).fileName());
        m_tabs->setTabToolTip(m_tabs->count() - 1, d.file);
    }
    m_tabs->setVisible(!diffs.isEmpty());
    layout->addWidget(m_tabs, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 520);
}

QString ConfigDiffDialog::html(const QByteArray& diff)
{
    QString out = QStringLiteral("<pre style=\"margin:0\">");
    for (QByteArray line : diff.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        const QString text = QString::fromUtf8(line).toHtmlEscaped();
        QString style;
        if (line.startsWith("+++") || line.startsWith("---"))
            style = QStringLiteral("color:#555555;font-weight:bold");
        else if (line.startsWith("@@"))
            style = QStringLiteral("color:#1a5fb4");
        else if (line.startsWith('+'))
            style = QStringLiteral("color:#14602f;background-color:#dcf5e3");
        else if (line.startsWith('-'))
            style = QStringLiteral("color:#8a1c12;background-color:#fbe0dc");
        out += style.isEmpty() ? text
                               : QStringLiteral("<span style=\"%1\">%2</span>").arg(style, text);
        out += u'\n';
    }
    return out + QStringLiteral("</pre>");
}

} // namespace artgen::gui
