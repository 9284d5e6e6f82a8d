#include "configdraft.h"

#include "stackconfig/configkey.h"

namespace artgen::gui {

using core::ConfigKey;

ConfigDraft::ConfigDraft(QObject* parent) : QObject(parent) {}

void ConfigDraft::setDocuments(const core::ConfigDocuments& documents)
{
    m_loaded = documents;
    // An edit the new files already hold is no longer one.
    for (auto it = m_edits.begin(); it != m_edits.end();)
        it = sameAsFile(it.key(), it->text) && !it->all ? m_edits.erase(it) : std::next(it);
    recompute();
}

void ConfigDraft::clearDocuments()
{
    m_loaded.reset();
    m_edits.clear();
    recompute();
}

const core::ConfigDocuments& ConfigDraft::loaded() const
{
    static const core::ConfigDocuments none;
    return m_loaded ? *m_loaded : none;
}

bool ConfigDraft::sameAsFile(const QString& key, const QString& text) const
{
    const ConfigKey* k = ConfigKey::find(key);
    const auto current = m_loaded ? m_loaded->value(key) : std::nullopt;
    if (!k)
        return false;
    const auto typed = k->normalized(text);
    // No rate limit in the file is what "off" asks for.
    if (!current)
        return m_loaded && k->type() == ConfigKey::Type::Rate && typed && *typed == u"off";
    const auto now = k->normalized(*current);
    if (!typed || !now)
        return false;
    if (*typed == *now)
        return true;
    // 5 and 5.0 seconds are the same value.
    const auto a = k->number(*typed);
    const auto b = k->number(*now);
    return k->type() == ConfigKey::Type::Decimal && a && b && *a == *b;
}

void ConfigDraft::setEdit(const QString& key, const QString& text, bool allOccurrences)
{
    if (!ConfigKey::find(key))
        return;
    if (sameAsFile(key, text) && !allOccurrences)
        m_edits.remove(key);
    else
        m_edits.insert(key, {text, allOccurrences});
    recompute();
}

void ConfigDraft::clearEdit(const QString& key)
{
    if (m_edits.remove(key))
        recompute();
}

void ConfigDraft::clearEdits()
{
    m_edits.clear();
    recompute();
}

void ConfigDraft::apply(const core::ConfigChange& change)
{
    for (const auto& e : change.edits()) {
        if (sameAsFile(e.key, e.value) && !e.allOccurrences)
            m_edits.remove(e.key);
        else
            m_edits.insert(e.key, {e.value, e.allOccurrences});
    }
    recompute();
}

QString ConfigDraft::text(const QString& key) const
{
    if (const auto it = m_edits.constFind(key); it != m_edits.cend())
        return it->text;
    return m_loaded ? m_loaded->value(key).value_or(QString()) : QString();
}

bool ConfigDraft::allOccurrences(const QString& key) const
{
    return m_edits.value(key).all;
}

QString ConfigDraft::problem(const QString& key) const
{
    const auto it = m_edits.constFind(key);
    const ConfigKey* k = ConfigKey::find(key);
    if (it == m_edits.cend() || !k)
        return {};
    const auto normalized = k->normalized(it->text);
    return normalized ? QString() : normalized.error();
}

bool ConfigDraft::isValid() const
{
    return m_edited.has_value();
}

core::ConfigChange ConfigDraft::change() const
{
    core::ConfigChange out;
    for (const ConfigKey& k : ConfigKey::all()) {
        const auto it = m_edits.constFind(k.id());
        if (it == m_edits.cend())
            continue;
        const auto normalized = k.normalized(it->text);
        out.set(k.id(), normalized ? *normalized : it->text, it->all);
    }
    return out;
}

QStringList ConfigDraft::changedFiles() const
{
    if (!m_loaded || !m_edited)
        return {};
    QStringList files = core::ConfigChange::changedFiles(*m_loaded, *m_edited);
    files.sort();
    return files;
}

void ConfigDraft::recompute()
{
    m_changeProblem.clear();
    m_edited.reset();
    if (m_loaded) {
        bool refused = false;
        for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
            refused = refused || !problem(it.key()).isEmpty();
        if (!refused) {
            const auto next = change().applyTo(*m_loaded);
            if (next)
                m_edited = *next;
            else
                m_changeProblem = next.error().what() + u' ' + next.error().why();
        }
    }
    Q_EMIT changed();
}

} // namespace artgen::gui
