#include "../integration/stackfixture.h"
#include "backup/backupcatalogmodel.h"
#include "backup/backupspage.h"
#include "backup/restoredialog.h"
#include "docker/dockerclient.h"
#include "job/jobrunner.h"
#include "logging/auditlog.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"
#include "util/workerthread.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen;

// "Back up now" against the running demo stack: one click, a verified row in the catalogue.
// Skips without the stack (fails under CI=true / ARTGEN_REQUIRE_STACK=1).
class TestBackupsPageStack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString sql(const StackFixture& stack, const QString& db, const QString& statement)
    {
        const StackFixture::Output o = StackFixture::docker(
            {QStringLiteral("exec"), stack.profile().containers.value(QStringLiteral("postgres")),
             QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-v"),
             QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-U"),
             stack.env(QStringLiteral("POSTGRES_USER")), QStringLiteral("-d"), db,
             QStringLiteral("-Atc"), statement},
            300000);
        if (o.exitCode != 0)
            qWarning() << "psql failed:" << statement << o.err;
        return QString::fromUtf8(o.out).trimmed();
    }

    // An empty database `db`, dropped again when the returned guard goes.
    static auto freshDatabase(const StackFixture& stack, const QString& db)
    {
        const auto drop = [&stack, db] {
            sql(stack, QStringLiteral("postgres"),
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db));
        };
        drop();
        sql(stack, QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(db));
        return qScopeGuard(drop);
    }

    static bool healthy(const QString& container)
    {
        return StackFixture::docker({QStringLiteral("inspect"), QStringLiteral("-f"),
                                     QStringLiteral("{{.State.Status}}/{{if .State.Health}}{{."
                                                    "State.Health.Status}}{{end}}"),
                                     container})
                   .out.trimmed() == "running/healthy";
    }

    // A profile of the demo stack whose database is `db` (a stack folder of the test's own with
    // the demo's compose file and .env, POSTGRES_DB changed), so the page restores into a test
    // database, never the app's.
    core::Profile profileFor(const StackFixture& stack, const QString& db)
    {
        const QString dir = m_dir.filePath(QStringLiteral("stack-") + db);
        QDir().mkpath(dir + QStringLiteral("/Docker_all"));
        const QString src = stack.profile().stackDir + QStringLiteral("/Docker_all/");
        QFile::copy(src + QStringLiteral("docker-compose.yml"),
                    dir + QStringLiteral("/Docker_all/docker-compose.yml"));
        QFile in(src + QStringLiteral(".env"));
        QByteArray env;
        if (in.open(QIODevice::ReadOnly))
            for (const QByteArray& line : in.readAll().split('\n'))
                if (!line.startsWith("POSTGRES_DB="))
                    env += line + '\n';
        env += "POSTGRES_DB=" + db.toUtf8() + '\n';
        QFile out(dir + QStringLiteral("/Docker_all/.env"));
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(env);
        core::Profile p = stack.profile();
        p.stackDir = dir;
        p.name = QStringLiteral("GUI ") + db;
        p.backupDir = m_dir.filePath(QStringLiteral("backups-") + db);
        p.backupFormat = QStringLiteral("plain");
        p.backupKeepLast = 0;
        return p;
    }

    struct Panel
    {
        core::SettingsStore settings;
        core::ActiveServices services;
        core::JobRunner jobs;
        std::unique_ptr<gui::BackupsPage> page;

        Panel(const QString& conf, const core::Profile& profile) : settings(conf)
        {
            settings.setProfiles({profile});
            settings.setActiveProfileName(profile.name);
            services.activate(settings.activeProfile());
            page = std::make_unique<gui::BackupsPage>(services, jobs);
            new QAbstractItemModelTester(
                page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, page.get());
            page->resize(1000, 700);
            page->show();
        }
        ~Panel()
        {
            page.reset();
            jobs.shutdown();
        }
        QString output() const
        {
            QString text;
            for (auto* e : page->findChildren<QPlainTextEdit*>())
                text += e->toPlainText();
            return text;
        }
        // Opens the restore dialog for `file` through the page, as "Restore from file" does.
        gui::RestoreDialog* openRestore(const QString& file)
        {
            page->openRestoreDialog(file);
            QDeadlineTimer deadline(20000);
            while (!deadline.hasExpired()) {
                for (auto* d : page->findChildren<gui::RestoreDialog*>())
                    if (d->isVisible())
                        return d;
                QTest::qWait(20);
            }
            return nullptr;
        }
    };

