#include "rundialog.h"

#include "docker/dockerclient.h"
#include "session/profileservices.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

namespace artgen::gui {

RunDialog::RunDialog(std::shared_ptr<core::ProfileServices> services, QString container,
                     QWidget* parent)
    : QDialog(parent), m_services(std::move(services)), m_docker(m_services->docker()),
      m_container(std::move(container))
{
    setWindowTitle(tr("Run a command in %1").arg(m_container));
    resize(760, 480);
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_command = new QLineEdit(this);
    m_command->setObjectName(QStringLiteral("command"));
    m_command->setPlaceholderText(tr("e.g. ps aux   or   celery -A app.celery_app inspect active"));
    m_run = new QPushButton(tr("Run"), this);
    m_run->setObjectName(QStringLiteral("run"));
    m_run->setDefault(true);
    row->addWidget(m_command, 1);
    row->addWidget(m_run);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exitStatus"));
    layout->addWidget(m_status);
    m_out = new QPlainTextEdit(this);
    m_err = new QPlainTextEdit(this);
    m_out->setObjectName(QStringLiteral("output"));
    m_err->setObjectName(QStringLiteral("errors"));
    for (QPlainTextEdit* e : {m_out, m_err}) {
        e->setReadOnly(true);
        e->setFont(QFont(QStringLiteral("monospace")));
        e->setMaximumBlockCount(20000);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Output:"), m_out);
    form->addRow(tr("Errors:"), m_err);
    layout->addLayout(form, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_run, &QPushButton::clicked, this, &RunDialog::run);
    connect(m_command, &QLineEdit::returnPressed, this, &RunDialog::run);
}

void RunDialog::run()
{
    // Split like a shell would, but run without one: arguments go to exec as a list.
    const QStringList argv = QProcess::splitCommand(m_command->text());
    if (argv.isEmpty())
        return;
    m_run->setEnabled(false);
    m_status->setText(tr("Running…"));
    m_docker.exec(m_container, argv).then(this, [this](const core::Result<core::ExecResult>& r) {
        m_run->setEnabled(true);
        if (!r) {
            m_status->setText(r.error().message());
            return;
        }
        m_status->setText(tr("Exit code %1").arg(r->exitCode));
        m_out->setPlainText(QString::fromUtf8(r->out));
        m_err->setPlainText(QString::fromUtf8(r->err));
    });
}

} // namespace artgen::gui
