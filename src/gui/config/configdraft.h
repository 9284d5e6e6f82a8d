#pragma once

#include "stackconfig/configchange.h"
#include "stackconfig/configdocuments.h"

#include <QHash>
#include <QObject>
#include <optional>

namespace artgen::gui {

// The Configuration page's unsaved edits on top of the documents read from the stack folder: the
// value typed for each key (kept as typed, so a refused value stays in its field), whether an
// nginx key changes every block that holds it, and what the edits make of the files. An edit
// equal to the file's value is no edit. Kept by the page, so the edits survive switching pages;
// new documents from disk keep the edits and apply them again. No widgets, no I/O.
class ConfigDraft : public QObject
{
    Q_OBJECT

public:
    explicit ConfigDraft(QObject* parent = nullptr);

    // The documents as the files are now; the edits stay and apply to them.
    void setDocuments(const core::ConfigDocuments& documents);
    // No documents (no profile, or the files could not be read); the edits are dropped.
    void clearDocuments();
    bool hasDocuments() const { return m_loaded.has_value(); }
    const core::ConfigDocuments& loaded() const;

    // `text` as typed; an edit equal to the current value (and for one block only) is dropped.
    void setEdit(const QString& key, const QString& text, bool allOccurrences = false);
    void clearEdit(const QString& key);
    void clearEdits();
    // Every edit of `change` replaces the one typed for its key (a preset).
    void apply(const core::ConfigChange& change);

    bool isDirty() const { return !m_edits.isEmpty(); }
    bool hasEdit(const QString& key) const { return m_edits.contains(key); }
    // The typed text for `key`, or its current value (empty when the file has none).
    QString text(const QString& key) const;
    bool allOccurrences(const QString& key) const;
    // Why `key`'s typed value is refused (empty when it is allowed): out of range, unreadable.
    QString problem(const QString& key) const;
    // Why the edits as a whole cannot be made (a setting that cannot be found, say), with the
    // file and the line; empty when they can.
    QString changeProblem() const { return m_changeProblem; }
    bool isValid() const;

    // The edits as values the documents take, in the keys' order (the rate before the burst).
    core::ConfigChange change() const;
    // The documents with every edit made; nothing while an edit is refused.
    const std::optional<core::ConfigDocuments>& edited() const { return m_edited; }
    // The files (relative paths) the edits change.
    QStringList changedFiles() const;

Q_SIGNALS:
    // The edits or the documents changed.
    void changed();

private:
    struct Edit
    {
        QString text;
        bool all = false;
    };
    bool sameAsFile(const QString& key, const QString& text) const;
    void recompute();

    std::optional<core::ConfigDocuments> m_loaded;
    QHash<QString, Edit> m_edits;
    std::optional<core::ConfigDocuments> m_edited;
    QString m_changeProblem;
};

} // namespace artgen::gui
