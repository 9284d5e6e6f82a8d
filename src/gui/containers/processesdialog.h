#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

#include <memory>

namespace artgen::core {
class DockerClient;
class ProfileServices;
} // namespace artgen::core

namespace artgen::gui {

// `docker top` for one container: its processes as a table, refreshed on request.
class ProcessesDialog : public QDialog
{
    Q_OBJECT

public:
    // Holds `services` while open: the container is the profile's it was opened for.
    ProcessesDialog(std::shared_ptr<core::ProfileServices> services, QString container,
                    QWidget* parent = nullptr);

private:
    void load();

    std::shared_ptr<core::ProfileServices> m_services;
    core::DockerClient& m_docker;
    QString m_container;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace artgen::gui
