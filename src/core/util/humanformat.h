#pragma once

#include <QCoreApplication>
#include <QString>

namespace artgen::core {

// Short, translated renderings of durations, sizes and speeds ("3h 4m", "512.0 MiB",
// "12.5 MiB/s"): the one formatter of the panel and artgenctl. Sizes are IEC (powers of 1024,
// KiB/MiB/GiB/TiB, Russian КиБ/МиБ/ГиБ/ТиБ), with the number in the default locale.
class HumanFormat
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::HumanFormat)

public:
    static QString duration(qint64 seconds);
    static QString bytes(qint64 bytes);
    static QString rate(double bytesPerSecond);
    // A translated plural (tr("%n table(s)", nullptr, n)) with its figure grouped as the locale
    // groups thousands ("2 501 022 строки", "2,501,022 rows"): what %Ln gives, for the plurals
    // whose %n source both languages' translations already key on. The figure must be the
    // text's only number.
    static QString groupedCount(QString translated, qint64 n);
};

} // namespace artgen::core
