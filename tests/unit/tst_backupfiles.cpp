// Backup files without a database: format recognition, the completeness rule, streaming
// compression round trips (and what a cut or damaged file looks like), manifests, the catalogue
// and retention. The integration test tst_backup does the same against the real PostgreSQL.
#include "backup/backupcatalog.h"
#include "backup/backupformats.h"
#include "backup/backupmanifest.h"
#include "backup/dumpreader.h"
#include "backup/dumpwriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;

namespace {

// Looks like pg_dump output, ends like pg_dump output; about `rows` lines of COPY data.
QByteArray fakeDump(int rows)
{
    QByteArray d =
        "--\n-- PostgreSQL database dump\n--\n\n\\restrict abc\nSET statement_timeout = 0;\n"
        "COPY public.images (id, prompt) FROM stdin;\n";
    for (int i = 0; i < rows; ++i)
        d += QByteArray::number(i) + "\tprompt number " + QByteArray::number(i * 7919 % 10007) +
             "\n";
    d += "\\.\n\n--\n-- PostgreSQL database dump complete\n--\n\n\\unrestrict abc\n\n";
    return d;
}

QByteArray readAll(DumpReader& r, QString* error = nullptr)
{
    QByteArray all;
    while (!r.atEnd()) {
        const auto chunk = r.read(64 * 1024);
        if (!chunk) {
            if (error)
                *error = chunk.error().message();
            return all;
        }
        all += *chunk;
    }
    return all;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestBackupFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatNames()
    {
        for (const QString& n : BackupFormats::names())
            QCOMPARE(BackupFormats::name(*BackupFormats::fromName(n)), n);
        QVERIFY(!BackupFormats::fromName(QStringLiteral("zip")));
        QCOMPARE(*BackupFormats::fromFileName(QStringLiteral("backup_20260101_000000.sql.gz")),
                 BackupFormat::PlainGzip);
        QCOMPARE(*BackupFormats::fromFileName(QStringLiteral("a.sql")), BackupFormat::Plain);
        QCOMPARE(*BackupFormats::fromFileName(QStringLiteral("a.sql.zst")),
                 BackupFormat::PlainZstd);
        QCOMPARE(*BackupFormats::fromFileName(QStringLiteral("a.dump")), BackupFormat::Custom);
    }

    void detectByContent()
    {
        QCOMPARE(*BackupFormats::detect("PGDMP\x01\x0e"), BackupFormat::Custom);
        QCOMPARE(*BackupFormats::detect("\x1f\x8b\x08\x00"), BackupFormat::PlainGzip);
        QCOMPARE(*BackupFormats::detect("\x28\xb5\x2f\xfd\x00"), BackupFormat::PlainZstd);
        QCOMPARE(*BackupFormats::detect("--\n-- PostgreSQL database dump\n"), BackupFormat::Plain);
        QCOMPARE(*BackupFormats::detect("\\restrict x\nSET a = 1;"), BackupFormat::Plain);
        QVERIFY(!BackupFormats::detect(QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)));
        QVERIFY(!BackupFormats::detect("hello world"));
        QVERIFY(!BackupFormats::detect({}));
    }

