#include "rundialog.h"

#include "docker/dockerclient.h"
#include "exec/commandline.h"
#include "exec/terminallauncher.h"
#include "session/profileservices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace artgen::gui {

RunDialog::RunDialog(std::shared_ptr<core::ProfileServices> services, QString container,
                     QWidget* parent)
    : RunDialog(std::move(services), std::move(container), nullptr, parent)
{}

RunDialog::RunDialog(std::shared_ptr<core::ProfileServices> services, QString container,
                     core::SettingsStore* settings, QWidget* parent)
    : QDialog(parent), m_services(std::move(services)), m_container(std::move(container)),
      m_history(settings, m_services->profile().name)
{
    setWindowTitle(tr("Run a command in %1").arg(m_container));
    resize(760, 520);
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_commandBox = new QComboBox(this);
    m_commandBox->setObjectName(QStringLiteral("history"));
    m_commandBox->setEditable(true);
    m_commandBox->setInsertPolicy(QComboBox::NoInsert);
    m_commandBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_command = new QLineEdit(m_commandBox);
    m_command->setObjectName(QStringLiteral("command"));
    m_command->setPlaceholderText(tr("e.g. ps aux   or   celery -A app.celery_app inspect active"));
    m_commandBox->setLineEdit(m_command);
    m_commandBox->setAccessibleName(tr("Command"));
    m_commandBox->setAccessibleDescription(
        tr("The command to run in the container; the list holds the earlier ones."));
    m_command->setAccessibleName(m_commandBox->accessibleName());
    reloadHistory();
    m_shell = new QCheckBox(tr("Run through sh -c"), this);
    m_shell->setObjectName(QStringLiteral("throughShell"));
    m_shell->setToolTip(tr("For pipes, ; and variables, e.g. ps aux | grep gunicorn"));
    m_run = new QPushButton(tr("Run"), this);
    m_run->setObjectName(QStringLiteral("run"));
    m_run->setDefault(true);
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("stop"));
    m_stop->setEnabled(false);
    row->addWidget(m_commandBox, 1);
    row->addWidget(m_shell);
    row->addWidget(m_run);
    row->addWidget(m_stop);
    layout->addLayout(row);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("shellHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_hint->hide();
    layout->addWidget(m_hint);
    connect(m_command, &QLineEdit::textChanged, this, &RunDialog::updateHint);
    connect(m_shell, &QCheckBox::toggled, this, &RunDialog::updateHint);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exitStatus"));
    m_status->setWordWrap(true);
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
    buildShellRow(layout);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_run, &QPushButton::clicked, this, &RunDialog::run);
    connect(m_stop, &QPushButton::clicked, this, &RunDialog::stop);
    connect(m_command, &QLineEdit::returnPressed, this, &RunDialog::run);
}

RunDialog::~RunDialog() = default;

void RunDialog::buildShellRow(QLayout* layout)
{
    auto* row = new QHBoxLayout;
    m_shellCommand = new QLineEdit(this);
    m_shellCommand->setObjectName(QStringLiteral("shellCommand"));
    m_shellCommand->setReadOnly(true);
    m_shellCommand->setText(core::TerminalLauncher::commandLine(
        core::TerminalLauncher::dockerCommand(m_container, m_services->endpoint())));
    auto* open = new QPushButton(tr("Open shell"), this);
    open->setObjectName(QStringLiteral("openShell"));
    open->setToolTip(tr("Opens a terminal with an interactive shell in the container"));
    auto* label = new QLabel(tr("Shell:"), this);
    label->setBuddy(m_shellCommand);
    m_shellCommand->setAccessibleDescription(
        tr("The command that opens a shell in the container, to copy when no terminal opens."));
    row->addWidget(label);
    row->addWidget(m_shellCommand, 1);
    row->addWidget(open);
    layout->addItem(row);
    m_shellStatus = new QLabel(this);
    m_shellStatus->setObjectName(QStringLiteral("shellStatus"));
    m_shellStatus->setWordWrap(true);
    layout->addWidget(m_shellStatus);
    connect(open, &QPushButton::clicked, this, &RunDialog::openShell);
}

void RunDialog::updateHint()
{
    const QStringList operators =
        m_shell->isChecked() ? QStringList() : core::CommandLine::shellOperators(m_command->text());
    m_hint->setVisible(!operators.isEmpty());
    if (!operators.isEmpty())
        m_hint->setText(tr("Without a shell, %1 reach the command as plain characters. Tick "
                           "“Run through sh -c” for pipes, redirections and variables.")
                            .arg(operators.join(QStringLiteral(" "))));
}

void RunDialog::run()
{
    if (m_exec)
        return;
    const QString line = m_command->text();
    const std::optional<QStringList> argv = core::CommandLine::argv(line, m_shell->isChecked());
    if (!argv) {
        m_status->setText(tr("The command has an unclosed quote or ends with a backslash."));
        return;
    }
    if (argv->isEmpty())
        return;
    m_out->clear();
    m_err->clear();
    m_outDecoder = QStringDecoder(QStringDecoder::Utf8);
    m_errDecoder = QStringDecoder(QStringDecoder::Utf8);
    m_history.add(line);
    reloadHistory();
    core::DockerClient& docker = m_services->docker();
    m_exec.reset(new core::CommandRun(&docker, m_container, *argv), docker.thread());
    m_exec.connect(&core::CommandRun::stdoutData, this,
                   [this](const QByteArray& chunk) { append(m_out, m_outDecoder, chunk); });
    m_exec.connect(&core::CommandRun::stderrData, this,
                   [this](const QByteArray& chunk) { append(m_err, m_errDecoder, chunk); });
    m_exec.connect(&core::CommandRun::finished, this, &RunDialog::finished);
    m_exec.start();
    m_status->setText(tr("Running…"));
    setRunning(true);
}

void RunDialog::stop()
{
    if (!m_exec)
        return;
    m_exec.stop();
    setRunning(false);
    m_status->setText(tr("Stopped. The command may still be running in the container."));
}

void RunDialog::finished(const core::Result<int>& exitCode)
{
    m_exec.stop();
    setRunning(false);
    m_status->setText(exitCode ? tr("Exit code %1").arg(*exitCode) : exitCode.error().message());
}

void RunDialog::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_stop->setEnabled(running);
}

void RunDialog::reloadHistory()
{
    const QString text = m_command->text();
    m_commandBox->clear();
    m_commandBox->addItems(m_history.commands());
    m_commandBox->setCurrentIndex(-1);
    m_command->setText(text);
}

void RunDialog::append(QPlainTextEdit* pane, QStringDecoder& decoder, const QByteArray& chunk)
{
    // The decoder keeps a character cut between two chunks for the next one.
    const QString text = decoder.decode(chunk);
    if (text.isEmpty())
        return;
    pane->moveCursor(QTextCursor::End);
    pane->insertPlainText(text);
}

void RunDialog::openShell()
{
    const QStringList command =
        core::TerminalLauncher::dockerCommand(m_container, m_services->endpoint());
    QString error;
    if (core::TerminalLauncher::launch(core::TerminalLauncher::terminalFor(command), &error))
        m_shellStatus->setText(tr("A terminal was opened with this command."));
    else
        m_shellStatus->setText(
            tr("%1 Copy the command above and run it in a terminal.").arg(error));
}

} // namespace artgen::gui
