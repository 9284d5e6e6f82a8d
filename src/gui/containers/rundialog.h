#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

#include <memory>

namespace artgen::core {
class DockerClient;
class ProfileServices;
} // namespace artgen::core

namespace artgen::gui {

// A one-off command in a container (Docker exec, no TTY): stdout, stderr and the exit code.
class RunDialog : public QDialog
{
    Q_OBJECT

public:
    // Holds `services` while open: the container is the profile's it was opened for.
    RunDialog(std::shared_ptr<core::ProfileServices> services, QString container,
              QWidget* parent = nullptr);

private:
    void run();

    std::shared_ptr<core::ProfileServices> m_services;
    core::DockerClient& m_docker;
    QString m_container;
    QLineEdit* m_command = nullptr;
    QPushButton* m_run = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_out = nullptr;
    QPlainTextEdit* m_err = nullptr;
};

} // namespace artgen::gui
