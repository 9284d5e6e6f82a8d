#include "logsdialog.h"

#include "docker/dockerclient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QVBoxLayout>

namespace artgen::gui {

LogsDialog::LogsDialog(core::DockerClient& docker, QString container, QWidget* parent)
    : QDialog(parent), m_docker(docker), m_container(std::move(container))
{
    setWindowTitle(tr("Log of %1").arg(m_container));
    resize(960, 560);
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_tail = new QComboBox(this);
    for (int n : {50, 100, 1000, 10000})
        m_tail->addItem(tr("last %n line(s)", nullptr, n), n);
    m_tail->setCurrentIndex(1);
    m_status = new QLabel(this);
    row->addWidget(m_tail);
    row->addWidget(m_status, 1);
    layout->addLayout(row);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFont(QStringLiteral("monospace")));
    layout->addWidget(m_text, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* reload = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    connect(reload, &QPushButton::clicked, this, &LogsDialog::load);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tail, &QComboBox::activated, this, &LogsDialog::load);
    layout->addWidget(buttons);
    load();
}

void LogsDialog::load()
{
    m_status->setText(tr("Loading…"));
    m_docker.logs(m_container, m_tail->currentData().toInt())
        .then(this, [this](const core::Result<QList<core::LogLine>>& r) {
            if (!r) {
                m_status->setText(r.error().message());
                return;
            }
            m_text->clear();
            QTextCharFormat normal;
            QTextCharFormat error;
            error.setForeground(QColor(0xb5, 0x40, 0x2f));
            QTextCursor cursor(m_text->document());
            int errors = 0;
            for (qsizetype i = 0; i < r->size(); ++i) {
                const core::LogLine& l = r->at(i);
                if (i > 0)
                    cursor.insertBlock();
                cursor.insertText(QString::fromUtf8(l.text), l.stderrStream ? error : normal);
                errors += l.stderrStream;
            }
            m_status->setText(tr("%n line(s), %1 on stderr", nullptr, int(r->size())).arg(errors));
            m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
        });
}

} // namespace artgen::gui
