// Backup files without a database: format recognition, the completeness rule, streaming
// compression round trips (and what a cut or damaged file looks like), manifests, the catalogue
// and retention. The integration test tst_backup does the same against the real PostgreSQL.
#include "backup/backupcatalog.h"
#include "backup/backupformats.h"
#include "backup/backupjob.h"
#include "backup/backupmanifest.h"
#include "backup/dumpreader.h"
#include "backup/dumpwriter.h"
#include "backup/legacybackupfolders.h"
#include "backup/restorejob.h"
#include "logging/auditlog.h"
#include "settings/profile.h"
#include "settings/settingsstore.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

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

// Backups profile "prod" wrote on 1…days January 2026 at noon, one byte each, with manifests;
// none when a manifest cannot be written.
QStringList writeOwnedBackups(const QString& folder, int days)
{
    QStringList paths;
    for (int day = 1; day <= days; ++day) {
        const QString name =
            QStringLiteral("backup_202601%1_120000.sql").arg(day, 2, 10, QLatin1Char('0'));
        paths << QDir(folder).filePath(name);
        writeFile(paths.last(), "x");
        BackupManifest m;
        m.fileName = name;
        m.profile = QStringLiteral("prod");
        m.sha256 = QByteArray(64, 'c');
        m.sizeBytes = 1;
        m.startedAt = QDateTime(QDate(2026, 1, day), QTime(12, 0), Qt::UTC);
        if (!m.save(BackupManifest::pathFor(paths.last())))
            return {};
    }
    return paths;
}

