#pragma once

#include <QReadWriteLock>
#include <QString>
#include <QStringList>
#include <memory>
#include <string>

namespace artgen::core {

// Masks every registered secret value (passwords, tokens) wherever it appears in a text. The log
// sinks pass every line through it, so a secret that reaches a log message by accident is still
// never written. Thread-safe: secrets are registered from worker threads while others log.
class SecretRedactor
{
public:
    static constexpr char16_t kMask[] = u"••••••";

    // The process's redactor, the one the log sinks use: secrets learnt anywhere (a password
    // read from .env by a backup job) are registered here.
    static std::shared_ptr<SecretRedactor> global();

    // Values shorter than 4 characters are ignored: masking them would mangle ordinary text and
    // they are no secret worth the name anyway.
    void addSecret(const QString& value);
    void removeSecret(const QString& value);
    int secretCount() const;

    QString redact(QString text) const;
    std::string redact(std::string text) const;

private:
    mutable QReadWriteLock m_lock;
    QStringList m_secrets; // longest first, so a secret containing another is masked whole
    std::vector<std::string> m_utf8; // same, as UTF-8 for spdlog's byte buffers
};

} // namespace artgen::core
