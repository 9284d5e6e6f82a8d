#include "terminalasker.h"

#include "secretprompt.h"

#include <QMutex>
#include <QPromise>
#include <QThread>
#include <thread>

namespace artgen::cli {

struct TerminalAsker::State
{
    Prompt prompt;
    QMutex one; // one prompt on the terminal at a time

    std::optional<QString> ask(const QString& profile, core::SecretName::Id id)
    {
        QMutexLocker lock(&one);
        return prompt(tr("Type %1 of profile %2 (kept in memory for this run only, not shown): ")
                          .arg(core::SecretName::label(id), profile));
    }
};

TerminalAsker::TerminalAsker(Prompt prompt) : m_state(std::make_shared<State>())
{
    if (!prompt)
        prompt = [](const QString& text) -> std::optional<QString> {
            if (!SecretPrompt::stdinIsTerminal())
                return std::nullopt;
            return SecretPrompt::readHidden(text);
        };
    m_state->prompt = std::move(prompt);
}

core::SessionSecrets::Answer TerminalAsker::ask(const QString& profile,
                                                core::SecretName::Id id) const
{
    return ask(m_state, profile, id);
}

core::SessionSecrets::Answer TerminalAsker::ask(const std::shared_ptr<State>& state,
                                                const QString& profile, core::SecretName::Id id)
{
    const QCoreApplication* app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return QtFuture::makeReadyFuture(state->ask(profile, id));
    QPromise<std::optional<QString>> promise;
    core::SessionSecrets::Answer answer = promise.future();
    promise.start();
    // Detached: a thread blocked in a terminal read cannot be joined, and at exit it is ended
    // with the process.
    std::thread([state, promise = std::move(promise), profile, id]() mutable {
        promise.addResult(state->ask(profile, id));
        promise.finish();
    }).detach();
    return answer;
}

void TerminalAsker::install() const
{
    core::SessionSecrets::global().setAsyncAsker(
        [state = m_state](const QString& profile, core::SecretName::Id id) {
            return ask(state, profile, id);
        });
}

} // namespace artgen::cli