// The audit log's lines as objects.
QList<QJsonObject> auditLines(const QString& path)
{
    QList<QJsonObject> lines;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray& line : f.readAll().split('\n'))
            if (!line.isEmpty())
                lines << QJsonDocument::fromJson(line).object();
    return lines;
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

    // Case 3: twelve backups this tool wrote for "prod" share the folder with a backup an admin
    // made by hand (no manifest), one of another profile, one whose manifest names another
    // file, and one cut after its manifest was written. Retention with keep-last 5 deletes the
    // seven oldest of prod's own, and nothing else — the others do not even count toward the 5,
    // though they are newer.
    void case3_retentionKeepsForeignFiles()
    {
        QTemporaryDir dir;
        const QDateTime now(QDate(2020, 2, 1), QTime(12, 0), Qt::UTC);
        auto write = [&](const QString& name, const QByteArray& content) {
            writeFile(dir.filePath(name), content);
            return dir.filePath(name);
        };
        auto manifest = [&](const QString& forFile, const QString& fileName, const QString& profile,
                            qint64 size, const QDateTime& at) {
            BackupManifest m;
            m.fileName = fileName;
            m.profile = profile;
            m.sha256 = QByteArray(64, 'd');
            m.sizeBytes = size;
            m.startedAt = at;
            QVERIFY(m.save(BackupManifest::pathFor(forFile)));
        };
        QStringList own;
        for (int day = 1; day <= 12; ++day) {
            const QString name =
                QStringLiteral("backup_202001%1_120000.sql").arg(day, 2, 10, QLatin1Char('0'));
            own << write(name, "own");
            manifest(own.last(), name, QStringLiteral("prod"), 3,
                     QDateTime(QDate(2020, 1, day), QTime(12, 0), Qt::UTC));
        }
        QStringList foreign;
        foreign << write(QStringLiteral("backup_20190101_000000.sql.gz"), "by hand");
        foreign << write(QStringLiteral("backup_20200120_120000.sql"), "test's");
        manifest(foreign.last(), QStringLiteral("backup_20200120_120000.sql"),
                 QStringLiteral("test"), 6, QDateTime(QDate(2020, 1, 20), QTime(12, 0), Qt::UTC));
        foreign << write(QStringLiteral("backup_20200121_120000.sql"), "renamed");
        manifest(foreign.last(), QStringLiteral("backup_20200101_120000.sql"),
                 QStringLiteral("prod"), 7, QDateTime(QDate(2020, 1, 21), QTime(12, 0), Qt::UTC));
        foreign << write(QStringLiteral("backup_20200122_120000.sql"), "cut");
        manifest(foreign.last(), QStringLiteral("backup_20200122_120000.sql"),
                 QStringLiteral("prod"), 999, QDateTime(QDate(2020, 1, 22), QTime(12, 0), Qt::UTC));
        const QByteArray handMade = fileBytes(foreign.first());

        const BackupCatalog catalog(dir.path());
        const auto removed = catalog.applyRetention(QStringLiteral("prod"), 5, 0, {}, now);
        QVERIFY(removed);
        QStringList expected = own.mid(0, 7); // 1..7 of January
        QStringList got = *removed;
        got.sort();
        QCOMPARE(got, expected);
        for (const QString& p : own.mid(7))
            QVERIFY2(QFile::exists(p), qPrintable(p));
        for (const QString& p : foreign) {
            QVERIFY2(QFile::exists(p), qPrintable(p));
            if (p != foreign.first())
                QVERIFY(QFile::exists(BackupManifest::pathFor(p)));
        }
        QCOMPARE(fileBytes(foreign.first()), handMade);
        // Retention for another profile touches only that profile's proven backups: here none
        // beyond the newest one it keeps.
        const auto forTest = catalog.applyRetention(QStringLiteral("test"), 1, 0, {}, now);
        QVERIFY(forTest);
        QVERIFY(forTest->isEmpty());
        // A protected path given relative to the current folder still protects.
        const auto keepNone = catalog.applyRetention(
            QStringLiteral("prod"), 0, 1, {QDir::current().relativeFilePath(own.last())}, now);
        QVERIFY(keepNone);
        QCOMPARE(keepNone->size(), 4); // days 8..11; day 12 protected
        QVERIFY(QFile::exists(own.last()));
        for (const QString& p : foreign)
            QVERIFY2(QFile::exists(p), qPrintable(p));
    }

    // Case 12: a folder, a named pipe, a socket and a device are refused by type, before open().
    // The test holds the pipe open for writing, with more in it than QFile's first read asks for,
    // so a reader that did open it would not wait: it would misread the pipe (and this test would
    // fail) instead of hanging.
    void case12_dumpReaderRefusesWhatIsNotAFile()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("backup_20260101_000000.sql"));
        QVERIFY(QDir().mkpath(folder));
        DumpReader r1;
        const auto s1 = r1.open(folder);
        QVERIFY(!s1);
        QCOMPARE(s1.error().code(), Error::Code::InvalidInput);
        QVERIFY2(s1.error().what().contains(QStringLiteral("is a folder, not a backup file")),
                 qPrintable(s1.error().message()));

        const QString fifo = dir.filePath(QStringLiteral("pipe.sql"));
        const int writer = testfiles::makeFilledFifo(fifo);
        QVERIFY(writer >= 0);
        QElapsedTimer clock;
        clock.start();
        DumpReader r2;
        const auto s2 = r2.open(fifo);
        ::close(writer);
        QVERIFY(!s2);
        QVERIFY2(s2.error().what().contains(QStringLiteral("is a named pipe, not a backup file")),
                 qPrintable(s2.error().message()));
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(DumpReader::checkIsRegularFile(fifo).error().what().contains(
            QStringLiteral("named pipe")));

        const QString sock = dir.filePath(QStringLiteral("s.sql"));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray sockPath = QFile::encodeName(sock);
        if (sockPath.size() < qsizetype(sizeof addr.sun_path)) {
            qstrncpy(addr.sun_path, sockPath.constData(), sizeof addr.sun_path);
            QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
            DumpReader r3;
            const auto s3 = r3.open(sock);
            QVERIFY(!s3);
            QVERIFY2(s3.error().what().contains(QStringLiteral("is a socket")),
                     qPrintable(s3.error().message()));
        }
        ::close(fd);

        DumpReader r4;
        const auto s4 = r4.open(QStringLiteral("/dev/null"));
        QVERIFY(!s4);
        QVERIFY2(s4.error().what().contains(QStringLiteral("is a device")),
                 qPrintable(s4.error().message()));
    }

    // A valid gzip or zstd stream of something that is not SQL is named as such, not as "cut
    // off" (the completeness check would otherwise be the first to notice).
    void compressedNonSqlIsNotABackup_data()
    {
        QTest::addColumn<BackupFormat>("format");
        QTest::addColumn<QByteArray>("content");
        const QByteArray random = testfiles::randomBytes(200000, 12345);
        QTest::newRow("gz random") << BackupFormat::PlainGzip << random;
        QTest::newRow("zst random") << BackupFormat::PlainZstd << random;
        QTest::newRow("gz text") << BackupFormat::PlainGzip << QByteArray("hello world\n");
        QTest::newRow("gz empty") << BackupFormat::PlainGzip << QByteArray();
    }

    void compressedNonSqlIsNotABackup()
    {
        QFETCH(BackupFormat, format);
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b") + BackupFormats::extension(format));
        {
            DumpWriter w;
            QVERIFY(w.open(path, format));
            if (!content.isEmpty())
                QVERIFY(w.write(content));
            QVERIFY(w.finish());
            QVERIFY(w.commit());
        }
        DumpReader r;
        QVERIFY(r.open(path));
        QString error;
        readAll(r, &error);
        QVERIFY2(error.contains(QStringLiteral("is not a PostgreSQL backup")), qPrintable(error));
        QVERIFY2(error.contains(format == BackupFormat::PlainZstd ? QStringLiteral("valid zstd")
                                                                  : QStringLiteral("valid gzip")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("cut")), qPrintable(error));
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

    // Case 4, for folders made by earlier versions: a profile's old folder moves to its new
    // name when it was the only one using it; a folder two profiles shared stays, reported.
    void case4_legacyFoldersMoveWhenUnambiguous()
    {
        QTemporaryDir data;
        const QByteArray oldData = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", data.path().toUtf8());
        auto restore = qScopeGuard([&] { qputenv("XDG_DATA_HOME", oldData); });
        const QString base = data.path() + QStringLiteral("/artgen/backups/");
        const auto profile = [](const QString& name) {
            Profile p;
            p.name = name;
            p.stackDir = QStringLiteral("/nonexistent");
            return p;
        };
        const QList<Profile> profiles{
            profile(QStringLiteral("Demo stack")), profile(QStringLiteral("Прод")),
            profile(QStringLiteral("Тест")), profile(QStringLiteral("demo"))};
        for (const QString& legacy :
             {QStringLiteral("Demo_stack"), QStringLiteral("_"), QStringLiteral("demo")}) {
            QVERIFY(QDir().mkpath(base + legacy));
            QFile f(base + legacy + QStringLiteral("/backup_20260101_000000.sql"));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QCOMPARE(LegacyBackupFolders::legacyNameFor(QStringLiteral("Прод")), QStringLiteral("_"));
        const QStringList messages = LegacyBackupFolders::migrate(profiles);
        const QString moved = profiles[0].backupFolder();
        QVERIFY(moved.endsWith(Profile::folderNameFor(QStringLiteral("Demo stack"))));
        QVERIFY(QFileInfo::exists(moved + QStringLiteral("/backup_20260101_000000.sql")));
        QVERIFY(!QFileInfo::exists(base + QStringLiteral("Demo_stack")));
        // Shared by Прод and Тест: nothing moves, both are named in the report.
        QVERIFY(QFileInfo::exists(base + QStringLiteral("_/backup_20260101_000000.sql")));
        QVERIFY(!QFileInfo::exists(profiles[1].backupFolder()));
        QVERIFY(!QFileInfo::exists(profiles[2].backupFolder()));
        QCOMPARE(messages.size(), 3); // one move, two reports of the shared folder
        QVERIFY(messages.join(u'\n').contains(QStringLiteral("Прод, Тест")));
        // A name the old rule left alone keeps its folder.
        QCOMPARE(profiles[3].backupFolder(), base + QStringLiteral("demo"));
        QVERIFY(QFileInfo::exists(base + QStringLiteral("demo/backup_20260101_000000.sql")));
        // Running again changes nothing.
        QCOMPARE(LegacyBackupFolders::migrate(profiles).size(), 2);
        // What the panel and artgenctl call: once per settings file, then nothing at all.
        SettingsStore settings(data.filePath(QStringLiteral("once.conf")));
        settings.setProfiles(profiles);
        QCOMPARE(LegacyBackupFolders::migrateOnce(settings).size(), 2); // the shared folder
        QCOMPARE(LegacyBackupFolders::migrateOnce(settings), QStringList());
        QCOMPARE(SettingsStore(data.filePath(QStringLiteral("once.conf")))
                     .value(SettingKeys::legacyBackupFoldersMigrated),
                 true);
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
        QCOMPARE(entries[0].state, BackupCatalog::State::SizeMatches);
        QCOMPARE(entries[1].fileName, QStringLiteral("backup_20260102_120000.dump"));
        QCOMPARE(entries[1].state, BackupCatalog::State::Unverified);
        QCOMPARE(entries[2].state, BackupCatalog::State::Damaged);
        QCOMPARE(entries[2].format, BackupFormat::PlainGzip);
    }

    void retention()
    {
        QTemporaryDir dir;
        const QDateTime now(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);
        const QStringList paths = writeOwnedBackups(dir.path(), 9);
        QCOMPARE(paths.size(), 9);
        const BackupCatalog catalog(dir.path());
        // Nothing configured: nothing goes.
        QCOMPARE(catalog.applyRetention(QStringLiteral("prod"), 0, 0, {}, now)->size(), 0);
        // Newest 5 or younger than 3 days: days 5..9 stay (the age rule keeps 7..9 anyway);
        // the protected day 1 stays too.
        const auto removed = catalog.applyRetention(QStringLiteral("prod"), 5, 3, {paths[0]}, now);
        QVERIFY(removed);
        QCOMPARE(removed->size(), 3); // days 2, 3, 4
        for (const QString& p : *removed) {
            QVERIFY(!QFile::exists(p));
            QVERIFY(!QFile::exists(BackupManifest::pathFor(p)));
        }
        QCOMPARE(catalog.list().size(), 6);
        // Age only: younger than 3 days keeps days 9 and 8 (day 7 is exactly 3 days old).
        const auto byAge = catalog.applyRetention(QStringLiteral("prod"), 0, 3, {}, now);
        QVERIFY(byAge);
        QCOMPARE(catalog.list().size(), 2);
    }

    // Every deletion — asked for, or by retention — is written to the audit log by the
    // catalogue itself, so the panel and artgenctl cannot forget it; so is a failed one.
    void deletionsAreAudited()
    {
        QTemporaryDir dir;
        const QString auditPath = dir.filePath(QStringLiteral("audit.jsonl"));
        AuditLog::setPath(auditPath);
        auto cleanup = qScopeGuard([] { AuditLog::setPath({}); });
        const QString folder = dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(folder));
        const QStringList paths = writeOwnedBackups(folder, 3);
        QCOMPARE(paths.size(), 3);
        const BackupCatalog catalog(folder);
        QVERIFY(catalog.remove(paths[2], QStringLiteral("prod"), QStringLiteral("manual")));
        QVERIFY(!QFile::exists(paths[2]));
        QVERIFY(!QFile::exists(BackupManifest::pathFor(paths[2])));
        const auto removed = catalog.applyRetention(QStringLiteral("prod"), 1, 0);
        QVERIFY(removed);
        QCOMPARE(*removed, QStringList{paths[0]});
        // A path that cannot be deleted (a folder by a backup's name): refused, and audited.
        const QString stuck = QDir(folder).filePath(QStringLiteral("backup_20260104_120000.sql"));
        QVERIFY(QDir().mkpath(stuck + QStringLiteral("/inside")));
        const Status failed =
            catalog.remove(stuck, QStringLiteral("prod"), QStringLiteral("manual"));
        QVERIFY(!failed);
        QCOMPARE(failed.error().code(), Error::Code::Io);

        const QList<QJsonObject> lines = auditLines(auditPath);
        QCOMPARE(lines.size(), 3);
        const auto check = [](const QJsonObject& o, const QString& target, const QString& outcome,
                              const QString& reason) {
            QCOMPARE(o.value(QStringLiteral("action")).toString(), QStringLiteral("delete-backup"));
            QCOMPARE(o.value(QStringLiteral("profile")).toString(), QStringLiteral("prod"));
            QCOMPARE(o.value(QStringLiteral("target")).toString(), target);
            QCOMPARE(o.value(QStringLiteral("outcome")).toString(), outcome);
            QCOMPARE(o.value(QStringLiteral("details")).toObject().value(QStringLiteral("reason")),
                     QJsonValue(reason));
        };
        check(lines[0], paths[2], QStringLiteral("succeeded"), QStringLiteral("manual"));
        check(lines[1], paths[0], QStringLiteral("succeeded"), QStringLiteral("retention"));
        check(lines[2], stuck, QStringLiteral("failed"), QStringLiteral("manual"));
        QVERIFY(!lines[2]
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toString()
                     .isEmpty());
    }

    // The plan a restore shows is the list of steps it declares and runs, for every option.
    void restorePlanIsTheJobsStepList()
    {
        RestoreJob::Options o;
        o.target.database = QStringLiteral("app");
        o.file = QStringLiteral("/b/backup_20260101_120000.sql");
        o.services = {QStringLiteral("art_generation_backend"),
                      QStringLiteral("art_generation_celery")};
        for (const auto mode : {RestoreJob::Mode::Existing, RestoreJob::Mode::Clean}) {
            for (const bool safety : {true, false}) {
                for (const bool stop : {true, false}) {
                    o.mode = mode;
                    o.safetyBackup = safety;
                    o.stopServices = stop;
                    const RestoreJob job(nullptr, o);
                    const QStringList plan = RestoreJob::plan(o);
                    QCOMPARE(job.steps(), plan);
                    // Check, [safety], [stop], restore (clean: into new + swap), count, [start].
                    const int expected =
                        3 + int(safety) + 2 * int(stop) + int(mode == RestoreJob::Mode::Clean);
                    QCOMPARE(plan.size(), expected);
                    QVERIFY(plan.first().startsWith(QStringLiteral("Check backup_20260101")));
                    QCOMPARE(plan.last().startsWith(QStringLiteral("Start art_generation_")), stop);
                }
            }
        }
        BackupJob::Options b;
        b.target.database = QStringLiteral("app");
        b.folder = QStringLiteral("/b");
        QCOMPARE(BackupJob(nullptr, b).steps().size(), 3);
        b.keepLast = 3;
        QVERIFY(BackupJob(nullptr, b).steps().last().contains(QStringLiteral("retention")));
    }
};

QTEST_GUILESS_MAIN(TestBackupFiles)
#include "tst_backupfiles.moc"
