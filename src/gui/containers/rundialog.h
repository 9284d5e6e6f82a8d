#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace artgen::core {
class DockerClient;
}

namespace artgen::gui {

// A one-off command in a container (Docker exec, no TTY): stdout, stderr and the exit code.
class RunDialog : public QDialog
{
    Q_OBJECT

public:
    RunDialog(core::DockerClient& docker, QString container, QWidget* parent = nullptr);

private:
    void run();

    core::DockerClient& m_docker;
    QString m_container;
    QLineEdit* m_command = nullptr;
    QPushButton* m_run = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_out = nullptr;
    QPlainTextEdit* m_err = nullptr;
};

} // namespace artgen::gui