    void completenessRule()
    {
        const QByteArray dump = fakeDump(10);
        QVERIFY(BackupFormats::isCompletePlainTail(dump.right(BackupFormats::kTailBytes)));
        // Older pg_dump: no \unrestrict line.
        QVERIFY(BackupFormats::isCompletePlainTail("\\.\n\n--\n-- PostgreSQL database dump "
                                                   "complete\n--\n\n"));
        // Cut anywhere before the end of the closing comment: refused.
        const qsizetype closing = dump.lastIndexOf("-- PostgreSQL database dump complete");
        for (qsizetype cut = closing - 40; cut < closing + 30; ++cut)
            QVERIFY2(!BackupFormats::isCompletePlainTail(dump.first(cut).right(512)),
                     qPrintable(QString::number(cut)));
        // Something after the closing line that is not a comment or \unrestrict: refused.
        QVERIFY(!BackupFormats::isCompletePlainTail(dump + "DROP TABLE images;\n"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<BackupFormat>("format");
        QTest::newRow("plain") << BackupFormat::Plain;
        QTest::newRow("plain-gz") << BackupFormat::PlainGzip;
        QTest::newRow("plain-zst") << BackupFormat::PlainZstd;
        QTest::newRow("custom") << BackupFormat::Custom;
    }

    void roundTrip()
    {
        QFETCH(BackupFormat, format);
        QTemporaryDir dir;
        QByteArray dump = fakeDump(60000); // ~1.5 MB
        if (format == BackupFormat::Custom)
            dump.prepend("PGDMP"); // the reader recognises custom archives by their magic
        const QString path = dir.filePath(QStringLiteral("backup_20260101_000000") +
                                          BackupFormats::extension(format));
        DumpWriter w;
        QVERIFY(w.open(path, format));
        // Uneven chunks, as a socket delivers them.
        auto* rng = QRandomGenerator::global();
        for (qsizetype at = 0; at < dump.size();) {
            const qsizetype n = qMin<qsizetype>(rng->bounded(1, 70000), dump.size() - at);
            QVERIFY(w.write(QByteArrayView(dump).sliced(at, n)));
            at += n;
        }
        QVERIFY(w.finish());
        QVERIFY(QFile::exists(w.partPath()));
        QVERIFY(!QFile::exists(path)); // not before commit
        QVERIFY(w.commit());
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(w.partPath()));
        QCOMPARE(w.rawBytes(), dump.size());
        const QByteArray onDisk = fileBytes(path);
        QCOMPARE(w.fileBytes(), onDisk.size());
        QCOMPARE(w.sha256Hex(),
                 QCryptographicHash::hash(onDisk, QCryptographicHash::Sha256).toHex());
        if (format == BackupFormat::PlainGzip || format == BackupFormat::PlainZstd)
            QVERIFY2(onDisk.size() < dump.size() / 3, "compressed");

        DumpReader r;
        QVERIFY(r.open(path));
        QCOMPARE(r.format(), format);
        QString error;
        QCOMPARE(readAll(r, &error), dump);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.sha256Hex(), w.sha256Hex());
        if (format != BackupFormat::Custom)
            QVERIFY(BackupFormats::isCompletePlainTail(r.rawTail()));
    }

    void cutOrDamagedCompressedFilesAreErrors_data()
    {
        QTest::addColumn<BackupFormat>("format");
        QTest::addColumn<bool>("cut"); // else: one byte flipped in the middle
        QTest::newRow("gz cut") << BackupFormat::PlainGzip << true;
        QTest::newRow("zst cut") << BackupFormat::PlainZstd << true;
        QTest::newRow("gz flipped") << BackupFormat::PlainGzip << false;
        QTest::newRow("zst flipped") << BackupFormat::PlainZstd << false;
    }

