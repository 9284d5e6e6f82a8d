#include "secretredactor.h"

#include <algorithm>

namespace artgen::core {

std::shared_ptr<SecretRedactor> SecretRedactor::global()
{
    static const auto redactor = std::make_shared<SecretRedactor>();
    return redactor;
}

namespace {
constexpr qsizetype kMinSecretLength = 4;

void sortLongestFirst(QStringList& list)
{
    std::sort(list.begin(), list.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
}
} // namespace

void SecretRedactor::addSecret(const QString& value)
{
    if (value.size() < kMinSecretLength)
        return;
    QWriteLocker lock(&m_lock);
    if (m_secrets.contains(value))
        return;
    m_secrets << value;
    sortLongestFirst(m_secrets);
    m_utf8.clear();
    for (const QString& s : std::as_const(m_secrets))
        m_utf8.push_back(s.toStdString());
}

void SecretRedactor::removeSecret(const QString& value)
{
    QWriteLocker lock(&m_lock);
    m_secrets.removeAll(value);
    m_utf8.clear();
    for (const QString& s : std::as_const(m_secrets))
        m_utf8.push_back(s.toStdString());
}

int SecretRedactor::secretCount() const
{
    QReadLocker lock(&m_lock);
    return int(m_secrets.size());
}

QString SecretRedactor::redact(QString text) const
{
    QReadLocker lock(&m_lock);
    const QString mask = QString::fromUtf16(kMask);
    for (const QString& s : m_secrets)
        text.replace(s, mask);
    return text;
}

std::string SecretRedactor::redact(std::string text) const
{
    QReadLocker lock(&m_lock);
    static const std::string mask = QString::fromUtf16(kMask).toStdString();
    for (const std::string& s : m_utf8) {
        for (auto pos = text.find(s); pos != std::string::npos; pos = text.find(s, pos)) {
            text.replace(pos, s.size(), mask);
            pos += mask.size();
        }
    }
    return text;
}

} // namespace artgen::core
