#include "settings/profile.h"
#include "settings/settingsstore.h"
#include "stackconfig/stacklocator.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace artgen::core;

namespace {
// Keys of the test's own: any bytes and text survive the file.
const SettingKey<QByteArray> kGeometry{"geometry", {}};
const SettingKey<QString> kNote{"note", {}};
} // namespace

namespace {

using testfiles::sha256Of;

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// What the panel writes: two profiles (one with a Cyrillic name), the language and window
// state as bytes.
QByteArray goodSettingsFile(const QString& path)
{
    {
        SettingsStore s(path);
        s.setProfiles({Profile::fromStackDir(QStringLiteral("/srv/a"), QStringLiteral("Прод")),
                       Profile::fromStackDir(QStringLiteral("/srv/b"), QStringLiteral("test b"))});
        s.setActiveProfileName(QStringLiteral("Прод"));
        s.setLanguage(QStringLiteral("ru"));
        QByteArray every;
        for (int b = 0; b < 256; ++b)
            every += char(b);
        s.setValue(kGeometry, every);
        s.setValue(kNote, QStringLiteral("line 1\nline 2 = \"x\"; [y]"));
        if (!s.sync())
            return {};
    }
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSettingsStore : public QObject
{
    Q_OBJECT

    // Opens a store over `path`, checks that it reports the file, and uses it as the panel
    // and artgenctl would (first-run demo profile, a language, a save): all in memory.
    static void useBadStore(const QString& path, Error::Code code, const QString& inWhy)
    {
        SettingsStore s(path);
        if (QTest::currentTestFailed())
            return;
        const auto st = s.status();
        QVERIFY(!st);
        QCOMPARE(st.error().code(), code);
        QVERIFY2(st.error().what().contains(path), qPrintable(st.error().message()));
        QVERIFY2(st.error().why().contains(inWhy), qPrintable(st.error().message()));
        QVERIFY2(!st.error().todo().isEmpty(), qPrintable(st.error().message()));
        QVERIFY(s.isMemoryOnly());
        QCOMPARE(s.filePath(), path);
        QVERIFY(s.ensureDemoProfile(QStringLiteral("/srv/demo"), QStringLiteral("Demo stack")));
        QCOMPARE(s.activeProfile()->name, QStringLiteral("Demo stack")); // usable in memory
        s.setLanguage(QStringLiteral("ru"));
        s.setValue(kGeometry, QByteArray("abc"));
        QVERIFY(!s.sync()); // still reported, still not written
    }

    static void makeStack(const QString& dir, const QByteArray& env)
    {
        QDir().mkpath(dir + QStringLiteral("/Docker_all"));
        QFile compose(dir + QStringLiteral("/Docker_all/docker-compose.yml"));
        QVERIFY(compose.open(QIODevice::WriteOnly));
        compose.write("services: {}\n");
        QFile e(dir + QStringLiteral("/Docker_all/.env"));
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.write(env);
    }

private Q_SLOTS:
    void profilesRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("artgen.conf"));
        Profile p;
        p.name = QStringLiteral("prod");
        p.stackDir = QStringLiteral("/srv/art_generation");
        p.projectName = QStringLiteral("artgen_prod");
        p.apiBaseUrl = QUrl(QStringLiteral("https://art.example"));
        p.dockerHost = QStringLiteral("ssh://admin@art.example");
        p.containers = Profile::defaultContainers();
        p.containers[QStringLiteral("backend")] = QStringLiteral("prod-backend-1");
        {
            SettingsStore s(path);
            // The active profile is the second one, so reading it back cannot pass by falling
            // back to the first.
            s.setProfiles(
                {Profile::fromStackDir(QStringLiteral("/srv/other"), QStringLiteral("other")), p});
            s.setActiveProfileName(QStringLiteral("prod"));
            s.setLanguage(QStringLiteral("ru"));
            QVERIFY(s.sync());
        }
        SettingsStore again(path);
        QCOMPARE(again.profiles().size(), 2);
        QCOMPARE(again.profiles().at(1), p);
        QCOMPARE(again.activeProfileName(), QStringLiteral("prod"));
        QCOMPARE(again.activeProfile()->name, QStringLiteral("prod"));
        QCOMPARE(again.language(), QStringLiteral("ru"));
    }

