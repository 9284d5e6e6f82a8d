#pragma once

#include "secrets/sessionsecrets.h"

#include <QCoreApplication>
#include <functional>
#include <memory>
#include <optional>

namespace artgen::cli {

// SessionSecrets' asker in artgenctl: a secret the keychain should hold but cannot give is typed
// at a prompt on the terminal, one prompt at a time. A question from the command's own thread is
// answered in place: the command waits for the typed line. One from any other thread is
// answered on a prompt thread of its own and the unfinished answer returned at once, because the
// asking thread may be shared: `watch` runs the PostgreSQL and Redis monitors and the API probe
// on one thread, and a prompt open there stopped all three until the user typed.
class TerminalAsker
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::TerminalAsker)

public:
    // Shows `text` and reads a line with echo off; std::nullopt when there is no terminal or
    // input ended.
    using Prompt = std::function<std::optional<QString>(const QString& text)>;

    // `prompt`: SecretPrompt on the terminal when not given (a test hands in its own).
    explicit TerminalAsker(Prompt prompt = {});

    core::SessionSecrets::Answer ask(const QString& profile, core::SecretName::Id id) const;
    // Makes ask() SessionSecrets::global()'s asker. The prompt threads share the asker's state,
    // so a prompt still open when the asker is gone (artgenctl exiting) reads into nothing.
    void install() const;

private:
    struct State;
    static core::SessionSecrets::Answer ask(const std::shared_ptr<State>& state,
                                            const QString& profile, core::SecretName::Id id);

    std::shared_ptr<State> m_state;
};

} // namespace artgen::cli
