#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace artgen::core {

// The Celery workers as `celery inspect stats|active|reserved --json` describe them.
struct CelerySnapshot
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::CelerySnapshot)

public:
    struct Worker
    {
        QString name;        // "celery@<hostname>"
        int concurrency = 0; // the pool's max-concurrency
        int active = 0;      // tasks running now
        int reserved = 0;    // tasks prefetched, waiting for a pool process
        bool operator==(const Worker&) const = default;
    };

    QDateTime takenAt;
    QList<Worker> workers; // sorted by name

    int concurrency() const;
    int active() const;
    int reserved() const;

    // The three commands' stdout, each one JSON object keyed by worker name. Workers are the
    // ones `stats` names (active and reserved of a worker missing there are left out: it
    // answered late). Pure.
    static Result<CelerySnapshot> parse(const QByteArray& stats, const QByteArray& active,
                                        const QByteArray& reserved);
};

} // namespace artgen::core

Q_DECLARE_METATYPE(artgen::core::CelerySnapshot)
