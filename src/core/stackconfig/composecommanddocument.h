#pragma once

#include "configerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>
#include <tl/expected.hpp>

namespace artgen::core {

// Docker_all/docker-compose.yml as a document: the file's own bytes, and the exact spans of the
// backend's gunicorn and the worker's Celery options inside their `command`, found by a scanner
// of the YAML block structure that knows every shape a command takes there: a plain or quoted
// string (one or several lines), a folded or literal block scalar, a flow or block list,
// `--opt=N` and `--opt N`, an alias of an anchored value and a merge key (`<<: *base`).
// Keys: gunicorn.workers, gunicorn.worker_class, celery.concurrency.
class ComposeCommandDocument
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ComposeCommandDocument)

public:
    static tl::expected<ComposeCommandDocument, ConfigError> parse(const QString& name,
                                                                   const QByteArray& bytes);
    static const QStringList& keys();

    const QString& name() const { return m_name; }
    const QByteArray& bytes() const { return m_bytes; }
    std::optional<QString> value(const QString& key) const;
    // The 1-based line of the key's value, and the service whose command holds it.
    int line(const QString& key) const;
    QString service(const QString& key) const;
    tl::expected<ComposeCommandDocument, ConfigError> withValue(const QString& key,
                                                                const QString& value) const;

private:
    struct Word
    {
        QByteArray text;
        qsizetype begin = 0;
        qsizetype end = 0;
        int line = 0;
    };
    struct Line
    {
        qsizetype begin = 0;
        qsizetype end = 0; // before "\r\n" or "\n"
        int indent = 0;
        bool blank = true; // empty or only a comment
    };
    struct Command
    {
        QString service;
        QList<Word> words;
    };
    struct Found
    {
        const Command* command = nullptr;
        Word value;
    };

    tl::expected<void, ConfigError> scan();
    int keyLine(int from, int to, int indent, const QByteArray& key) const;
    int blockEnd(int line, int indent) const;
    QByteArray keyOf(int line) const;
    qsizetype afterColon(int line) const;
    tl::expected<QList<Word>, ConfigError> node(int line, qsizetype pos, int parentIndent,
                                                int depth) const;
    tl::expected<QList<Word>, ConfigError> serviceCommand(int line, int depth) const;
    tl::expected<QList<Word>, ConfigError> flowList(int line, qsizetype pos) const;
    QList<Word> blockLines(int from, int parentIndent, bool sequence) const;
    QList<Word> words(qsizetype begin, qsizetype end) const;
    int lineOf(qsizetype pos) const;
    std::optional<std::pair<int, qsizetype>> anchor(const QByteArray& name) const;
    std::optional<Found> find(const QString& key) const;

    QString m_name;
    QByteArray m_bytes;
    QList<Line> m_lines;
    QList<Command> m_commands;
};

} // namespace artgen::core
