#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace artgen::core {
class DockerClient;
}

namespace artgen::gui {

// `docker top` for one container: its processes as a table, refreshed on request.
class ProcessesDialog : public QDialog
{
    Q_OBJECT

public:
    ProcessesDialog(core::DockerClient& docker, QString container, QWidget* parent = nullptr);

private:
    void load();

    core::DockerClient& m_docker;
    QString m_container;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace artgen::gui
