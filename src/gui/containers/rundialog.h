#pragma once

#include "exec/commandrun.h"
#include "settings/commandhistory.h"
#include "util/workerhandle.h"

#include <QDialog>
#include <QStringDecoder>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

#include <memory>

namespace artgen::core {
class ProfileServices;
class SettingsStore;
} // namespace artgen::core

namespace artgen::gui {

// A command run in a container (Docker exec, no TTY): its output streamed as it comes, its exit
// code, Stop, and the profile's last commands. For an interactive shell it opens the user's
// terminal on `docker exec -it … sh`, and always shows that command so it can be copied.
class RunDialog : public QDialog
{
    Q_OBJECT

public:
    // Holds `services` while open: the container is the profile's it was opened for. The
    // history is kept in `settings`; without one it lasts as long as the dialog.
    RunDialog(std::shared_ptr<core::ProfileServices> services, QString container,
              core::SettingsStore* settings, QWidget* parent = nullptr);
    RunDialog(std::shared_ptr<core::ProfileServices> services, QString container,
              QWidget* parent = nullptr);
    ~RunDialog() override;

private:
    void buildShellRow(QLayout* layout);
    void run();
    void stop();
    void finished(const core::Result<int>& exitCode);
    void setRunning(bool running);
    void reloadHistory();
    void updateHint();
    void openShell();
    static void append(QPlainTextEdit* pane, QStringDecoder& decoder, const QByteArray& chunk);

    std::shared_ptr<core::ProfileServices> m_services;
    QString m_container;
    core::CommandHistory m_history;
    core::WorkerHandle<core::CommandRun> m_exec{&core::CommandRun::start, &core::CommandRun::stop};
    QStringDecoder m_outDecoder;
    QStringDecoder m_errDecoder;
    QComboBox* m_commandBox = nullptr;
    QLineEdit* m_command = nullptr;
    QLabel* m_hint = nullptr; // shell operators typed with the shell off
    QCheckBox* m_shell = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_stop = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_out = nullptr;
    QPlainTextEdit* m_err = nullptr;
    QLineEdit* m_shellCommand = nullptr;
    QLabel* m_shellStatus = nullptr;
};

} // namespace artgen::gui
