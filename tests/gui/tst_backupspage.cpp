#include "backup/backupcatalogmodel.h"
#include "backup/backupmanifest.h"
#include "backup/backupscontroller.h"
#include "backup/backupspage.h"
#include "backup/restoredialog.h"
#include "common/jobcontroller.h"
#include "common/jobprogresspanel.h"
#include "common/recordtableview.h"
#include "docker/dockerclient.h"
#include "i18n/languagemanager.h"
#include "job/jobrunner.h"
#include "logging/auditlog.h"
#include "mainwindow.h"
#include "session/activeservices.h"
#include "settings/profileeditor.h"
#include "settings/settingspage.h"
#include "settings/settingsstore.h"
#include "util/humanformat.h"
#include "util/workerthread.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen;

// The Backups page and the restore dialog without Docker: a catalogue made of files in a temp
// folder, and a stack folder whose Docker_all/.env names the database.
// Reports a byte count and waits to be cancelled: the progress line shows it meanwhile.
class BytesJob : public core::Job
{
    Q_OBJECT

public:
    explicit BytesJob(qint64 bytes) : Job(QStringLiteral("Back up")), m_bytes(bytes) {}

protected:
    void run() override
    {
        reportBytes(m_bytes, m_bytes * 2);
        setAsync();
    }
    void onCancel() override { finishCancelled(); }

private:
    qint64 m_bytes;
};

class TestBackupsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::SettingsStore> m_settings;
    std::unique_ptr<core::LanguageManager> m_language;
    std::unique_ptr<core::ActiveServices> m_services;
    // The services of the profile as the test set it up (a page built now sees it).
    core::ActiveServices& services()
    {
        m_services->activate(m_settings->activeProfile());
        return *m_services;
    }
    std::unique_ptr<core::JobRunner> m_jobs;

    QString backupDir() const { return m_dir.filePath(QStringLiteral("backups")); }
    QString stackDir() const { return m_dir.filePath(QStringLiteral("stack")); }

    static void writeFile(const QString& path, const QByteArray& data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(data), data.size());
    }

    static void writeBackup(const QString& path, const QByteArray& data, qint64 manifestSize,
                            const QDateTime& startedAt)
    {
        writeFile(path, data);
        if (manifestSize < 0)
            return;
        core::BackupManifest m;
        m.fileName = QFileInfo(path).fileName();
        m.database = QStringLiteral("artgen_test");
        m.user = QStringLiteral("artgen");
        m.serverVersion = QStringLiteral("15.14");
        m.format = core::BackupFormats::fromFileName(m.fileName).value();
        m.sizeBytes = manifestSize;
        m.sha256 = QByteArray(64, 'a');
        m.startedAt = startedAt;
        m.tableRows = {{QStringLiteral("public.users"), 3}, {QStringLiteral("public.images"), 42}};
        QVERIFY(m.save(core::BackupManifest::pathFor(path)));
    }

    static QDateTime fromName(const QString& stamp)
    {
        return QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd_HHmmss")).toUTC();
    }

    // Clicks a check box or radio button where a user does: on its indicator (the middle of a
    // button stretched across a dialog is empty space).
    static void clickIndicator(QAbstractButton* button)
    {
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    }

    // Finds a button of a message box by its text.
    static QAbstractButton* buttonWithText(QMessageBox* box, const QString& text)
    {
        for (QAbstractButton* b : box->buttons())
            if (b->text() == text)
                return b;
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        QDir(backupDir()).removeRecursively();
        QDir(stackDir()).removeRecursively();
        QVERIFY(QDir().mkpath(backupDir()));
        QVERIFY(QDir().mkpath(stackDir() + QStringLiteral("/Docker_all")));
        writeFile(stackDir() + QStringLiteral("/Docker_all/docker-compose.yml"), "services: {}\n");
        writeFile(stackDir() + QStringLiteral("/Docker_all/.env"),
                  "POSTGRES_USER=artgen\nPOSTGRES_DB=artgen_test\nPOSTGRES_PASSWORD=secret\n");
        // Newest first in the table: size ok (sizes match), damaged (file shorter than its
        // manifest says), unverified (no manifest).
        writeBackup(backupDir() + QStringLiteral("/backup_20260103_100000.sql"),
                    "-- dump\n-- PostgreSQL database dump complete\n", 45,
                    fromName(QStringLiteral("20260103_100000")));
        writeBackup(backupDir() + QStringLiteral("/backup_20260102_100000.sql.gz"), "short", 1000,
                    fromName(QStringLiteral("20260102_100000")));
        writeBackup(backupDir() + QStringLiteral("/backup_20260101_100000.dump"), "PGDMP", -1, {});
        writeFile(backupDir() + QStringLiteral("/notes.txt"), "not a backup");

        QFile::remove(m_dir.filePath(QStringLiteral("gui.conf")));
        m_settings =
            std::make_unique<core::SettingsStore>(m_dir.filePath(QStringLiteral("gui.conf")));
        core::Profile p = core::Profile::fromStackDir(stackDir(), QStringLiteral("Test"));
        p.backupDir = backupDir();
        p.backupFormat = QStringLiteral("custom");
        m_settings->setProfiles({p});
        m_settings->setActiveProfileName(p.name);
        m_language = std::make_unique<core::LanguageManager>();
        m_language->apply(QStringLiteral("en"));
        m_services = std::make_unique<core::ActiveServices>();
        m_jobs = std::make_unique<core::JobRunner>();
        core::AuditLog::setPath(m_dir.filePath(QStringLiteral("audit.jsonl")));
    }

    void cleanup()
    {
        m_jobs.reset();
        m_services.reset();
        m_language.reset();
        m_settings.reset();
    }

    void mainWindowBuildsTheBackupsPage()
    {
        gui::MainWindow w(*m_settings, *m_language, services(), *m_jobs, QString());
        QVERIFY(qobject_cast<gui::BackupsPage*>(w.page(gui::MainWindow::Page::Backups)));
    }

    void listsTheCatalogueWithStates()
    {
        gui::BackupsPage page(services(), *m_jobs);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(page.isListed(), 10000);
        auto* model = page.model();
        QCOMPARE(model->rowCount(), 3); // notes.txt is not a backup
        const auto cell = [model](int row, int column) {
            return model->index(row, column).data().toString();
        };
        using C = gui::BackupCatalogModel::Column;
        QCOMPARE(cell(0, C::File), QStringLiteral("backup_20260103_100000.sql"));
        QCOMPARE(cell(0, C::State), QStringLiteral("size ok"));
        QCOMPARE(cell(0, C::Database), QStringLiteral("artgen_test"));
        QCOMPARE(cell(0, C::Format), QStringLiteral("Plain SQL (.sql)"));
        QCOMPARE(cell(1, C::File), QStringLiteral("backup_20260102_100000.sql.gz"));
        QCOMPARE(cell(1, C::State), QStringLiteral("damaged"));
        QCOMPARE(cell(1, C::Format), QStringLiteral("SQL, gzip (.sql.gz)"));
        // The format box names a format as the column does.
        auto* box = page.findChild<QComboBox*>(QStringLiteral("backupFormat"));
        QCOMPARE(box->itemText(box->findData(QStringLiteral("plain-gz"))), cell(1, C::Format));
        QCOMPARE(cell(2, C::File), QStringLiteral("backup_20260101_100000.dump"));
        QCOMPARE(cell(2, C::State), QStringLiteral("unverified"));
        QCOMPARE(cell(2, C::Database), QStringLiteral("—"));
        // Created: local time with the age.
        const QString created = cell(0, C::Created);
        QVERIFY2(created.contains(QStringLiteral("ago")), qPrintable(created));
        QVERIFY2(
            created.startsWith(QLocale().toString(
                fromName(QStringLiteral("20260103_100000")).toLocalTime(), QLocale::ShortFormat)),
            qPrintable(created));
        // States are coloured differently; damaged is the red one.
        const auto colour = [model](int row) {
            return model->index(row, C::State).data(Qt::ForegroundRole).value<QBrush>().color();
        };
        QVERIFY(colour(0) != colour(1) && colour(1) != colour(2) && colour(0) != colour(2));
        QVERIFY(colour(1).red() > colour(1).green());
        auto* summary = page.findChild<QLabel*>(QStringLiteral("catalogSummary"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("3 backups in")),
                 qPrintable(summary->text()));
        // The profile's default format is preselected.
        QCOMPARE(page.findChild<QComboBox*>(QStringLiteral("backupFormat"))->currentData(),
                 QVariant(QStringLiteral("custom")));

        // A new file appears after Refresh.
        writeBackup(backupDir() + QStringLiteral("/backup_20260104_100000.sql"), "x", -1, {});
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("refreshBackups")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 10000);
        QCOMPARE(cell(0, C::File), QStringLiteral("backup_20260104_100000.sql"));
    }

    void restoreDialogAsksForTheDatabaseNameInCleanMode()
    {
        gui::BackupsPage page(services(), *m_jobs);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 10000);
        auto* restore = page.findChild<QPushButton*>(QStringLiteral("restoreBackup"));
        QVERIFY(!restore->isEnabled()); // nothing selected
        page.findChild<QTableView*>(QStringLiteral("backupsTable"))->selectRow(0);
        QVERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        gui::RestoreDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = page.findChild<gui::RestoreDialog*>()), 10000);
        QTRY_VERIFY(dialog->isVisible());

        // The manifest's facts are shown.
        const QString facts = dialog->findChild<QLabel*>(QStringLiteral("restoreFacts"))->text();
        QVERIFY2(facts.contains(QStringLiteral("backup_20260103_100000.sql")), qPrintable(facts));
        QVERIFY2(facts.contains(QStringLiteral("2 tables")), qPrintable(facts));
        QVERIFY2(facts.contains(QStringLiteral("45 rows in all")), qPrintable(facts));

        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("restoreButton"));
        auto* clean = dialog->findChild<QRadioButton*>(QStringLiteral("modeClean"));
        auto* existing = dialog->findChild<QRadioButton*>(QStringLiteral("modeExisting"));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("confirmDatabase"));
        QVERIFY(ok && clean && existing && name);
        QVERIFY(existing->isChecked());
        QVERIFY(ok->isEnabled());
        QVERIFY(!name->isVisible());

        clickIndicator(clean);
        QVERIFY(clean->isChecked());
        QVERIFY(name->isVisible());
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(name, QStringLiteral("artgen_tes"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(name, QStringLiteral("t"));
        QVERIFY(ok->isEnabled()); // exactly the database name
        QTest::keyClicks(name, QStringLiteral("x"));
        QVERIFY(!ok->isEnabled());
        name->setText(QStringLiteral("ARTGEN_TEST"));
        QVERIFY(!ok->isEnabled()); // not "roughly"
        name->setText(QStringLiteral("artgen_test"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog->options().mode, core::RestoreJob::Mode::Clean);
        clickIndicator(existing);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog->options().mode, core::RestoreJob::Mode::Existing);
        dialog->reject();
    }

    // Case 5 in the panel: a backup of another database opens with a warning, and Restore stays
    // off until the target's name is typed; only then may the job restore into it.
    void case5_anotherDatabasesBackupWantsTheTypedName()
    {
        const QString path = backupDir() + QStringLiteral("/backup_20260104_100000.sql");
        writeBackup(path, "-- dump\n-- PostgreSQL database dump complete\n", 45,
                    fromName(QStringLiteral("20260104_100000")));
        auto m = core::BackupManifest::load(core::BackupManifest::pathFor(path));
        QVERIFY(m);
        m->database = QStringLiteral("rt_otherdb");
        QVERIFY(m->save(core::BackupManifest::pathFor(path)));
        gui::BackupsPage page(services(), *m_jobs);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        page.openRestoreDialog(path);
        gui::RestoreDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = page.findChild<gui::RestoreDialog*>()), 10000);
        QTRY_VERIFY(dialog->isVisible());
        const QString facts = dialog->findChild<QLabel*>(QStringLiteral("restoreFacts"))->text();
        QVERIFY2(facts.contains(QStringLiteral("Not this database")) &&
                     facts.contains(QStringLiteral("rt_otherdb")),
                 qPrintable(facts));
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("restoreButton"));
        auto* existing = dialog->findChild<QRadioButton*>(QStringLiteral("modeExisting"));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("confirmDatabase"));
        QVERIFY(existing->isChecked());
        QVERIFY(name->isVisible()); // even into the existing database
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog->options().intoOtherDatabase);
        QTest::keyClicks(name, QStringLiteral("rt_otherdb")); // the backup's name is not enough
        QVERIFY(!ok->isEnabled());
        name->setText(QStringLiteral("artgen_test"));
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog->options().intoOtherDatabase);
        dialog->reject();
    }

    void restorePlanFollowsTheOptions()
    {
        gui::RestoreDialog::Input input;
        input.options.target.database = QStringLiteral("artgen_test");
        input.options.target.container = QStringLiteral("art_generation_postgres");
        input.options.file = backupDir() + QStringLiteral("/backup_20260101_100000.dump");
        input.fileSize = 5;
        gui::RestoreDialog dialog(input);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* plan = dialog.findChild<QListWidget*>(QStringLiteral("restorePlan"));
        auto* safety = dialog.findChild<QCheckBox*>(QStringLiteral("safetyBackup"));
        auto* stop = dialog.findChild<QCheckBox*>(QStringLiteral("stopServices"));
        QVERIFY(plan && safety && stop);
        QVERIFY(safety->isChecked()); // both on by default
        QVERIFY(stop->isChecked());
        const auto shown = [plan] {
            QStringList lines;
            for (int i = 0; i < plan->count(); ++i)
                lines << plan->item(i)->text();
            return lines;
        };
        const auto mentions = [&](const QString& text) {
            const QStringList lines = shown();
            return std::any_of(lines.cbegin(), lines.cend(),
                               [&](const QString& l) { return l.contains(text); });
        };
        // The plan is RestoreJob's own, numbered, in order.
        const QStringList steps = core::RestoreJob::plan(dialog.options());
        QCOMPARE(plan->count(), steps.size());
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(plan->item(i)->text(), QStringLiteral("%1. %2").arg(i + 1).arg(steps[i]));
        QVERIFY(shown().at(0).startsWith(QStringLiteral("1. Check backup_20260101_100000.dump")));
        QVERIFY(shown().at(1).contains(QStringLiteral("safety backup")));
        QVERIFY(mentions(QStringLiteral("Stop art_generation_backend")));

        clickIndicator(safety);
        QVERIFY(!dialog.options().safetyBackup);
        QVERIFY(!mentions(QStringLiteral("safety backup")));
        QCOMPARE(plan->count(), steps.size() - 1);
        clickIndicator(stop);
        QVERIFY(!mentions(QStringLiteral("Stop art_generation_backend")));
        clickIndicator(safety);
        QVERIFY(mentions(QStringLiteral("safety backup")));
        // Clean mode: the plan says a new database is built and swapped in.
        clickIndicator(dialog.findChild<QRadioButton*>(QStringLiteral("modeClean")));
        QVERIFY(mentions(core::RestoreJob::tempDatabaseName(QStringLiteral("artgen_test"))));
        // Without a manifest the dialog says what cannot be compared.
        const QString facts = dialog.findChild<QLabel*>(QStringLiteral("restoreFacts"))->text();
        QVERIFY2(facts.contains(QStringLiteral("no manifest")), qPrintable(facts));
    }

    void deleteAsksNamingTheFileAndIsAudited()
    {
        gui::BackupsPage page(services(), *m_jobs);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 10000);
        page.findChild<QTableView*>(QStringLiteral("backupsTable"))->selectRow(1);
        const QString path = page.model()->entryAt(1)->path;
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("deleteBackup")),
                          Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = page.findChild<QMessageBox*>(QStringLiteral("confirmDelete"))));
        QVERIFY2(box->text().contains(QStringLiteral("backup_20260102_100000.sql.gz")),
                 qPrintable(box->text()));
        QVERIFY(QFile::exists(path)); // nothing before the answer
        QAbstractButton* del = buttonWithText(box, QStringLiteral("Delete"));
        QVERIFY(del);
        del->click();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 2, 10000);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(core::BackupManifest::pathFor(path)));
        auto* verdict = page.findChild<QLabel*>(QStringLiteral("verdict"));
        QVERIFY(verdict->text().contains(QStringLiteral("Deleted backup_20260102_100000.sql.gz")));
        QFile audit(m_dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray log = audit.readAll();
        QVERIFY2(log.contains("\"delete-backup\"") && log.contains("succeeded") &&
                     log.contains("backup_20260102_100000.sql.gz"),
                 log.constData());
    }

    // Verify runs as a job through the page's job controller: the output names the job and
    // says how long it took, the progress panel goes away, and the verdict names the file.
    void verifyRunsAsAJobWithAVerdict()
    {
        const QString name = QStringLiteral("backup_20260105_100000.sql");
        writeBackup(backupDir() + u'/' + name, "-- dump\n-- PostgreSQL database dump complete\n",
                    -1, {});
        gui::BackupsPage page(services(), *m_jobs);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 4, 10000);
        QCOMPARE(page.model()->entryAt(0)->fileName, name);
        page.findChild<QTableView*>(QStringLiteral("backupsTable"))->selectRow(0);
        auto* verdict = page.findChild<QLabel*>(QStringLiteral("verdict"));
        auto* output = page.findChild<QPlainTextEdit*>(QStringLiteral("jobOutput"));
        QVERIFY(verdict && output);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("verifyBackup")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(verdict->isVisible() && !page.isBusy(), 10000);
        QVERIFY2(verdict->text().contains(name + QStringLiteral(" is complete")),
                 qPrintable(verdict->text()));
        QCOMPARE(verdict->property("verdict").toInt(), 0); // success
        QVERIFY(!page.findChild<QWidget*>(QStringLiteral("progressBox"))->isVisible());
        const QString text = output->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Verifying ") + name), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Finished in ")), qPrintable(text));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("backUpNow"))->isEnabled());
        // The list was read again, and the verified file is still the selected one.
        QTRY_VERIFY_WITH_TIMEOUT(
            page.findChild<QPushButton*>(QStringLiteral("verifyBackup"))->isEnabled(), 10000);
    }

    void failureIsShownAsASentence()
    {
        // No .env: the database cannot be named. The page says what, why and what to do.
        QVERIFY(QFile::remove(stackDir() + QStringLiteral("/Docker_all/.env")));
        gui::BackupsPage page(services(), *m_jobs);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        auto* backUp = page.findChild<QPushButton*>(QStringLiteral("backUpNow"));
        QVERIFY(backUp->isEnabled());
        QTest::mouseClick(backUp, Qt::LeftButton);
        auto* verdict = page.findChild<QLabel*>(QStringLiteral("verdict"));
        QTRY_VERIFY_WITH_TIMEOUT(verdict->isVisible(), 10000);
        QVERIFY2(verdict->text().contains(
                     QStringLiteral("The database settings of profile Test cannot be read.")),
                 qPrintable(verdict->text()));
        QVERIFY2(verdict->text().contains(QStringLiteral("Create Docker_all/.env")),
                 qPrintable(verdict->text()));
        QVERIFY(verdict->styleSheet().contains(QStringLiteral("#8a2a1c"))); // red
        QVERIFY(backUp->isEnabled());                                       // ready again
        QVERIFY(!page.isBusy());
    }

    void settingsEditBackupOptions()
    {
        gui::MainWindow w(*m_settings, *m_language, services(), *m_jobs, QString());
        auto* page = w.settingsPage();
        page->openProfiles(); // the profile's fields are in the Profiles dialog
        auto* dir = page->findChild<QLineEdit*>(QStringLiteral("backupDir"));
        auto* format = page->findChild<QComboBox*>(QStringLiteral("backupFormatDefault"));
        auto* keepLast = page->findChild<QSpinBox*>(QStringLiteral("backupKeepLast"));
        auto* keepDays = page->findChild<QSpinBox*>(QStringLiteral("backupKeepDays"));
        auto* save = page->findChild<QPushButton*>(QStringLiteral("saveProfile"));
        auto* problem = page->findChild<QLabel*>(QStringLiteral("profileValidation"));
        QVERIFY(dir && format && keepLast && keepDays && save && problem);
        QCOMPARE(dir->text(), backupDir());
        QCOMPARE(format->currentData(), QVariant(QStringLiteral("custom")));
        QCOMPARE(keepLast->value(), 10);

        gui::ProfileEditor* editor = page->profileEditor();
        const auto settled = [editor] {
            return !editor->isChecking();
        };

        dir->clear();
        QTest::keyClicks(dir, QStringLiteral("relative/backups"));
        QTRY_VERIFY(settled());
        QVERIFY(!save->isEnabled());
        QVERIFY(problem->text().contains(QStringLiteral("full path")));
        dir->clear();
        QTest::keyClicks(dir, stackDir() + QStringLiteral("/backups"));
        QTRY_VERIFY(settled());
        QVERIFY(!save->isEnabled());
        QVERIFY(problem->text().contains(QStringLiteral("inside the stack folder")));
        dir->clear();
        QTest::keyClicks(dir, m_dir.filePath(QStringLiteral("elsewhere")));
        QTRY_VERIFY(settled());
        QVERIFY(save->isEnabled());
        format->setCurrentIndex(format->findData(QStringLiteral("plain-zst")));
        keepLast->setValue(3);
        keepDays->setValue(14);
        QTRY_VERIFY(settled());
        QVERIFY(save->isEnabled());
        auto* backups = qobject_cast<gui::BackupsPage*>(w.page(gui::MainWindow::Page::Backups));
        QCOMPARE(backups->folder(), backupDir());
        QSignalSpy changed(&w, &gui::MainWindow::profileChanged);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(changed.count(), 1);

        core::SettingsStore reread(m_dir.filePath(QStringLiteral("gui.conf")));
        const core::Profile p = reread.profiles().first();
        QCOMPARE(p.backupDir, m_dir.filePath(QStringLiteral("elsewhere")));
        QCOMPARE(p.backupFormat, QStringLiteral("plain-zst"));
        QCOMPARE(p.backupKeepLast, 3);
        QCOMPARE(p.backupKeepDays, 14);
        // The Backups page follows the saved profile.
        QCOMPARE(backups->folder(), m_dir.filePath(QStringLiteral("elsewhere")));
        QCOMPARE(backups->findChild<QComboBox*>(QStringLiteral("backupFormat"))->currentData(),
                 QVariant(QStringLiteral("plain-zst")));
    }

    // 99999 where 1000 is the most is refused with the range named under the field, and Save
    // waits; nothing is clamped or put back behind the user's back. The Logs line cap, which
    // applies at once, is not applied out of range.
    void outOfRangeIsRefusedWithAMessage()
    {
        gui::MainWindow w(*m_settings, *m_language, services(), *m_jobs, QString());
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.selectPage(gui::MainWindow::Page::Settings);
        auto* page = w.settingsPage();
        page->openProfiles(); // the profile's fields are in the Profiles dialog
        auto* keepLast = page->findChild<QSpinBox*>(QStringLiteral("backupKeepLast"));
        auto* message = page->findChild<QLabel*>(QStringLiteral("backupKeepLastProblem"));
        auto* save = page->findChild<QPushButton*>(QStringLiteral("saveProfile"));
        QVERIFY(keepLast && message && save);
        QTRY_VERIFY(keepLast->isVisible());
        QVERIFY(!message->isVisible());
        gui::ProfileEditor* editor = page->profileEditor();

        keepLast->setFocus();
        keepLast->selectAll();
        QTest::keyClicks(keepLast, QStringLiteral("99999"));
        QCOMPARE(keepLast->text(), QStringLiteral("99999")); // kept as typed
        QTRY_VERIFY(!editor->isChecking());
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("99,999 is out of range. Allowed: 0–1,000."));
        QVERIFY(!save->isEnabled());
        QTest::keyClick(keepLast, Qt::Key_Tab); // leaving the field does not put 10 back
        QCOMPARE(keepLast->value(), 99999);
        QVERIFY(message->isVisible());
        QVERIFY(!save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(m_settings->profiles().first().backupKeepLast, 10); // nothing saved

        keepLast->setFocus();
        keepLast->selectAll();
        QTest::keyClicks(keepLast, QStringLiteral("500"));
        QVERIFY(!message->isVisible());
        QTRY_VERIFY(!editor->isChecking());
        QVERIFY(save->isEnabled());

        // The line cap: typed beyond 5,000,000, refused and not applied.
        auto* lines = page->findChild<QSpinBox*>(QStringLiteral("logLineLimit"));
        auto* linesMessage = page->findChild<QLabel*>(QStringLiteral("logLineLimitProblem"));
        QVERIFY(lines && linesMessage);
        const int before = m_settings->value(core::SettingKeys::logLineLimit);
        lines->setFocus();
        lines->selectAll();
        QTest::keyClicks(lines, QStringLiteral("9000000"));
        QTest::keyClick(lines, Qt::Key_Return);
        QVERIFY(linesMessage->isVisible());
        QVERIFY2(linesMessage->text().contains(QStringLiteral("10,000–5,000,000")),
                 qPrintable(linesMessage->text()));
        QCOMPARE(m_settings->value(core::SettingKeys::logLineLimit), before);
        lines->selectAll();
        QTest::keyClicks(lines, QStringLiteral("300000"));
        QTest::keyClick(lines, Qt::Key_Return);
        QVERIFY(!linesMessage->isVisible());
        QCOMPARE(m_settings->value(core::SettingKeys::logLineLimit), 300000);
    }

    // One unit in one place: the progress line while a backup runs and the banner after it
    // show the same figure for the same bytes, in the UI language's units.
    void progressAndBannerAgreeOnTheSize_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("unit");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral(" MiB");
        QTest::newRow("Russian") << QStringLiteral("ru") << QStringLiteral(" МиБ");
    }
    void progressAndBannerAgreeOnTheSize()
    {
        QFETCH(QString, language);
        QFETCH(QString, unit);
        m_language->apply(language);
        constexpr qint64 bytes = 48'234'496; // 46.0 MiB
        gui::JobController controller(*m_jobs);
        gui::JobProgressPanel panel(&controller);
        panel.show();
        controller.run(std::make_shared<BytesJob>(bytes));
        auto* detail = panel.findChild<QLabel*>(QStringLiteral("progressDetail"));
        QTRY_VERIFY(!detail->text().isEmpty());
        const QString size = core::HumanFormat::bytes(bytes);
        QVERIFY2(size.endsWith(unit), qPrintable(size));
        QVERIFY2(detail->text().startsWith(size + QLatin1Char(' ')), qPrintable(detail->text()));
        const QString banner = gui::BackupsController::backedUpText(QStringLiteral("backup.sql.gz"),
                                                                    bytes, 1500, 3, 0);
        QVERIFY2(banner.contains(QLatin1Char('(') + size + QLatin1Char(')')), qPrintable(banner));
        controller.cancel();
        QTRY_VERIFY(!controller.isRunning());
    }

    // Tab goes through the page as it is laid out: the action row, the table, the selected
    // backup's buttons, Restore from file, then the job's output.
    void tabFollowsTheLayout()
    {
        gui::BackupsPage page(services(), *m_jobs);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QStringList expected = {
            QStringLiteral("backUpNow"),       QStringLiteral("backupFormat"),
            QStringLiteral("refreshBackups"),  QStringLiteral("openBackupFolder"),
            QStringLiteral("backupsTable"),    QStringLiteral("verifyBackup"),
            QStringLiteral("restoreBackup"),   QStringLiteral("deleteBackup"),
            QStringLiteral("restoreFromFile"), QStringLiteral("jobOutput")};
        QStringList order;
        QWidget* w = &page;
        do {
            w = w->nextInFocusChain();
            if ((w->focusPolicy() & Qt::TabFocus) && expected.contains(w->objectName()) &&
                !order.contains(w->objectName()))
                order << w->objectName();
        } while (w != &page);
        QCOMPARE(order, expected);
    }

    // A double-click verifies a backup; the Menu key opens the row's actions, the buttons' own.
    void doubleClickVerifiesAndTheMenuHasTheRowActions()
    {
        gui::BackupsPage page(services(), *m_jobs);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 10000);
        auto* table = page.findChild<gui::RecordTableView*>(QStringLiteral("backupsTable"));
        QMenu* menu = table->rowMenu();
        QVERIFY(menu);
        table->setFocus();
        table->selectRow(1);
        QTest::keyClick(table, Qt::Key_Menu);
        QTRY_VERIFY(menu->isVisible());
        for (const char* name : {"verifyBackup", "restoreBackup", "deleteBackup"}) {
            auto* button = page.findChild<QPushButton*>(QLatin1String(name));
            auto* action = page.findChild<QAction*>(QLatin1String(name));
            QVERIFY(button && action);
            QVERIFY(menu->actions().contains(action));
            QVERIFY(action->isEnabled());
            QCOMPARE(button->isEnabled(), action->isEnabled());
        }
        menu->close();
        QTRY_VERIFY(!menu->isVisible());

        const QRect row = table->visualRect(page.model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, row.center());
        auto* verdict = page.findChild<QLabel*>(QStringLiteral("verdict"));
        auto* output = page.findChild<QPlainTextEdit*>(QStringLiteral("jobOutput"));
        QTRY_VERIFY2_WITH_TIMEOUT(verdict->isVisible() && !page.isBusy(),
                                  qPrintable(output->toPlainText()), 10000);
        QVERIFY2(verdict->text().contains(QStringLiteral("backup_20260103_100000.sql")),
                 qPrintable(verdict->text()));
    }
};

QTEST_MAIN(TestBackupsPage)
#include "tst_backupspage.moc"
