#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace artgen::core {

// Reads the audit log back (AuditLog writes it): every line that is a JSON object with a time,
// filtered by a time range, profile, action and outcome, oldest first, from the rotated
// generations the log keeps and then the current file. A line that is not one
// (a crash mid-write, a hand edit) is counted, never fatal. Reads a file: not on the UI thread.
class AuditReader
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::AuditReader)

public:
    struct Entry
    {
        QDateTime time; // UTC
        QString user;
        QString profile;
        QString action;
        QString target;
        QString outcome;
        QJsonObject details;
        QJsonObject toJson() const;
    };

    struct Filter
    {
        QDateTime since; // invalid: no bound
        QDateTime until;
        QString profile; // empty: any
        QString action;
        QString outcome;
        bool matches(const Entry& entry) const;
    };

    struct Contents
    {
        QList<Entry> entries;
        int unreadableLines = 0;
    };

    // No file yet is an empty log, not an error.
    static Result<Contents> read(const QString& path, const Filter& filter = {});
    static std::optional<Entry> parseLine(const QByteArray& line);

private:
    static Status readFile(const QString& path, const Filter& filter, Contents& out);
};

} // namespace artgen::core
