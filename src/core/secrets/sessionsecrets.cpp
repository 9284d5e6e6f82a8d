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
    QFuture<void> loading;
    {
        QMutexLocker lock(&m_lock);
        loading = m_loading.value(profile);
    }
    const QCoreApplication* app = QCoreApplication::instance();
    if (!loading.isFinished() && app && QThread::currentThread() != app->thread())
        loading.waitForFinished();
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
    QMutexLocker lock(&m_lock);
    m_asker = std::move(asker);
}

std::optional<QString> SessionSecrets::ask(const QString& profile, SecretName::Id id)
{
    QMutexLocker one(&m_askLock);
    if (const auto known = get(profile, id)) // asked for by another thread meanwhile
        return known->value;
    Asker asker;
    {
        QMutexLocker lock(&m_lock);
        asker = m_asker;
    }
    if (!asker)
        return std::nullopt;
    const std::optional<QString> value = asker(profile, id);
    if (value && !value->isEmpty())
        put(profile, id, *value, Origin::Memory);
    return value;
}

void SessionSecrets::clear()
{
    QMutexLocker lock(&m_lock);
    m_entries.clear();
    m_expected.clear();
    m_loading.clear();
    m_problem.reset();
}

} // namespace artgen::core
