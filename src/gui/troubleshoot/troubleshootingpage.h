#pragma once

#include "troubleshoot/diagnosis.h"

#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace artgen::core {
class ActiveServices;
class Error;
class JobRunner;
class SettingsStore;
} // namespace artgen::core

namespace artgen::gui {

class JobPageFrame;
class TroubleshootController;
class VerdictLabel;

// The Troubleshooting page: the instructions' five problems as runbooks (core Runbooks). For the
// chosen one: what it is and how it is fixed, Diagnose (the evidence and its verdict), and the
// fixes as buttons — restart the backend or Celery and wait until they answer, open the
// Configuration page at nginx's timeouts, end PostgreSQL sessions idle for over 5 minutes,
// FLUSHDB once the database number is typed. "What is wrong?" diagnoses every runbook and opens
// the one that matches. Fixes that change the stack ask first.
class TroubleshootingPage : public QWidget
{
    Q_OBJECT

public:
    TroubleshootingPage(core::ActiveServices& services, core::JobRunner& jobs,
                        core::SettingsStore* settings = nullptr, QWidget* parent = nullptr);
    ~TroubleshootingPage() override;

    TroubleshootController* controller() const { return m_controller; }
    QListWidget* runbookList() const { return m_runbooks; }
    core::Problem currentProblem() const;
    void selectProblem(core::Problem problem);
    QPushButton* whatIsWrongButton() const { return m_whatIsWrong; }
    QPushButton* diagnoseButton() const { return m_diagnose; }
    // A fix's button by its object name: restartBackend, openTimeouts, terminateIdle, flushDb,
    // restartCelery.
    QPushButton* fixButton(const QString& name) const;
    QLabel* diagnosisLabel() const { return m_diagnosis; }
    QPlainTextEdit* evidenceView() const { return m_evidence; }
    VerdictLabel* verdict() const;

public Q_SLOTS:
    void reloadProfile();
    void whatIsWrong();
    void diagnoseCurrent();

Q_SIGNALS:
    // The 504 runbook's fix: the Configuration page, at the key given.
    void configurationRequested(const QString& key);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    QWidget* buildRunbook(QWidget* parent);
    QPushButton* addFix(const char* name);
    void retranslate();
    void showRunbook();
    void updateButtons();
    void onDiagnosed(std::optional<core::Problem> asked);
    void confirmRestart(bool celery);
    void openFlushDb();
    void openTerminateIdle();

    core::ActiveServices& m_active;
    core::SettingsStore* m_settings;
    TroubleshootController* m_controller;
    QPushButton* m_whatIsWrong = nullptr;
    QLabel* m_intro = nullptr;
    JobPageFrame* m_frame = nullptr;
    QListWidget* m_runbooks = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_fixesText = nullptr;
    QPushButton* m_diagnose = nullptr;
    QLabel* m_diagnosis = nullptr;
    QLabel* m_evidenceLabel = nullptr;
    QPlainTextEdit* m_evidence = nullptr;
    QWidget* m_fixes = nullptr;
    QList<QPushButton*> m_fixButtons;
};

} // namespace artgen::gui
