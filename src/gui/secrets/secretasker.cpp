#include "secretasker.h"

#include "secretpromptdialog.h"
#include "secrets/sessionsecrets.h"

#include <QPromise>
#include <QThread>

namespace artgen::gui {

SecretAsker::SecretAsker(QWidget* window, QObject* parent) : QObject(parent), m_window(window)
{
    core::SessionSecrets::global().setAsker(
        [this](const QString& profile, core::SecretName::Id id) { return ask(profile, id); });
}

SecretAsker::~SecretAsker()
{
    core::SessionSecrets::global().setAsker({});
}

std::optional<QString> SecretAsker::ask(const QString& profile, core::SecretName::Id id)
{
    if (QThread::currentThread() == thread())
        return std::nullopt;
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    QFuture<QString> answer = promise->future();
    QMetaObject::invokeMethod(this, [this, promise, profile, id] {
        auto* dialog = new SecretPromptDialog(
            tr("The keychain holds %1 of profile %2 but cannot be used now. Type it to use it "
               "until the panel is closed; it is not saved anywhere.")
                .arg(core::SecretName::label(id), profile),
            m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, dialog, [promise, dialog](int result) {
            if (result == QDialog::Accepted)
                promise->addResult(dialog->value());
            promise->finish();
        });
        // Closed with the window: the waiting service gets no answer instead of waiting on.
        connect(dialog, &QObject::destroyed, dialog, [promise] { promise->finish(); });
        dialog->open();
    });
    answer.waitForFinished();
    if (answer.resultCount() == 0)
        return std::nullopt;
    return answer.result();
}

} // namespace artgen::gui
