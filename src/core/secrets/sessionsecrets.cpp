#include "sessionsecrets.h"

#include "logging/secretredactor.h"

#include <QCoreApplication>
#include <QThread>

namespace artgen::core {

SessionSecrets& SessionSecrets::global()
{
    static SessionSecrets secrets;
    return secrets;
}

QString SessionSecrets::slot(const QString& profile, SecretName::Id id)
{
    return profile + u'\n' + SecretName::key(id);
}

void SessionSecrets::put(const QString& profile, SecretName::Id id, const QString& value,
                         Origin origin)
{
    SecretRedactor::global()->addSecret(value);
    QMutexLocker lock(&m_lock);
    m_entries.insert(slot(profile, id), Entry{value, origin});
}

std::optional<SessionSecrets::Entry> SessionSecrets::get(const QString& profile,
                                                         SecretName::Id id) const
{
    QMutexLocker lock(&m_lock);
    const auto it = m_entries.constFind(slot(profile, id));
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

void SessionSecrets::remove(const QString& profile, SecretName::Id id)
{
    QMutexLocker lock(&m_lock);
    m_entries.remove(slot(profile, id));
}

void SessionSecrets::setExpected(const QString& profile, SecretName::Id id, bool expected)
{
    QMutexLocker lock(&m_lock);
    if (expected)
        m_expected.insert(slot(profile, id), true);
    else
        m_expected.remove(slot(profile, id));
}

bool SessionSecrets::isExpected(const QString& profile, SecretName::Id id) const
{
    QMutexLocker lock(&m_lock);
    return m_expected.contains(slot(profile, id));
}

void SessionSecrets::setLoading(const QString& profile, const QFuture<void>& loading)
{
    QMutexLocker lock(&m_lock);
    m_loading.insert(profile, loading);
}

void SessionSecrets::waitForLoad(const QString& profile) const
{
    QFuture<void> pending = loading(profile);
    const QCoreApplication* app = QCoreApplication::instance();
    if (!pending.isFinished() && app && QThread::currentThread() != app->thread())
        pending.waitForFinished();
}

QFuture<void> SessionSecrets::loading(const QString& profile) const
{
    QMutexLocker lock(&m_lock);
    const auto it = m_loading.constFind(profile);
    return it != m_loading.cend() ? *it : QtFuture::makeReadyFuture();
}

bool SessionSecrets::noteKeychainProblem(const Error& problem)
{
    QMutexLocker lock(&m_lock);
    const bool first = !m_problem.has_value();
    if (first)
        m_problem = problem;
    return first;
}

std::optional<Error> SessionSecrets::keychainProblem() const
{
    QMutexLocker lock(&m_lock);
    return m_problem;
}

void SessionSecrets::setAsker(Asker asker)
{
    if (!asker)
        return setAsyncAsker({});
    setAsyncAsker([asker = std::move(asker)](const QString& profile, SecretName::Id id) {
        return QtFuture::makeReadyFuture(asker(profile, id));
    });
}

void SessionSecrets::setAsyncAsker(AsyncAsker asker)
{
    QMutexLocker lock(&m_lock);
    m_asker = std::move(asker);
}

SessionSecrets::Answer SessionSecrets::askLater(const QString& profile, SecretName::Id id)
{
    QMutexLocker one(&m_askLock);
    if (const auto known = get(profile, id)) // answered for another asker meanwhile
        return QtFuture::makeReadyFuture(std::optional<QString>(known->value));
    const QString key = slot(profile, id);
    AsyncAsker asker;
    {
        QMutexLocker lock(&m_lock);
        // A finished answer is never reused: it may be a "no" from an earlier question.
        if (const auto open = m_asking.constFind(key);
            open != m_asking.cend() && !open->isFinished())
            return *open;
        m_declined.remove(key);
        asker = m_asker;
    }
    if (!asker)
        return QtFuture::makeReadyFuture(std::optional<QString>());
    Answer answer = asker(profile, id).then([this, profile, id, key](Answer asked) {
        std::optional<QString> value;
        if (asked.resultCount() > 0)
            value = asked.result();
        if (value && !value->isEmpty())
            put(profile, id, *value, Origin::Memory);
        QMutexLocker lock(&m_lock);
        m_declined.insert(key, !value || value->isEmpty());
        return value;
    });
    QMutexLocker lock(&m_lock);
    m_asking.insert(key, answer);
    return answer;
}

std::optional<QString> SessionSecrets::ask(const QString& profile, SecretName::Id id)
{
    Answer answer = askLater(profile, id);
    const QCoreApplication* app = QCoreApplication::instance();
    if (!answer.isFinished() && app && QThread::currentThread() == app->thread())
        return std::nullopt;
    answer.waitForFinished();
    if (answer.isCanceled() || answer.resultCount() == 0)
        return std::nullopt;
    return answer.result();
}

bool SessionSecrets::takeDeclined(const QString& profile, SecretName::Id id)
{
    QMutexLocker lock(&m_lock);
    return m_declined.take(slot(profile, id));
}

void SessionSecrets::clear()
{
    QMutexLocker lock(&m_lock);
    m_entries.clear();
    m_expected.clear();
    m_loading.clear();
    m_asking.clear();
    m_declined.clear();
    m_problem.reset();
}

} // namespace artgen::core
