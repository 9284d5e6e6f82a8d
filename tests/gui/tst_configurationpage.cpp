// The Configuration page without a running stack: a temporary copy of the demo stack's files,
// the form, out-of-range refusal, presets, the capacity check, "Show changes", edits that
// survive switching pages, the question before leaving a profile with edits, and files changed
// on disk. Nothing here writes the stack's files: each test checks they are byte-identical.
#include "common/typedconfirmdialog.h"
#include "common/verdictlabel.h"
#include "config/configapplyflow.h"
#include "config/configdiffdialog.h"
#include "config/configdraft.h"
#include "config/configform.h"
#include "config/confighistorymodel.h"
#include "config/configurationpage.h"
#include "i18n/languagemanager.h"
#include "job/jobrunner.h"
#include "mainwindow.h"
#include "session/activeservices.h"
#include "settings/settingspage.h"
#include "settings/settingsstore.h"
#include "stackconfig/confighistory.h"
#include "stackconfig/stacklocator.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace artgen;

class TestConfigurationPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::SettingsStore> m_settings;
    std::unique_ptr<core::LanguageManager> m_language;
    std::unique_ptr<core::ActiveServices> m_services;
    std::unique_ptr<core::JobRunner> m_jobs;
    QHash<QString, QByteArray> m_original;

    QString stackDir(const QString& name = QStringLiteral("stack")) const
    {
        return m_dir.filePath(name);
    }

    static const QStringList& files()
    {
        static const QStringList all = {
            QStringLiteral("nginx-docker.conf"), QStringLiteral("Docker_all/docker-compose.yml"),
            QStringLiteral("app/database/db.py"), QStringLiteral("app/utils/http_client.py")};
        return all;
    }

    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void write(const QString& path, const QByteArray& bytes)
    {
        QSaveFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        QVERIFY(f.commit());
    }

    // The demo stack's files (not its secrets) into `to`.
    static void copyStack(const QString& to)
    {
        const QDir from(core::StackLocator::demoStackDir());
        QDirIterator it(from.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString relative = from.relativeFilePath(source);
            if (relative.endsWith(QStringLiteral(".env")))
                continue;
            QVERIFY(QDir().mkpath(QFileInfo(QDir(to).filePath(relative)).path()));
            QVERIFY(QFile::copy(source, QDir(to).filePath(relative)));
        }
    }

    // The files as the test left them: every test but the on-disk one must keep them so.
    void verifyUntouched(const QString& dir)
    {
        for (const QString& f : files())
            QVERIFY2(read(QDir(dir).filePath(f)) == m_original.value(f), qPrintable(f));
    }

    std::unique_ptr<gui::ConfigurationPage> makePage()
    {
        auto page = std::make_unique<gui::ConfigurationPage>(*m_services, *m_jobs);
        return page;
    }

    static void waitLoaded(gui::ConfigurationPage& page)
    {
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded() && page.draft()->hasDocuments(), 10000);
    }

    // A page with the files read, shown (null when it could not be shown).
    std::unique_ptr<gui::ConfigurationPage> shownPage()
    {
        auto page = makePage();
        waitLoaded(*page);
        page->show();
        return QTest::qWaitForWindowExposed(page.get()) ? std::move(page) : nullptr;
    }

    template <class W> static W* editor(gui::ConfigurationPage& page, const char* key)
    {
        return qobject_cast<W*>(page.form()->editor(QString::fromLatin1(key)));
    }

    template <class W> static W* child(QWidget& parent, const char* name)
    {
        return parent.findChild<W*>(QString::fromLatin1(name));
    }

    // Types `text` into a spin box as a user does: select all, type, leave it there.
    static void typeInto(QAbstractSpinBox* box, const QString& text)
    {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, text);
    }

    // The main window shown on its Configuration page, with the files read.
    static gui::ConfigurationPage* showConfiguration(gui::MainWindow& w)
    {
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            return nullptr;
        w.selectPage(gui::MainWindow::Page::Configuration);
        auto* page =
            qobject_cast<gui::ConfigurationPage*>(w.page(gui::MainWindow::Page::Configuration));
        if (page)
            waitLoaded(*page);
        return page;
    }

    // Types `text` into the number field of `key`, on its file's tab.
    static void typeAt(gui::ConfigurationPage& page, const char* key, const QString& text)
    {
        page.form()->setCurrentIndex(page.form()->tabOf(QString::fromLatin1(key)));
        typeInto(editor<QSpinBox>(page, key), text);
    }

    static QMessageBox* waitForBox(const char* name)
    {
        QMessageBox* box = nullptr;
        const auto find = [&] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (w->objectName() == QLatin1String(name) && w->isVisible())
                    box = qobject_cast<QMessageBox*>(w);
            return box != nullptr;
        };
        return QTest::qWaitFor(find, 5000) ? box : nullptr;
    }

    // Workers 8 → 6 and the read timeout 180 → 90, typed into the shown page.
    static void editTwoValues(gui::ConfigurationPage& page)
    {
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        typeAt(page, "gunicorn.workers", QStringLiteral("6"));
        typeAt(page, "nginx.proxy_read_timeout", QStringLiteral("90"));
        QTRY_VERIFY(child<QPushButton>(page, "applyEdits")->isEnabled());
    }

    static QAbstractButton* buttonWithText(QMessageBox* box, const QString& text)
    {
        for (QAbstractButton* b : box->buttons())
            if (b->text() == text)
                return b;
        return nullptr;
    }

    static void git(const QString& dir, const QStringList& args)
    {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(QStringLiteral("git"),
                QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Test"),
                            QStringLiteral("-c"), QStringLiteral("user.email=test@example.org")} +
                    args);
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    }

    void init()
    {
        QDir(m_dir.filePath(QStringLiteral("data"))).removeRecursively(); // history, presets
        QDir(stackDir()).removeRecursively();
        QDir(stackDir(QStringLiteral("other"))).removeRecursively();
        copyStack(stackDir());
        copyStack(stackDir(QStringLiteral("other")));
        m_original.clear();
        for (const QString& f : files())
            m_original.insert(f, read(QDir(stackDir()).filePath(f)));
        QFile::remove(m_dir.filePath(QStringLiteral("gui.conf")));
        m_settings =
            std::make_unique<core::SettingsStore>(m_dir.filePath(QStringLiteral("gui.conf")));
        // No Docker answers on this socket, and the monitors stay off: nothing reaches the
        // shared stack.
        const QString noDocker =
            QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("no-docker.sock"));
        core::Profile one = core::Profile::fromStackDir(stackDir(), QStringLiteral("One"));
        one.dockerHost = noDocker;
        core::Profile two =
            core::Profile::fromStackDir(stackDir(QStringLiteral("other")), QStringLiteral("Two"));
        two.dockerHost = noDocker;
        m_settings->setProfiles({one, two});
        m_settings->setActiveProfileName(one.name);
        m_language = std::make_unique<core::LanguageManager>();
        m_language->apply(QStringLiteral("en"));
        m_services = std::make_unique<core::ActiveServices>();
        m_services->activate(m_settings->activeProfile());
        m_jobs = std::make_unique<core::JobRunner>();
    }

    void cleanup()
    {
        m_jobs.reset();
        m_services.reset();
        m_language.reset();
        m_settings.reset();
    }

    void showsEachValueWithItsRangeAndPlace()
    {
        auto page = makePage();
        waitLoaded(*page);
        // A tab per file, then the history and the jobs' output.
        QCOMPARE(page->form()->count(), 6);
        QCOMPARE(page->form()->tabText(4), QStringLiteral("History"));
        QCOMPARE(page->form()->tabText(5), QStringLiteral("Output"));
        QCOMPARE(page->form()->tabText(0), QStringLiteral("nginx-docker.conf"));
        QCOMPARE(page->form()->tabText(1), QStringLiteral("docker-compose.yml"));
        QCOMPARE(editor<QSpinBox>(*page, "gunicorn.workers")->value(), 8);
        QCOMPARE(editor<QSpinBox>(*page, "celery.concurrency")->value(), 12);
        QCOMPARE(editor<QSpinBox>(*page, "nginx.proxy_read_timeout")->value(), 180);
        QCOMPARE(editor<QLineEdit>(*page, "nginx.rate")->text(), QStringLiteral("20r/s"));
        QCOMPARE(editor<QComboBox>(*page, "nginx.nodelay")->currentText(), QStringLiteral("on"));
        QCOMPARE(editor<QLineEdit>(*page, "http.read_timeout")->text(), QStringLiteral("180"));
        QCOMPARE(child<QLabel>(*page, "current_nginx_proxy_read_timeout")->text(),
                 QStringLiteral("180s"));
        // Where: the file and line, and for nginx the block a change edits.
        QCOMPARE(child<QLabel>(*page, "where_gunicorn_workers")->text(),
                 QStringLiteral("Docker_all/docker-compose.yml:71"));
        QCOMPARE(child<QLabel>(*page, "where_nginx_proxy_read_timeout")->text(),
                 QStringLiteral("nginx-docker.conf:36, in server > location /api/"));
        QCOMPARE(child<QLabel>(*page, "where_nginx_rate")->text(),
                 QStringLiteral("nginx-docker.conf:6, at the top level"));
        QVERIFY(page->form()->findChildren<QLabel*>().size() > 17 * 4);
        QVERIFY(!page->hasUnsavedEdits());
        QVERIFY(!child<QPushButton>(*page, "showChanges")->isEnabled());
        verifyUntouched(stackDir());
    }

    void refusesValuesOutOfRange()
    {
        auto page = shownPage();
        QVERIFY(page);
        page->form()->setCurrentIndex(page->form()->tabOf(QStringLiteral("gunicorn.workers")));
        auto* workers = editor<QSpinBox>(*page, "gunicorn.workers");
        auto* problem = child<QLabel>(*page, "edit_gunicorn_workersProblem");
        QVERIFY(problem);
        typeInto(workers, QStringLiteral("65"));
        // Refused with the range named, not clamped: the field keeps 65.
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("64")), qPrintable(problem->text()));
        QCOMPARE(workers->text(), QStringLiteral("65"));
        QVERIFY(page->hasUnsavedEdits());
        QVERIFY(!page->draft()->isValid());
        QVERIFY(!child<QPushButton>(*page, "showChanges")->isEnabled());
        QVERIFY(!child<QPushButton>(*page, "applyEdits")->isEnabled());
        QVERIFY(
            child<QLabel>(*page, "editSummary")->text().contains(QStringLiteral("not allowed")));

        typeInto(workers, QStringLiteral("6"));
        QTRY_VERIFY(!problem->isVisible());
        QVERIFY(page->draft()->isValid());
        QCOMPARE(page->draft()->changedFiles(),
                 QStringList{QStringLiteral("Docker_all/docker-compose.yml")});
        QVERIFY(child<QPushButton>(*page, "showChanges")->isEnabled());

        // A text value: the rate must be a rate.
        page->form()->setCurrentIndex(0);
        auto* rate = editor<QLineEdit>(*page, "nginx.rate");
        rate->setFocus();
        rate->selectAll();
        QTest::keyClicks(rate, QStringLiteral("fast"));
        auto* rateProblem = child<QLabel>(*page, "problem_nginx_rate");
        QTRY_VERIFY(rateProblem->isVisible());
        QVERIFY(rateProblem->text().contains(QStringLiteral("\"fast\"")));
        QVERIFY(!page->draft()->isValid());
        verifyUntouched(stackDir());
    }

    void presetPutsItsValuesIntoTheForm()
    {
        auto page = makePage();
        waitLoaded(*page);
        auto* combo = child<QComboBox>(*page, "presetCombo");
        combo->setCurrentIndex(combo->findData(QStringLiteral("previous")));
        child<QPushButton>(*page, "usePreset")->click();
        QCOMPARE(editor<QSpinBox>(*page, "gunicorn.workers")->value(), 4);
        QCOMPARE(editor<QSpinBox>(*page, "celery.concurrency")->value(), 8);
        QCOMPARE(editor<QSpinBox>(*page, "nginx.proxy_read_timeout")->value(), 60);
        QCOMPARE(editor<QLineEdit>(*page, "nginx.rate")->text(), QStringLiteral("off"));
        QVERIFY(child<QLabel>(*page, "name_gunicorn_workers")->font().bold());
        QVERIFY(!child<QLabel>(*page, "name_db_pool_size")->font().bold()); // unchanged: 20
        QCOMPARE(page->draft()->changedFiles(),
                 (QStringList{QStringLiteral("Docker_all/docker-compose.yml"),
                              QStringLiteral("nginx-docker.conf")}));
        // The capacity check follows the edits at once.
        const QString capacity = child<QLabel>(*page, "capacityText")->text();
        QVERIFY2(capacity.contains(QStringLiteral("4 × (20 + 40) + 8 × (20 + 40) = 720")),
                 qPrintable(capacity));

        // "Optimized" is what the files hold: choosing it drops the edits.
        combo->setCurrentIndex(combo->findData(QStringLiteral("optimized")));
        child<QPushButton>(*page, "usePreset")->click();
        QVERIFY(!page->hasUnsavedEdits());
        QCOMPARE(editor<QSpinBox>(*page, "gunicorn.workers")->value(), 8);
        verifyUntouched(stackDir());
    }

    void capacityCheckSaysWhenTheInstructionsOwnValuesExceedTheServer()
    {
        auto page = makePage();
        waitLoaded(*page);
        auto* capacity = child<QLabel>(*page, "capacityText");
        QVERIFY(capacity->text().contains(QStringLiteral("8 × (20 + 40) + 12 × (20 + 40) = 1200")));
        QVERIFY(capacity->text().contains(
            QStringLiteral("deployment instructions' own optimized values")));
        // No monitor runs here: the demo's limit, said as such.
        QVERIFY(capacity->text().contains(QStringLiteral("max_connections of 100 (3 reserved)")));
        QCOMPARE(child<QGroupBox>(*page, "capacityBox")->property("ok").toBool(), false);

        // Within the limits: 1 worker and 1 Celery process with a pool of 20 + 20.
        page->show();
        typeAt(*page, "db.max_overflow", QStringLiteral("20"));
        typeAt(*page, "gunicorn.workers", QStringLiteral("1"));
        typeAt(*page, "celery.concurrency", QStringLiteral("1"));
        QTRY_VERIFY2(
            capacity->text().contains(QStringLiteral("1 × (20 + 20) + 1 × (20 + 20) = 80")),
            qPrintable(capacity->text()));
        QCOMPARE(child<QGroupBox>(*page, "capacityBox")->property("ok").toBool(), true);
        verifyUntouched(stackDir());
    }

    void showChangesOpensAColouredDiffPerFile()
    {
        auto page = shownPage();
        QVERIFY(page);
        editTwoValues(*page);
        auto* show = child<QPushButton>(*page, "showChanges");
        QTRY_VERIFY(show->isEnabled());
        show->click();
        gui::ConfigDiffDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = page->findChild<gui::ConfigDiffDialog*>()) && dialog->isVisible(), 5000);
        QVERIFY(dialog->isModal());
        QCOMPARE(dialog->tabs()->count(), 2);
        QCOMPARE(dialog->tabs()->tabText(0), QStringLiteral("docker-compose.yml"));
        QCOMPARE(dialog->tabs()->tabText(1), QStringLiteral("nginx-docker.conf"));
        auto* compose = qobject_cast<QTextBrowser*>(dialog->tabs()->widget(0));
        const QString text = compose->toPlainText();
        QVERIFY2(
            text.contains(QStringLiteral("\n-    command: gunicorn app.main:app --workers 8 ")),
            qPrintable(text));
        QVERIFY(
            text.contains(QStringLiteral("\n+    command: gunicorn app.main:app --workers 6 ")));
        QVERIFY(text.contains(QStringLiteral("+++ b/Docker_all/docker-compose.yml")) ||
                text.contains(QStringLiteral("+++ Docker_all/docker-compose.yml")));
        auto* nginx = qobject_cast<QTextBrowser*>(dialog->tabs()->widget(1));
        QVERIFY(nginx->toPlainText().contains(QStringLiteral("+        proxy_read_timeout 90s;")) ||
                nginx->toPlainText().contains(QStringLiteral("+        proxy_read_timeout 90;")));
        dialog->reject();
        verifyUntouched(stackDir());
    }

    void diffLinesAreColouredByTheirMark()
    {
        const QString html = gui::ConfigDiffDialog::html(
            "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old <1>\n+new & 2\n same\n");
        QVERIFY(html.contains(QStringLiteral("background-color:#fbe0dc\">-old &lt;1&gt;</span>")));
        QVERIFY(html.contains(QStringLiteral("background-color:#dcf5e3\">+new &amp; 2</span>")));
        QVERIFY(html.contains(QStringLiteral("color:#1a5fb4\">@@ -1 +1 @@</span>")));
        QVERIFY(html.contains(QStringLiteral("\n same\n")));
    }

    void nginxKeyInSeveralBlocksSaysWhichOneAndCanChangeAll()
    {
        // proxy_read_timeout in the server and in two locations.
        QByteArray conf = m_original.value(QStringLiteral("nginx-docker.conf"));
        conf.replace("    client_max_body_size 10m;\n",
                     "    client_max_body_size 10m;\n    proxy_read_timeout 30s;\n");
        conf.replace("        index index.html;\n",
                     "        index index.html;\n        proxy_read_timeout 45s;\n");
        write(QDir(stackDir()).filePath(QStringLiteral("nginx-docker.conf")), conf);
        auto page = shownPage();
        QVERIFY(page);
        auto* all = page->form()->allPlaces(QStringLiteral("nginx.proxy_read_timeout"));
        QVERIFY(all->isVisible());
        QCOMPARE(all->text(), QStringLiteral("Change all 3 places"));
        QVERIFY(all->toolTip().contains(QStringLiteral("in server > location /: 45s")));
        QVERIFY(child<QLabel>(*page, "where_nginx_proxy_read_timeout")
                    ->text()
                    .endsWith(QStringLiteral("in server > location /api/")));
        QVERIFY(!page->form()->allPlaces(QStringLiteral("nginx.proxy_send_timeout"))->isVisible());

        typeInto(editor<QSpinBox>(*page, "nginx.proxy_read_timeout"), QStringLiteral("90"));
        QByteArray edited =
            page->draft()->edited()->bytes().value(QStringLiteral("nginx-docker.conf"));
        QCOMPARE(edited.count("proxy_read_timeout 90"), 1); // the /api/ block only
        all->click();
        QVERIFY(page->draft()->allOccurrences(QStringLiteral("nginx.proxy_read_timeout")));
        edited = page->draft()->edited()->bytes().value(QStringLiteral("nginx-docker.conf"));
        QCOMPARE(edited.count("proxy_read_timeout 90"), 3);
        QCOMPARE(edited.count("proxy_read_timeout"), 3);
    }

    void editsSurviveSwitchingPages()
    {
        gui::MainWindow w(*m_settings, *m_language, *m_services, *m_jobs, QString());
        gui::ConfigurationPage* page = showConfiguration(w);
        QVERIFY(page);
        typeAt(*page, "celery.concurrency", QStringLiteral("10"));
        QVERIFY(page->hasUnsavedEdits());
        w.selectPage(gui::MainWindow::Page::Backups);
        QTRY_VERIFY(!page->isVisible());
        w.selectPage(gui::MainWindow::Page::Configuration);
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(editor<QSpinBox>(*page, "celery.concurrency")->value(), 10);
        QVERIFY(page->hasUnsavedEdits());
        QVERIFY(child<QLabel>(*page, "name_celery_concurrency")->font().bold());
        verifyUntouched(stackDir());
    }

    void leavingTheProfileWithEditsAsks()
    {
        gui::MainWindow w(*m_settings, *m_language, *m_services, *m_jobs, QString());
        gui::ConfigurationPage* page = showConfiguration(w);
        QVERIFY(page);
        typeAt(*page, "gunicorn.workers", QStringLiteral("5"));
        QVERIFY(page->hasUnsavedEdits());

        w.selectPage(gui::MainWindow::Page::Settings);
        auto* settings = w.settingsPage();
        auto* list = settings->findChild<QListWidget*>(QStringLiteral("profileList"));
        auto* makeActive = settings->findChild<QPushButton*>(QStringLiteral("makeActiveProfile"));
        list->setCurrentRow(1); // "Two"
        makeActive->click();
        QMessageBox* box = waitForBox("confirmLeave");
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("profile One")));
        // Cancel: nothing switches, the edits stay.
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!box->isVisible() || box->isHidden());
        QCOMPARE(m_settings->activeProfileName(), QStringLiteral("One"));
        QCOMPARE(m_services->current()->profile().name, QStringLiteral("One"));
        QVERIFY(page->hasUnsavedEdits());

        list->setCurrentRow(1);
        makeActive->click();
        box = waitForBox("confirmLeave");
        QVERIFY(box);
        QAbstractButton* discard = nullptr;
        for (QAbstractButton* b : box->buttons())
            if (b->text() == QStringLiteral("Discard and switch"))
                discard = b;
        QVERIFY(discard);
        discard->click();
        QTRY_COMPARE(m_services->current()->profile().name, QStringLiteral("Two"));
        QCOMPARE(m_settings->activeProfileName(), QStringLiteral("Two"));
        waitLoaded(*page);
        QVERIFY(!page->hasUnsavedEdits());
        QCOMPARE(page->controller()->stackDir(), stackDir(QStringLiteral("other")));
        QCOMPARE(editor<QSpinBox>(*page, "gunicorn.workers")->value(), 8);
        verifyUntouched(stackDir());
    }

    void editsStayWhenTheProfileChangesButNotItsFolder()
    {
        auto page = shownPage();
        QVERIFY(page);
        typeAt(*page, "gunicorn.workers", QStringLiteral("6"));
        // The active profile saved under another name: the same files, the same edits.
        core::Profile renamed = *m_settings->activeProfile();
        renamed.name = QStringLiteral("One renamed");
        QVERIFY(m_services->activate(renamed));
        QCOMPARE(page->controller()->stackDir(), stackDir());
        waitLoaded(*page);
        QVERIFY(page->hasUnsavedEdits());
        QCOMPARE(editor<QSpinBox>(*page, "gunicorn.workers")->value(), 6);
        // Another folder: the edits were for other files.
        QVERIFY(m_services->activate(m_settings->profile(QStringLiteral("Two"))));
        QTRY_COMPARE(page->controller()->stackDir(), stackDir(QStringLiteral("other")));
        waitLoaded(*page);
        QVERIFY(!page->hasUnsavedEdits());
        QCOMPARE(editor<QSpinBox>(*page, "gunicorn.workers")->value(), 8);
        verifyUntouched(stackDir());
    }

    void closingTheWindowWithEditsAsks()
    {
        gui::MainWindow w(*m_settings, *m_language, *m_services, *m_jobs, QString());
        gui::ConfigurationPage* page = showConfiguration(w);
        QVERIFY(page);
        typeAt(*page, "gunicorn.workers", QStringLiteral("5"));
        QVERIFY(!w.close()); // asked instead
        QMessageBox* box = waitForBox("confirmLeave");
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Quitting discards the edits")));
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(w.isVisible());
        QVERIFY(page->hasUnsavedEdits());

        QVERIFY(!w.close());
        box = waitForBox("confirmLeave");
        QVERIFY(box);
        buttonWithText(box, QStringLiteral("Discard and quit"))->click();
        QTRY_VERIFY(!w.isVisible());
        QVERIFY(!page->hasUnsavedEdits());
        verifyUntouched(stackDir());
    }

    void switchingWithoutEditsDoesNotAsk()
    {
        gui::MainWindow w(*m_settings, *m_language, *m_services, *m_jobs, QString());
        auto* page =
            qobject_cast<gui::ConfigurationPage*>(w.page(gui::MainWindow::Page::Configuration));
        waitLoaded(*page);
        auto* settings = w.settingsPage();
        settings->findChild<QListWidget*>(QStringLiteral("profileList"))->setCurrentRow(1);
        settings->findChild<QPushButton*>(QStringLiteral("makeActiveProfile"))->click();
        QCOMPARE(m_services->current()->profile().name, QStringLiteral("Two"));
        QTRY_COMPARE(page->controller()->stackDir(), stackDir(QStringLiteral("other")));
    }

    void changesOnDiskAreReadAgainAndEditsKept()
    {
        auto page = shownPage();
        QVERIFY(page);
        typeAt(*page, "gunicorn.workers", QStringLiteral("6"));
        QSignalSpy loaded(page.get(), &gui::ConfigurationPage::documentsLoaded);
        // Someone else edits the compose file (saved through a rename, as editors do).
        const QString compose =
            QDir(stackDir()).filePath(QStringLiteral("Docker_all/docker-compose.yml"));
        QByteArray bytes = read(compose);
        QVERIFY(bytes.contains("--concurrency=12"));
        bytes.replace("--concurrency=12", "--concurrency=10");
        write(compose, bytes);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(*page, "current_celery_concurrency")->text() ==
                                     QStringLiteral("10"),
                                 10000);
        QCOMPARE(editor<QSpinBox>(*page, "celery.concurrency")->value(), 10);
        // The edit stays, on top of the new content, and the page says so.
        QCOMPARE(editor<QSpinBox>(*page, "gunicorn.workers")->value(), 6);
        QVERIFY(page->hasUnsavedEdits());
        auto* notice = child<QLabel>(*page, "notice");
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("changed on disk")));
        const QByteArray edited =
            page->draft()->edited()->bytes().value(QStringLiteral("Docker_all/docker-compose.yml"));
        QVERIFY(edited.contains("--workers 6"));
        QVERIFY(edited.contains("--concurrency=10"));
    }

    void unreadableFileIsSaidWithItsPlace()
    {
        QByteArray conf = m_original.value(QStringLiteral("nginx-docker.conf"));
        conf.replace("location /api/ {", "location /api/ {{");
        write(QDir(stackDir()).filePath(QStringLiteral("nginx-docker.conf")), conf);
        auto page = makePage();
        QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 10000);
        QVERIFY(!page->draft()->hasDocuments());
        page->show();
        auto* notice = child<QLabel>(*page, "notice");
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("nginx-docker.conf")),
                 qPrintable(notice->text()));
        QVERIFY(!editor<QSpinBox>(*page, "gunicorn.workers")->isEnabled());
        QVERIFY(!child<QPushButton>(*page, "usePreset")->isEnabled());
    }

    void applyAsksWithTheValuesAndWhatWillRestart()
    {
        auto page = makePage();
        waitLoaded(*page);
        editTwoValues(*page);
        child<QPushButton>(*page, "applyEdits")->click();
        QMessageBox* box = waitForBox("confirmApply");
        QVERIFY(box);
        QVERIFY(box->isModal());
        QVERIFY(box->text().contains(QStringLiteral("profile One")));
        const QString info = box->informativeText();
        QVERIFY2(info.contains(QStringLiteral("gunicorn.workers: 8 → 6")), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("nginx.proxy_read_timeout: 180s → 90")));
        QVERIFY(info.contains(QStringLiteral("nginx -s reload")));
        QVERIFY(info.contains(QStringLiteral("Recreate backend")));
        QVERIFY(box->checkBox() && box->checkBox()->isChecked());
        QVERIFY(box->detailedText().contains(
            QStringLiteral("+    command: gunicorn app.main:app --workers 6")));
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(page->hasUnsavedEdits());
        verifyUntouched(stackDir());
    }

    void failedValidationWritesNothing()
    {
        // The copy has no .env and no Docker answers this profile: the candidates do not pass
        // (docker-compose config needs the .env; nginx -t needs Docker), so nothing is written,
        // the edits stay and the history stays empty.
        auto page = makePage();
        waitLoaded(*page);
        editTwoValues(*page);
        child<QPushButton>(*page, "applyEdits")->click();
        QMessageBox* box = waitForBox("confirmApply");
        QVERIFY(box);
        buttonWithText(box, QStringLiteral("Apply"))->click();
        auto* verdict = child<gui::VerdictLabel>(*page, "verdict");
        QTRY_VERIFY_WITH_TIMEOUT(verdict->isVisible(), 60000);
        QCOMPARE(verdict->property("verdict").toInt(), int(gui::VerdictLabel::Kind::Failure));
        // Which check fails first is the validator's business; the user reads why.
        QVERIFY(!verdict->text().isEmpty());
        // The checkers' output is in the Output tab, which the page showed when the job began.
        QCOMPARE(page->form()->currentWidget()->objectName(), QStringLiteral("output"));
        const QString output =
            page->form()->currentWidget()->findChild<QPlainTextEdit*>()->toPlainText();
        QVERIFY2(output.contains(QStringLiteral("Applying the configuration to One")),
                 qPrintable(output));
        QVERIFY(page->hasUnsavedEdits());
        QTRY_VERIFY(child<QPushButton>(*page, "applyEdits")->isEnabled());
        QCOMPARE(page->historyModel()->rowCount(), 0);
        verifyUntouched(stackDir());
    }

    void historyListsChangesAndRollbackAsks()
    {
        // A change recorded earlier (workers 4 → 8): the files hold its "after".
        const QString compose = QStringLiteral("Docker_all/docker-compose.yml");
        QByteArray before = m_original.value(compose);
        before.replace("--workers 8", "--workers 4");
        core::ConfigHistoryEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.id = core::ConfigHistory::newId(e.time);
        e.user = QStringLiteral("tester");
        e.profile = QStringLiteral("One");
        e.kind = QStringLiteral("preset");
        e.files = {{compose, before, m_original.value(compose)}};
        e.values = {{QStringLiteral("gunicorn.workers"), QStringLiteral("4"), QStringLiteral("8")}};
        e.summary = QStringLiteral("gunicorn.workers 4 → 8");
        QVERIFY(core::ConfigHistory::forProfile(*m_settings->activeProfile()).append(e));
        // Marked production: a rollback also asks for the profile's name (at the end).
        core::Profile production = *m_settings->activeProfile();
        production.production = true;
        m_services->activate(production);

        auto page = makePage();
        waitLoaded(*page);
        page->show();
        auto* model = page->historyModel();
        QTRY_COMPARE(model->rowCount(), 1);
        using C = gui::ConfigHistoryModel::Column;
        QCOMPARE(model->index(0, C::User).data().toString(), QStringLiteral("tester"));
        QCOMPARE(model->index(0, C::Kind).data().toString(), QStringLiteral("preset"));
        QCOMPARE(model->index(0, C::Summary).data().toString(), e.summary);
        QCOMPARE(model->headerData(C::Time, Qt::Horizontal).toString(), QStringLiteral("Time"));
        auto* rollBack = child<QPushButton>(*page, "rollBack");
        QVERIFY(!rollBack->isEnabled()); // nothing selected
        page->form()->setCurrentIndex(4);
        child<QTableView>(*page, "historyTable")->selectRow(0);
        QVERIFY(rollBack->isEnabled());
        rollBack->click();
        QMessageBox* box = waitForBox("confirmRollback");
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(QStringLiteral("gunicorn.workers: 8 → 4")),
                 qPrintable(box->informativeText()));
        QVERIFY(box->detailedText().contains(
            QStringLiteral("+    command: gunicorn app.main:app --workers 4")));
        box->button(QMessageBox::Cancel)->click();
        verifyUntouched(stackDir());

        // Yes to the question, then the production profile's name: Cancel there writes nothing.
        QTRY_VERIFY(!box->isVisible());
        rollBack->click();
        box = waitForBox("confirmRollback");
        QVERIFY(box);
        QAbstractButton* proceed = nullptr;
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                proceed = b;
        QVERIFY(proceed);
        proceed->click();
        gui::TypedConfirmDialog* typed = nullptr;
        QTRY_VERIFY((typed = page->findChild<gui::TypedConfirmDialog*>()) && typed->isVisible());
        QVERIFY(!typed->confirmButton()->isEnabled());
        QTest::keyClicks(typed->nameField(), QStringLiteral("one"));
        QVERIFY(!typed->confirmButton()->isEnabled()); // the exact name, case included
        typed->reject();
        verifyUntouched(stackDir());
        QCOMPARE(model->rowCount(), 1); // nothing recorded
    }

    void gitHeadIsOfferedWhenTheFolderIsARepository()
    {
        auto page = makePage();
        waitLoaded(*page);
        // Not a repository: there is no "Option 1".
        QTRY_VERIFY_WITH_TIMEOUT(page->applyFlow()->isGitKnown(), 10000);
        QVERIFY(!page->applyFlow()->gitState());
        QVERIFY(!child<QPushButton>(*page, "gitRestore")->isEnabled());
        page.reset();

        git(stackDir(), {QStringLiteral("init"), QStringLiteral("-q")});
        git(stackDir(), {QStringLiteral("add"), QStringLiteral(".")});
        git(stackDir(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                         QStringLiteral("stack")});
        QByteArray conf = m_original.value(QStringLiteral("nginx-docker.conf"));
        conf.replace("proxy_read_timeout 180s;", "proxy_read_timeout 120s;");
        write(QDir(stackDir()).filePath(QStringLiteral("nginx-docker.conf")), conf);

        page = makePage();
        waitLoaded(*page);
        page->show();
        auto* restore = child<QPushButton>(*page, "gitRestore");
        QTRY_VERIFY_WITH_TIMEOUT(restore->isEnabled(), 10000);
        restore->click();
        QMessageBox* box = waitForBox("confirmGit");
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral(" M nginx-docker.conf")),
                 qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(
                     QStringLiteral("nginx.proxy_read_timeout: 120s → 180s")),
                 qPrintable(box->informativeText()));
        QVERIFY(box->detailedText().contains(QStringLiteral("+        proxy_read_timeout 120s;")));
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(read(QDir(stackDir()).filePath(QStringLiteral("nginx-docker.conf"))), conf);
    }

    void savedPresetAppearsAndPutsItsValuesBack()
    {
        auto page = shownPage();
        QVERIFY(page);
        typeAt(*page, "gunicorn.workers", QStringLiteral("6"));
        child<QPushButton>(*page, "savePreset")->click();
        QInputDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<QInputDialog*>(QStringLiteral("presetName"))) &&
                    dialog->isVisible());
        dialog->setTextValue(QStringLiteral("Six workers"));
        dialog->accept();
        auto* combo = child<QComboBox>(*page, "presetCombo");
        QTRY_VERIFY_WITH_TIMEOUT(combo->findText(QStringLiteral("Six workers")) >= 0, 5000);
        QTRY_VERIFY(child<gui::VerdictLabel>(*page, "verdict")->isVisible());

        child<QPushButton>(*page, "discardEdits")->click();
        QVERIFY(!page->hasUnsavedEdits());
        QCOMPARE(editor<QSpinBox>(*page, "gunicorn.workers")->value(), 8);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Six workers")));
        child<QPushButton>(*page, "usePreset")->click();
        QCOMPARE(editor<QSpinBox>(*page, "gunicorn.workers")->value(), 6);
        QCOMPARE(page->draft()->changedFiles(),
                 QStringList{QStringLiteral("Docker_all/docker-compose.yml")});
        verifyUntouched(stackDir());
    }
};

QTEST_MAIN(TestConfigurationPage)
#include "tst_configurationpage.moc"