    void cutOrDamagedCompressedFilesAreErrors()
    {
        QFETCH(BackupFormat, format);
        QFETCH(bool, cut);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b") + BackupFormats::extension(format));
        {
            DumpWriter w;
            QVERIFY(w.open(path, format));
            QVERIFY(w.write(fakeDump(50000)));
            QVERIFY(w.finish());
            QVERIFY(w.commit());
        }
        QByteArray bytes = fileBytes(path);
        if (cut)
            bytes.truncate(bytes.size() / 2);
        else
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x55);
        writeFile(path, bytes);
        DumpReader r;
        QVERIFY(r.open(path));
        QString error;
        readAll(r, &error);
        QVERIFY2(!error.isEmpty(), "a damaged compressed backup must not read as complete");
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    }

    void foreignAndEmptyFilesAreRefused()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("x.sql"));
        writeFile(png, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        DumpReader r;
        const auto s = r.open(png);
        QVERIFY(!s);
        QVERIFY(s.error().what().contains(QStringLiteral("not a PostgreSQL backup")));
        const QString empty = dir.filePath(QStringLiteral("e.sql"));
        writeFile(empty, {});
        DumpReader r2;
        QVERIFY(!r2.open(empty));
        DumpReader r3;
        const auto missing = r3.open(dir.filePath(QStringLiteral("nope.sql")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
    }

    void writerDiscardsUncommittedFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.sql"));
        {
            DumpWriter w;
            QVERIFY(w.open(path, BackupFormat::Plain));
            QVERIFY(w.write("partial"));
            QVERIFY(QFile::exists(w.partPath()));
        } // destroyed without commit: a failed backup leaves nothing
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        QVERIFY(!QFile::exists(path));
    }

    void diskFullIsNamed()
    {
        // /dev/full answers every write with ENOSPC: a real full disk, without filling one.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.sql"));
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), path + QStringLiteral(".part")));
        DumpWriter w;
        QVERIFY(w.open(path, BackupFormat::Plain));
        Status s = w.write(QByteArray(1 << 20, 'x'));
        if (s)
            s = w.finish(); // QFile buffers: the error may surface at flush
        QVERIFY(!s);
        QVERIFY2(s.error().todo().contains(QStringLiteral("disk is full")),
                 qPrintable(s.error().message()));
        w.discard();
        QVERIFY(!QFile::exists(path));
    }

    void manifestRoundTrip()
    {
        QTemporaryDir dir;
        BackupManifest m;
        m.fileName = QStringLiteral("backup_20260101_000000.sql.zst");
        m.database = QStringLiteral("art_generation");
        m.format = BackupFormat::PlainZstd;
        m.sizeBytes = 12345678901;
        m.sha256 = QByteArray(64, 'a');
        m.startedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0, 1, 500), Qt::UTC);
        m.tableRows = {{QStringLiteral("public.images"), 5000000000LL},
                       {QStringLiteral("public.characters"), 0}};
        const QString path = dir.filePath(QStringLiteral("m.json"));
        QVERIFY(m.save(path));
        const auto back = BackupManifest::load(path);
        QVERIFY(back);
        QCOMPARE(back->sizeBytes, m.sizeBytes);
        QCOMPARE(back->tableRows, m.tableRows);
        QCOMPARE(back->startedAt, m.startedAt);
        QCOMPARE(back->format, m.format);
        writeFile(path, "{\"manifestVersion\":1,\"format\":\"plain\"}");
        QVERIFY(!BackupManifest::load(path)); // no checksum: not a manifest we trust
        writeFile(path, "{not json");
        QVERIFY(!BackupManifest::load(path));
    }

    void catalogueStatesAndOrder()
    {
        QTemporaryDir dir;
        auto make = [&](const QString& name, const QByteArray& content, bool manifest,
                        qint64 manifestSize = -1) {
            writeFile(dir.filePath(name), content);
            if (!manifest)
                return;
            BackupManifest m;
            m.fileName = name;
            m.sha256 = QByteArray(64, 'b');
            m.sizeBytes = manifestSize >= 0 ? manifestSize : content.size();
            QVERIFY(m.save(BackupManifest::pathFor(dir.filePath(name))));
        };
        make(QStringLiteral("backup_20260103_120000.sql"), "abc", true);
        make(QStringLiteral("backup_20260101_120000.sql.gz"), "abcdef", true, 999); // cut later
        make(QStringLiteral("backup_20260102_120000.dump"), "x", false);
        make(QStringLiteral("notes.txt"), "not a backup", false);
        make(QStringLiteral("backup_20260104_120000.sql.part"), "in progress", false);
        const auto entries = BackupCatalog(dir.path()).list();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].fileName, QStringLiteral("backup_20260103_120000.sql"));
        QCOMPARE(entries[0].state, BackupCatalog::State::Verified);
        QCOMPARE(entries[1].fileName, QStringLiteral("backup_20260102_120000.dump"));
        QCOMPARE(entries[1].state, BackupCatalog::State::Unverified);
        QCOMPARE(entries[2].state, BackupCatalog::State::Damaged);
        QCOMPARE(entries[2].format, BackupFormat::PlainGzip);
    }

    void retention()
    {
        QTemporaryDir dir;
        const QDateTime now(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);
        QStringList paths;
        for (int day = 1; day <= 9; ++day) {
            const QString name =
                QStringLiteral("backup_202601%1_120000.sql").arg(day, 2, 10, QLatin1Char('0'));
            writeFile(dir.filePath(name), "x");
            BackupManifest m;
            m.fileName = name;
            m.sha256 = QByteArray(64, 'c');
            m.sizeBytes = 1;
            m.startedAt = QDateTime(QDate(2026, 1, day), QTime(12, 0), Qt::UTC);
            QVERIFY(m.save(BackupManifest::pathFor(dir.filePath(name))));
            paths << dir.filePath(name);
        }
        const BackupCatalog catalog(dir.path());
        // Nothing configured: nothing goes.
        QCOMPARE(catalog.applyRetention(0, 0, {}, now)->size(), 0);
        // Newest 5 or younger than 3 days: days 5..9 stay (the age rule keeps 7..9 anyway);
        // the protected day 1 stays too.
        const auto removed = catalog.applyRetention(5, 3, {paths[0]}, now);
        QVERIFY(removed);
        QCOMPARE(removed->size(), 3); // days 2, 3, 4
        for (const QString& p : *removed) {
            QVERIFY(!QFile::exists(p));
            QVERIFY(!QFile::exists(BackupManifest::pathFor(p)));
        }
        QCOMPARE(catalog.list().size(), 6);
        // Age only: younger than 3 days keeps days 9 and 8 (day 7 is exactly 3 days old).
        const auto byAge = catalog.applyRetention(0, 3, {}, now);
        QVERIFY(byAge);
        QCOMPARE(catalog.list().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBackupFiles)
#include "tst_backupfiles.moc"
