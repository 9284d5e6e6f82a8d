#pragma once

#include "secrets/secretname.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QWidget;

namespace artgen::gui {

// The panel's SessionSecrets asker: a service on a worker thread that needs a secret the
// keychain cannot give waits while the UI thread opens a SecretPromptDialog (open(), never
// exec()); the UI thread itself is never made to wait, so a question from it gets no answer.
class SecretAsker : public QObject
{
    Q_OBJECT

public:
    explicit SecretAsker(QWidget* window, QObject* parent = nullptr);
    ~SecretAsker() override;

    std::optional<QString> ask(const QString& profile, core::SecretName::Id id);

private:
    QPointer<QWidget> m_window;
};

} // namespace artgen::gui
