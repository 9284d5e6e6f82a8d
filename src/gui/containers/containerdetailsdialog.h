#pragma once

#include "docker/containerinspection.h"

#include <QDialog>
#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace artgen::core {
class DockerClient;
class ProfileServices;
} // namespace artgen::core

namespace artgen::gui {

// `docker inspect` for one container, in sections a person reads: what runs (image, command),
// its settings (environment, labels, restart policy), where its data is (mounts), how it is
// reached (networks) and why it is (un)healthy (the health check's last results). Secret-looking
// values stay masked until "Reveal" is pressed; they are never logged.
class ContainerDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    // Holds `services` while open: the container is the profile's it was opened for.
    ContainerDetailsDialog(std::shared_ptr<core::ProfileServices> services, QString container,
                           QWidget* parent = nullptr);

private:
    void load();
    void present(const core::ContainerInspection& c);
    void addGeneral(const core::ContainerInspection& c);
    void addEnvironment(const core::ContainerInspection& c);
    void addMounts(const core::ContainerInspection& c);
    void addNetworks(const core::ContainerInspection& c);
    void addLabels(const core::ContainerInspection& c);
    void addHealth(const core::ContainerInspection& c);
    QTreeWidgetItem* section(const QString& title, int count = -1);
    void setRevealed(bool revealed);
    void copySelection();

    std::shared_ptr<core::ProfileServices> m_services;
    core::DockerClient& m_docker;
    QString m_container;
    QLabel* m_status = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_reveal = nullptr;
    QList<QTreeWidgetItem*> m_secrets; // value in Qt::UserRole, masked text shown until revealed
};

} // namespace artgen::gui
