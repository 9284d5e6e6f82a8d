#pragma once

#include "secrets/secretname.h"
#include "secrets/sessionsecrets.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <memory>

class QWidget;
template <typename T> class QPromise;

namespace artgen::gui {

// The panel's SessionSecrets asker: a service that needs a secret the keychain cannot give gets
// a future answer while the UI thread opens a SecretPromptDialog (open(), never exec()). Nobody
// waits for it: a monitor says "waiting for the password" and starts when the answer comes,
// while the other monitors on its thread go on. One dialog at a time; the next question opens
// when the open one is answered. The UI thread itself never resolves secrets, so a question from
// it gets no answer and no dialog.
class SecretAsker : public QObject
{
    Q_OBJECT

public:
    explicit SecretAsker(QWidget* window, QObject* parent = nullptr);
    ~SecretAsker() override;

    // Any thread.
    core::SessionSecrets::Answer ask(const QString& profile, core::SecretName::Id id);

private:
    struct Question
    {
        QString profile;
        core::SecretName::Id id;
        std::shared_ptr<QPromise<std::optional<QString>>> answer;
    };

    void enqueue(Question question);
    void showNext();

    QPointer<QWidget> m_window;
    QQueue<Question> m_questions;
    bool m_showing = false;
};

} // namespace artgen::gui
