#pragma once

#include <QCoreApplication>
#include <QString>

namespace artgen::core {

// Short, translated renderings of durations and sizes for tables ("3h 4m", "512 MiB").
class HumanFormat
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::HumanFormat)

public:
    static QString duration(qint64 seconds);
    static QString bytes(qint64 bytes);
};

} // namespace artgen::core