private Q_SLOTS:
    void backUpNowAddsAVerifiedBackup()
    {
        StackFixture stack;
        REQUIRE_STACK(stack);
        core::AuditLog::setPath(m_dir.filePath(QStringLiteral("audit.jsonl")));
        core::SettingsStore settings(m_dir.filePath(QStringLiteral("gui.conf")));
        core::Profile profile = stack.profile();
        profile.name = QStringLiteral("Demo stack");
        profile.backupDir = m_dir.filePath(QStringLiteral("backups"));
        profile.backupFormat = QStringLiteral("plain-gz");
        profile.backupKeepLast = 0;
        settings.setProfiles({profile});
        settings.setActiveProfileName(profile.name);
        core::ActiveServices services;
        services.activate(settings.activeProfile());
        core::JobRunner jobs;

        gui::BackupsPage page(services, jobs);
        page.resize(1000, 700);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isListed(), 10000);
        QCOMPARE(page.model()->rowCount(), 0);

        auto* backUp = page.findChild<QPushButton*>(QStringLiteral("backUpNow"));
        auto* cancel = page.findChild<QPushButton*>(QStringLiteral("cancelJob"));
        auto* verdict = page.findChild<QLabel*>(QStringLiteral("verdict"));
        QTest::mouseClick(backUp, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.isBusy(), 10000);
        QVERIFY(cancel->isVisible());
        QVERIFY(!backUp->isEnabled()); // one at a time

        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 180000);
        QVERIFY2(verdict->text().contains(QStringLiteral("Backed up to backup_")),
                 qPrintable(verdict->text()));
        QVERIFY(!cancel->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 10000);
        const core::BackupCatalog::Entry entry =
            *page.model()->entryAt(0); // a copy: refreshes replace the list
        QVERIFY(entry.fileName.startsWith(QStringLiteral("backup_")));
        QVERIFY(entry.fileName.endsWith(QStringLiteral(".sql.gz")));
        QCOMPARE(entry.state, core::BackupCatalog::State::SizeMatches);
        QCOMPARE(page.model()->index(0, gui::BackupCatalogModel::State).data().toString(),
                 QStringLiteral("size ok"));
        QCOMPARE(page.model()->index(0, gui::BackupCatalogModel::Database).data().toString(),
                 stack.env(QStringLiteral("POSTGRES_DB")));
        QVERIFY2(verdict->text().contains(entry.fileName), qPrintable(verdict->text()));
        // Nothing is left behind in the container: the backup's sessions (the snapshot that
        // holds share locks on every table, pg_dump) are gone, or a restore would wait on them.
        const auto backupSessions = [&stack] {
            const StackFixture::Output o = StackFixture::docker(
                {QStringLiteral("exec"),
                 stack.profile().containers.value(QStringLiteral("postgres")),
                 QStringLiteral("psql"), QStringLiteral("-U"),
                 stack.env(QStringLiteral("POSTGRES_USER")), QStringLiteral("-d"),
                 stack.env(QStringLiteral("POSTGRES_DB")), QStringLiteral("-Atc"),
                 QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name "
                                "LIKE 'artgen-backup-%'")});
            return o.exitCode == 0 ? o.out.trimmed() : o.err;
        };
        QTRY_COMPARE_WITH_TIMEOUT(backupSessions(), QByteArray("0"), 15000);
        // The new backup is selected; Verify reads it through and agrees.
        auto* verify = page.findChild<QPushButton*>(QStringLiteral("verifyBackup"));
        QTRY_VERIFY(verify->isEnabled());
        verdict->clear();
        QTest::mouseClick(verify, Qt::LeftButton);
        // A small backup verifies in milliseconds: wait for the verdict, not for "busy".
        QTRY_VERIFY_WITH_TIMEOUT(!verdict->text().isEmpty() && !page.isBusy(), 120000);
        QVERIFY2(verdict->text().contains(entry.fileName), qPrintable(verdict->text()));
        QCOMPARE(verdict->property("verdict").toInt(), 0); // success
    }

    // Case 2 through the page: "Back up now" twice in a row (within the same second for a small
    // database) gives two backups, each its own file, both verified.
    void case2_backUpNowTwiceKeepsBoth()
    {
        StackFixture stack;
        REQUIRE_STACK(stack);
        const QString db = QStringLiteral("artgen_gui_twice");
        auto dropDb = freshDatabase(stack, db);
        sql(stack, db,
            QStringLiteral("CREATE TABLE t AS SELECT g AS id FROM generate_series(1, 100) g"));
        Panel panel(m_dir.filePath(QStringLiteral("twice.conf")), profileFor(stack, db));
        QTRY_VERIFY_WITH_TIMEOUT(panel.page->isListed(), 10000);
        auto* backUp = panel.page->findChild<QPushButton*>(QStringLiteral("backUpNow"));
        for (int i = 0; i < 2; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(backUp->isEnabled(), 10000);
            QTest::mouseClick(backUp, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!panel.page->isBusy(), 120000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(panel.page->model()->rowCount(), 2, 10000);
        const auto a = *panel.page->model()->entryAt(0);
        const auto b = *panel.page->model()->entryAt(1);
        QVERIFY(a.fileName != b.fileName);
        QVERIFY(a.manifest && b.manifest);
        QCOMPARE(a.state, core::BackupCatalog::State::SizeMatches);
        QCOMPARE(b.state, core::BackupCatalog::State::SizeMatches);
    }

    // Case 1 through the page: Cancel during a large restore leaves the database as it was.
    // Case 6 through the page: Cancel while backend and celery are being stopped starts them.
    void case1_case6_cancelOnTheBackupsPage()
    {
        StackFixture stack;
        REQUIRE_STACK(stack);
        const QString db = QStringLiteral("artgen_gui_big");
        auto dropDb = freshDatabase(stack, db);
        sql(stack, db,
            QStringLiteral("CREATE TABLE big (id int PRIMARY KEY, a text); INSERT INTO big SELECT "
                           "g, md5(g::text) FROM generate_series(1, 2000000) g"));
        Panel panel(m_dir.filePath(QStringLiteral("big.conf")), profileFor(stack, db));
        QTRY_VERIFY_WITH_TIMEOUT(panel.page->isListed(), 10000);
        auto* backUp = panel.page->findChild<QPushButton*>(QStringLiteral("backUpNow"));
        auto* cancel = panel.page->findChild<QPushButton*>(QStringLiteral("cancelJob"));
        QTest::mouseClick(backUp, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel.page->isBusy(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.page->isBusy(), 180000);
        QTRY_COMPARE_WITH_TIMEOUT(panel.page->model()->rowCount(), 1, 10000);
        const QString file = panel.page->model()->entryAt(0)->path;
        sql(stack, db, QStringLiteral("DELETE FROM big WHERE id % 100 = 0"));
        const QString before = sql(stack, db, QStringLiteral("SELECT count(*) FROM big"));
        QCOMPARE(before, QStringLiteral("1980000"));

        // Case 1: cancelled while the COPY runs.
        {
            gui::RestoreDialog* dialog = panel.openRestore(file);
            QVERIFY(dialog);
            dialog->findChild<QCheckBox*>(QStringLiteral("safetyBackup"))->setChecked(false);
            dialog->findChild<QCheckBox*>(QStringLiteral("stopServices"))->setChecked(false);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("restoreButton")),
                              Qt::LeftButton);
            const auto copied = [&] {
                return sql(stack, QStringLiteral("postgres"),
                           QStringLiteral("SELECT coalesce(max(tuples_processed), 0) FROM "
                                          "pg_stat_progress_copy"))
                    .toLongLong();
            };
            QTRY_VERIFY_WITH_TIMEOUT(copied() > 500000 || !panel.page->isBusy(), 120000);
            QVERIFY2(panel.page->isBusy(), "the restore ended before it could be cancelled");
            QTest::mouseClick(cancel, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!panel.page->isBusy(), 120000);
            QTRY_COMPARE_WITH_TIMEOUT(
                sql(stack, QStringLiteral("postgres"),
                    QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                   "starts_with(application_name, 'artgen-restore')")),
                QStringLiteral("0"), 60000);
            QCOMPARE(sql(stack, db, QStringLiteral("SELECT count(*) FROM big")), before);
            QCOMPARE(sql(stack, db,
                         QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'big'")),
                     QStringLiteral("1"));
        }

        // Case 6: cancelled right after the page says it stops the services.
        {
            gui::RestoreDialog* dialog = panel.openRestore(file);
            QVERIFY(dialog);
            dialog->findChild<QCheckBox*>(QStringLiteral("safetyBackup"))->setChecked(false);
            QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("stopServices"))->isChecked());
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("restoreButton")),
                              Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(
                panel.output().contains(QStringLiteral("Stopping art_generation_")) ||
                    !panel.page->isBusy(),
                60000);
            QVERIFY2(panel.page->isBusy(), qPrintable(panel.output()));
            QTest::mouseClick(cancel, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!panel.page->isBusy(), 120000);
            for (const QString& c : {QStringLiteral("art_generation_backend"),
                                     QStringLiteral("art_generation_celery")})
                QTRY_VERIFY2_WITH_TIMEOUT(healthy(c), qPrintable(c + u' ' + panel.output()),
                                          120000);
            QCOMPARE(sql(stack, db, QStringLiteral("SELECT count(*) FROM big")), before);
        }
    }
};

// ctest shows a run without the stack as "Skipped" (exit 77 = SKIP_RETURN_CODE), not "Passed".
int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    TestBackupsPageStack test;
    const int failures = QTest::qExec(&test, argc, argv);
    const bool skipped =
        !StackFixture().unavailableReason().isEmpty() && !StackFixture::stackRequired();
    return failures == 0 && skipped ? 77 : failures;
}
#include "tst_backupspage_stack.moc"
