#include "secretasker.h"

#include "secretpromptdialog.h"

#include <QPromise>
#include <QThread>

namespace artgen::gui {

namespace {

void answer(QPromise<std::optional<QString>>& promise, std::optional<QString> value)
{
    if (promise.future().isFinished())
        return;
    promise.addResult(std::move(value));
    promise.finish();
}

} // namespace

SecretAsker::SecretAsker(QWidget* window, QObject* parent) : QObject(parent), m_window(window)
{
    core::SessionSecrets::global().setAsyncAsker(
        [this](const QString& profile, core::SecretName::Id id) { return ask(profile, id); });
}

SecretAsker::~SecretAsker()
{
    core::SessionSecrets::global().setAsyncAsker({});
    for (Question& q : m_questions) // nobody left to ask: no answer rather than a wait
        answer(*q.answer, std::nullopt);
}

core::SessionSecrets::Answer SecretAsker::ask(const QString& profile, core::SecretName::Id id)
{
    if (QThread::currentThread() == thread())
        return QtFuture::makeReadyFuture(std::optional<QString>());
    Question question{profile, id, std::make_shared<QPromise<std::optional<QString>>>()};
    question.answer->start();
    core::SessionSecrets::Answer future = question.answer->future();
    QMetaObject::invokeMethod(this, [this, question] { enqueue(question); });
    return future;
}

void SecretAsker::enqueue(Question question)
{
    m_questions.enqueue(std::move(question));
    showNext();
}

void SecretAsker::showNext()
{
    if (m_showing || m_questions.isEmpty())
        return;
    const Question q = m_questions.dequeue();
    m_showing = true;
    auto* dialog = new SecretPromptDialog(
        tr("The keychain holds %1 of profile %2 but cannot be used now. Type it to use it "
           "until the panel is closed; it is not saved anywhere.")
            .arg(core::SecretName::label(q.id), q.profile),
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [promise = q.answer, dialog](int result) {
        answer(*promise, result == QDialog::Accepted ? std::optional<QString>(dialog->value())
                                                     : std::nullopt);
    });
    // Closed with the window: the waiting service gets no answer instead of waiting on.
    connect(dialog, &QObject::destroyed, this, [this, promise = q.answer] {
        answer(*promise, std::nullopt);
        m_showing = false;
        showNext();
    });
    dialog->open();
}

} // namespace artgen::gui
