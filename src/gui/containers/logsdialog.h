#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace artgen::core {
class DockerClient;
}

namespace artgen::gui {

// A quick look at a container's last log lines (`docker logs --tail N`), stderr in red. The
// Logs page follows and searches; this answers "what did it just say?" from the Containers page.
class LogsDialog : public QDialog
{
    Q_OBJECT

public:
    LogsDialog(core::DockerClient& docker, QString container, QWidget* parent = nullptr);

private:
    void load();

    core::DockerClient& m_docker;
    QString m_container;
    QComboBox* m_tail = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_text = nullptr;
};

} // namespace artgen::gui