    void demoProfileIsCreatedOnlyOnFirstRun()
    {
        QTemporaryDir dir;
        const QString stack = dir.filePath(QStringLiteral("stack"));
        makeStack(stack, "COMPOSE_PROJECT_NAME=demo_proj\nFRONTEND_PORT=18080\n");
        SettingsStore s(dir.filePath(QStringLiteral("a.conf")));
        QVERIFY(s.ensureDemoProfile(stack, QStringLiteral("Demo stack")));
        QVERIFY(!s.ensureDemoProfile(stack, QStringLiteral("Demo stack")));
        const auto p = s.activeProfile();
        QVERIFY(p);
        QCOMPARE(p->name, QStringLiteral("Demo stack"));
        QCOMPARE(p->projectName, QStringLiteral("demo_proj"));
        QCOMPARE(p->apiBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:18080")));
        QCOMPARE(p->containers.value(QStringLiteral("postgres")),
                 QStringLiteral("art_generation_postgres"));
        QCOMPARE(s.profiles().size(), 1);
    }

    void unknownActiveProfileFallsBackToFirst()
    {
        QTemporaryDir dir;
        SettingsStore s(dir.filePath(QStringLiteral("b.conf")));
        Profile a = Profile::fromStackDir(QStringLiteral("/x"), QStringLiteral("A"));
        Profile b = Profile::fromStackDir(QStringLiteral("/y"), QStringLiteral("B"));
        s.setProfiles({a, b});
        s.setActiveProfileName(QStringLiteral("gone"));
        QCOMPARE(s.activeProfile()->name, QStringLiteral("A"));
        QVERIFY(!s.profile(QStringLiteral("gone")));
    }

    void activateStackDirReusesOrAddsAProfile()
    {
        QTemporaryDir dir;
        const QString stack = dir.filePath(QStringLiteral("stack"));
        makeStack(stack, "FRONTEND_PORT=9000\n");
        SettingsStore s(dir.filePath(QStringLiteral("c.conf")));
        s.setProfiles(
            {Profile::fromStackDir(QStringLiteral("/elsewhere"), QStringLiteral("stack"))});
        const Profile added = s.activateStackDir(stack, QString());
        QCOMPARE(added.name, QStringLiteral("stack (2)")); // folder name, made unique
        QCOMPARE(added.apiBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:9000")));
        QCOMPARE(s.activeProfileName(), added.name);
        s.setActiveProfileName(QStringLiteral("stack"));
        const Profile again = s.activateStackDir(stack + QStringLiteral("/"), QString());
        QCOMPARE(again.name, added.name); // same folder: the existing profile, not a new one
        QCOMPARE(s.profiles().size(), 2);
        QCOMPARE(s.activeProfileName(), added.name);
    }

    void bundledDemoStackIsFound()
    {
        const QString dir = StackLocator::demoStackDir();
        QVERIFY2(!dir.isEmpty(), "resources/demo-stack not found");
        QVERIFY(StackLocator::looksLikeStackDir(dir));
    }

    // Case 4: folder names are readable in any script, and two names never share a folder.
    void case4_backupFoldersAreUniquePerProfile()
    {
        const QStringList names{QStringLiteral("Прод"), QStringLiteral("Тест"),
                                QStringLiteral("a/b"),  QStringLiteral("a_b"),
                                QStringLiteral("a b"),  QStringLiteral(".."),
                                QStringLiteral("."),    QString(),
                                QStringLiteral("demo"), QStringLiteral("a\\b"),
                                QStringLiteral("x\ny"), QStringLiteral("生产"),
                                QStringLiteral("🙂"), QStringLiteral(".hidden"),
                                QString(100, u'я')};
        QSet<QString> folders;
        for (const QString& name : names) {
            Profile p;
            p.name = name;
            const QString folder = Profile::folderNameFor(name);
            QVERIFY2(!folder.isEmpty() && folder != QStringLiteral(".") &&
                         folder != QStringLiteral(".."),
                     qPrintable(name));
            QVERIFY2(!folder.startsWith(u'.'), qPrintable(folder));
            QVERIFY2(!folder.contains(u'/') && !folder.contains(u'\\') && !folder.contains(u' '),
                     qPrintable(folder));
            QVERIFY2(folder.toUtf8().size() < 200, qPrintable(folder));
            QVERIFY2(!folders.contains(folder), qPrintable(name + QStringLiteral(" -> ") + folder));
            folders.insert(folder);
            QCOMPARE(QFileInfo(p.backupFolder()).fileName(), folder);
            QVERIFY(p.backupFolder().endsWith(QStringLiteral("/artgen/backups/") + folder));
        }
        // Plain names keep their folder (existing users keep their backups); others are still
        // readable, with a digest of the name.
        QCOMPARE(Profile::folderNameFor(QStringLiteral("demo")), QStringLiteral("demo"));
        QCOMPARE(Profile::folderNameFor(QStringLiteral("Прод")), QStringLiteral("Прод"));
        QCOMPARE(Profile::folderNameFor(QStringLiteral("prod-2.x_1")),
                 QStringLiteral("prod-2.x_1"));
        const QString digest = QString::fromLatin1(
            QCryptographicHash::hash(QStringLiteral("a b").toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(8));
        QCOMPARE(Profile::folderNameFor(QStringLiteral("a b")), QStringLiteral("a_b-") + digest);
        QCOMPARE(Profile::folderNameFor(QStringLiteral("a_b")), QStringLiteral("a_b"));
        QVERIFY(Profile::folderNameFor(QStringLiteral("..")).startsWith(QStringLiteral("__-")));
        // A profile with its own folder keeps it.
        Profile own;
        own.name = QStringLiteral("a/b");
        own.backupDir = QStringLiteral("/srv/backups");
        QCOMPARE(own.backupFolder(), QStringLiteral("/srv/backups"));
    }

    // The profile rules live in core: the Settings page and artgenctl profiles use them.
    void profileValidateNamesTheFirstProblem()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("stack/Docker_all"))));
        QFile compose(dir.filePath(QStringLiteral("stack/Docker_all/docker-compose.yml")));
        QVERIFY(compose.open(QIODevice::WriteOnly));
        compose.write("services: {}\n");
        compose.close();
        Profile p =
            Profile::fromStackDir(dir.filePath(QStringLiteral("stack")), QStringLiteral("prod"));
        QCOMPARE(p.validate(), QString());
        Profile other = p;
        QVERIFY(p.validate({other}).contains(QStringLiteral("already called “prod”")));
        other.name = QStringLiteral("staging");
        QCOMPARE(p.validate({other}), QString());
        Profile bad = p;
        bad.name.clear();
        QCOMPARE(bad.validate(), QStringLiteral("A profile needs a name."));
        bad = p;
        bad.stackDir = dir.filePath(QStringLiteral("nothing-here"));
        QVERIFY(bad.validate().startsWith(QStringLiteral("No Docker_all/docker-compose.yml")));
        bad = p;
        bad.apiBaseUrl = QUrl(QStringLiteral("ftp://x"));
        QVERIFY(bad.validate().contains(QStringLiteral("http://HOST:PORT")));
        bad = p;
        bad.dockerHost = QStringLiteral("bogus://x");
        QVERIFY(!bad.validate().isEmpty());
        bad = p;
        bad.backupDir = dir.filePath(QStringLiteral("stack/backups"));
        QVERIFY(bad.validate().contains(QStringLiteral("inside the stack folder")));
        bad = p;
        bad.backupDir = QStringLiteral("relative/backups");
        QVERIFY(bad.validate().contains(QStringLiteral("full path")));
        bad = p;
        bad.backupFormat = QStringLiteral("zip");
        QCOMPARE(bad.validate(), QStringLiteral("Choose a backup format."));
    }

    // Case 8: a settings file that cannot be used is reported and never written.
    void case8_badSettingsFileIsReportedAndKeptIntact_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("inWhy");
        const QByteArray random = testfiles::randomBytes(4096, 4096);
        QTemporaryDir dir;
        const QByteArray good = goodSettingsFile(dir.filePath(QStringLiteral("good.conf")));
        QVERIFY(good.size() > 400);
        const qsizetype profilesAt = good.indexOf("[profiles]");
        QVERIFY(profilesAt > 0);
        // A cut at a line break inside the profiles: every line whole, "size" gone.
        const qsizetype lineInProfiles = good.indexOf('\n', profilesAt + 60) + 1;
        QTest::newRow("random bytes") << random << QStringLiteral("binary data");
        QTest::newRow("cut mid-line") << good.first(good.size() / 2) << QStringLiteral("cut off");
        QTest::newRow("cut at a line break in the profiles")
            << good.first(lineInProfiles) << QStringLiteral("list of profiles is incomplete");
        QTest::newRow("cut after a section header")
            << good.first(profilesAt + 11) << QStringLiteral("cut off");
        QTest::newRow("cut before the profiles")
            << good.first(profilesAt) << QStringLiteral("list of profiles is incomplete");
        QTest::newRow("text that is not INI")
            << QByteArray("[app]\nlanguage=ru\necho hello\nexit 0\n") << QStringLiteral("line 3");
        QTest::newRow("NUL bytes")
            << QByteArray("[app]\nlanguage=ru\0\n", 19) << QStringLiteral("binary data");
    }

    void case8_badSettingsFileIsReportedAndKeptIntact()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, inWhy);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.conf"));
        writeBytes(path, bytes);
        const QByteArray before = sha256Of(path);
        useBadStore(path, Error::Code::InvalidInput, inWhy);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(sha256Of(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("bad.conf")}); // no side file either
    }

    void case8_settingsFolderOrPipeIsReported()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("artgen.conf"));
        QVERIFY(QDir().mkpath(folder));
        useBadStore(folder, Error::Code::InvalidInput, QStringLiteral("folder"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(QDir(folder).isEmpty());
        // A named pipe is judged by its type, never opened (that would wait for a writer). A
        // writer stands by all the same, so a store that did read the pipe would get some text
        // and its end (and fail this test) instead of hanging it.
        const QString fifo = dir.filePath(QStringLiteral("pipe.conf"));
        const QByteArray fifoName = QFile::encodeName(fifo);
        QCOMPARE(::mkfifo(fifoName.constData(), 0600), 0);
        std::unique_ptr<QThread> writer(QThread::create([fifoName] {
            const int fd = ::open(fifoName.constData(), O_WRONLY); // waits for a reader
            if (fd >= 0) {
                [[maybe_unused]] const auto n = ::write(fd, "[app]\nlanguage=ru\n", 19);
                ::close(fd);
            }
        }));
        writer->start();
        useBadStore(fifo, Error::Code::InvalidInput, QStringLiteral("named pipe"));
        // Nobody read the pipe: be its reader for a moment, so the writer ends.
        const int release = ::open(fifoName.constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(writer->wait(QDeadlineTimer(30000)));
        ::close(release);
        QVERIFY(!QFileInfo(fifo).isFile());
    }

    void case8_unreadableSettingsFileIsReported()
    {
        if (::geteuid() == 0)
            QSKIP("Running as root: a mode-000 file is still readable, so there is nothing "
                  "unreadable to test with (the folder case covers an unusable path).");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.conf"));
        const QByteArray good = goodSettingsFile(path);
        QVERIFY(!good.isEmpty());
        const QByteArray before = sha256Of(path);
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        useBadStore(path, Error::Code::PermissionDenied, QStringLiteral("cannot be read"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(sha256Of(path), before);
    }

    // The other side: what the panel writes (any bytes, quotes, brackets, other scripts) is
    // accepted, and so are a missing and an empty file (first run).
    void case8_panelWrittenFileIsAccepted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("good.conf"));
        QVERIFY(!goodSettingsFile(path).isEmpty());
        SettingsStore again(path);
        QVERIFY2(again.status(), qPrintable(again.status().error().message()));
        QVERIFY(!again.isMemoryOnly());
        QCOMPARE(again.profiles().size(), 2);
        QCOMPARE(again.activeProfile()->name, QStringLiteral("Прод"));
        QCOMPARE(again.value(kGeometry).size(), 256);
        // Hand-edited: ";" comments, blank lines, CRLF.
        const QString edited = dir.filePath(QStringLiteral("edited.conf"));
        writeBytes(edited, "; mine\r\n[app]\r\nlanguage=en\r\n\r\n; end\r\n");
        SettingsStore e(edited);
        QVERIFY2(e.status(), qPrintable(e.status().error().message()));
        QCOMPARE(e.language(), QStringLiteral("en"));
        const QString empty = dir.filePath(QStringLiteral("empty.conf"));
        writeBytes(empty, {});
        QVERIFY(SettingsStore(empty).status());
        QVERIFY(SettingsStore(dir.filePath(QStringLiteral("new/artgen.conf"))).status());
    }

    void unwritableSettingsAreReported()
    {
        // A settings path below a regular file cannot be written, even by root.
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        SettingsStore s(blocker + QStringLiteral("/artgen.conf"));
        s.setLanguage(QStringLiteral("ru"));
        const auto st = s.sync();
        QVERIFY(!st);
        QCOMPARE(st.error().code(), Error::Code::PermissionDenied);
        QVERIFY(st.error().message().contains(blocker));
    }

    // Declared keys: the default until set, a hand-edited value clamped, one change signal per
    // real change, and watch() hands the typed value over.
    void typedKeysSayWhenTheyChange()
    {
        QTemporaryDir dir;
        SettingsStore s(dir.filePath(QStringLiteral("keys.conf")));
        QCOMPARE(s.value(SettingKeys::logLineLimit), 200000);
        QCOMPARE(s.value(SettingKeys::logSideBySide), false);
        QSignalSpy changed(&s, &SettingsStore::changed);
        QList<int> seen;
        s.watch(SettingKeys::logLineLimit, &s, [&seen](int n) { seen << n; });
        s.setValue(SettingKeys::logLineLimit, 50000);
        s.setValue(SettingKeys::logLineLimit, 50000); // the same: no signal
        s.setValue(SettingKeys::logSideBySide, true);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("logs/lineLimit"));
        QCOMPARE(seen, QList<int>{50000});
        s.setValue(SettingKeys::logLineLimit, 10); // below what the panel accepts
        QCOMPARE(s.value(SettingKeys::logLineLimit), 1000);
        QVERIFY(s.sync());
        // A hand-edited file beyond the bounds reads clamped.
        writeBytes(dir.filePath(QStringLiteral("hand.conf")), "[ui]\nlogs\\lineLimit=999999999\n");
        SettingsStore hand(dir.filePath(QStringLiteral("hand.conf")));
        QCOMPARE(hand.value(SettingKeys::logLineLimit), 5000000);
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
