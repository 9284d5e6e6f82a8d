#include "containers/containersmodel.h"
#include "containers/containerspage.h"
#include "docker/dockerclient.h"
#include "i18n/languagemanager.h"
#include "job/jobrunner.h"
#include "logs/logsmodel.h"
#include "logs/logspage.h"
#include "mainwindow.h"
#include "session/activeservices.h"
#include "settings/profileeditor.h"
#include "settings/settingspage.h"
#include "settings/settingsstore.h"
#include "stackconfig/stacklocator.h"
#include "util/workerthread.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace artgen;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::SettingsStore> m_settings;
    std::unique_ptr<core::LanguageManager> m_language;
    std::unique_ptr<core::ActiveServices> m_services;
    std::unique_ptr<core::JobRunner> m_jobs;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("gui.conf")); }

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<core::SettingsStore>(settingsPath());
        m_settings->ensureDemoProfile(core::StackLocator::demoStackDir(),
                                      QStringLiteral("Demo stack"));
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

    void opensWithEveryPageSelectable()
    {
        gui::MainWindow w(*m_settings, *m_language, *m_services, *m_jobs, QString());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* nav = w.findChild<QListWidget*>(QStringLiteral("navigation"));
        auto* stack = w.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QVERIFY(nav && stack);
        QCOMPARE(nav->count(), gui::MainWindow::pages().size());
        QCOMPARE(stack->count(), nav->count());
        for (auto page : gui::MainWindow::pages()) {
            w.selectPage(page);
            QCOMPARE(w.currentPage(), page);
            QVERIFY(stack->currentWidget()->isVisible());
            QCOMPARE(stack->currentWidget()->objectName(),
                     gui::MainWindow::pageKey(page) + QStringLiteral("Page"));
        }
        // Clicking in the navigation list switches pages too.
        nav->setCurrentRow(1);
        QCOMPARE(w.currentPage(), gui::MainWindow::Page::Logs);
        // Every page is a real one: none is left saying it is not available yet.
        for (auto page : gui::MainWindow::pages()) {
            const auto labels = w.page(page)->findChildren<QLabel*>();
            QVERIFY2(std::none_of(labels.cbegin(), labels.cend(),
                                  [](QLabel* l) {
                                      return l->text().contains(
                                          QStringLiteral("not available yet"));
                                  }),
                     qPrintable(gui::MainWindow::pageKey(page)));
        }
    }

    void containersPageShowsTheStackServices()
    {
        gui::MainWindow w(*m_settings, *m_language, *m_services, *m_jobs, QString());
        auto* page = qobject_cast<gui::ContainersPage*>(w.page(gui::MainWindow::Page::Containers));
        QVERIFY(page);
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every service of the profile gets a row: live from Docker when it answers, as
        // "missing" or "unknown" when it does not — never an empty table.
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount() >= 5, true, 15000);
        QStringList services;
        for (int r = 0; r < page->model()->rowCount(); ++r)
            services << page->model()->serviceAt(r)->service;
        for (const QString& s : core::Profile::serviceNames())
            QVERIFY2(services.contains(s), qPrintable(s));
    }

    void statusBarShowsProfileAndDocker()
    {
        gui::MainWindow w(*m_settings, *m_language, *m_services, *m_jobs, QString());
        auto* profile = w.findChild<QLabel*>(QStringLiteral("profileStatus"));
        auto* docker = w.findChild<QLabel*>(QStringLiteral("dockerStatus"));
        QCOMPARE(profile->text(), QStringLiteral("Profile: Demo stack"));
        QCOMPARE(docker->text(), QStringLiteral("Docker: checking…"));
        core::DockerStatus down;
        down.endpoint = QStringLiteral("unix:///nowhere.sock");
        down.error = core::Error(core::Error::Code::Unreachable,
                                 QStringLiteral("Docker is not running at unix:///nowhere.sock."));
        w.setDockerStatus(down);
        QVERIFY(docker->text().contains(QStringLiteral("does not answer")));
        core::DockerStatus up;
        up.reachable = true;
        up.serverVersion = QStringLiteral("20.10.24");
        up.apiVersion = QStringLiteral("1.41");
        w.setDockerStatus(up);
        QCOMPARE(docker->text(), QStringLiteral("Docker 20.10.24 (API 1.41) answers"));
    }

    void languageSwitchChangesVisibleTextsAtRunTime()
    {
        gui::MainWindow w(*m_settings, *m_language, *m_services, *m_jobs, QString());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* nav = w.findChild<QListWidget*>(QStringLiteral("navigation"));
        auto* settingsPage = w.settingsPage();
        QWidget* deployment = w.page(gui::MainWindow::Page::Deployment); // built before the switch
        auto* profile = w.findChild<QLabel*>(QStringLiteral("profileStatus"));
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Containers"));
        QCOMPARE(w.windowTitle(), QStringLiteral("ArtGen Control Panel"));

        settingsPage->chooseLanguage(QStringLiteral("ru"));
        QCOMPARE(m_language->current(), QStringLiteral("ru"));
        // Qt posts LanguageChange to the windows: it arrives with the next event loop turn.
        QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("Контейнеры"));
        const int settingsRow =
            int(gui::MainWindow::pages().indexOf(gui::MainWindow::Page::Settings));
        QCOMPARE(nav->item(settingsRow)->text(), QStringLiteral("Настройки"));
        QCOMPARE(w.windowTitle(), QStringLiteral("Панель управления ArtGen"));
        QVERIFY(profile->text().startsWith(QStringLiteral("Профиль:")));
        auto* newDeployment = deployment->findChild<QPushButton*>(QStringLiteral("newDeployment"));
        QVERIFY(newDeployment);
        QCOMPARE(newDeployment->text(), QStringLiteral("Новое развёртывание…"));
        auto* follow =
            w.page(gui::MainWindow::Page::Logs)->findChild<QPushButton*>(QStringLiteral("follow"));
        QCOMPARE(follow->text(), QStringLiteral("Следить"));
        QCOMPARE(m_settings->language(), QStringLiteral("ru")); // remembered

        settingsPage->chooseLanguage(QStringLiteral("en"));
        QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("Containers"));
    }

    void containersLogsButtonLandsOnTheLogsPageFiltered()
    {
        gui::MainWindow w(*m_settings, *m_language, *m_services, *m_jobs, QString());
        auto* containers =
            qobject_cast<gui::ContainersPage*>(w.page(gui::MainWindow::Page::Containers));
        QVERIFY(containers);
        Q_EMIT containers->logsRequested(QStringLiteral("celery"));
        QCOMPARE(w.currentPage(), gui::MainWindow::Page::Logs);
        auto* page = qobject_cast<gui::LogsPage*>(w.page(gui::MainWindow::Page::Logs));
        QCOMPARE(page->chosenServices(), QStringList{QStringLiteral("celery")});
        QCOMPARE(page->model()->filter().sources, QStringList{QStringLiteral("celery")});
        auto* source = page->findChild<QToolButton*>(QStringLiteral("sourceFilter"));
        QCOMPARE(source->text(), QStringLiteral("Container: celery"));
    }

    // The Settings page's line cap reaches the Logs page at once and is remembered.
    void logLineLimitFromSettingsReachesTheLogsPage()
    {
        gui::MainWindow w(*m_settings, *m_language, *m_services, *m_jobs, QString());
        auto* logs = qobject_cast<gui::LogsPage*>(w.page(gui::MainWindow::Page::Logs));
        auto* limit = w.page(gui::MainWindow::Page::Settings)
                          ->findChild<QSpinBox*>(QStringLiteral("logLineLimit"));
        QVERIFY(logs && limit);
        QCOMPARE(limit->value(), int(logs->store().capacity()));
        limit->setValue(50000);
        QCOMPARE(logs->store().capacity(), 50000);
        QCOMPARE(m_settings->value(core::SettingKeys::logLineLimit), 50000);
    }

    void geometryAndLastPageAreRemembered()
    {
        {
            gui::MainWindow w(*m_settings, *m_language, *m_services, *m_jobs, QString());
            w.restoreState();
            w.resize(900, 640);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.selectPage(gui::MainWindow::Page::Backups);
            w.close();
        }
        core::SettingsStore reread(settingsPath());
        gui::MainWindow again(reread, *m_language, *m_services, *m_jobs, QString());
        again.restoreState();
        QCOMPARE(again.currentPage(), gui::MainWindow::Page::Backups);
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void settingsPageValidatesAndSavesProfiles()
    {
        gui::MainWindow w(*m_settings, *m_language, *m_services, *m_jobs, QString());
        auto* page = w.settingsPage();
        QCOMPARE(page->objectName(), QStringLiteral("settingsPage"));
        auto* list = page->findChild<QListWidget*>(QStringLiteral("profileList"));
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Demo stack (active)"));
        page->openProfiles(); // the profile's fields are in the Profiles dialog
        auto* name = page->findChild<QLineEdit*>(QStringLiteral("profileName"));
        auto* stackDir = page->findChild<QLineEdit*>(QStringLiteral("stackDir"));
        auto* save = page->findChild<QPushButton*>(QStringLiteral("saveProfile"));
        auto* problem = page->findChild<QLabel*>(QStringLiteral("profileValidation"));
        QVERIFY(name && stackDir && save && problem);
        QVERIFY(!save->isEnabled());
        gui::ProfileEditor* editor = page->profileEditor();
        QSignalSpy checks(editor, &gui::ProfileEditor::checked);
        // The check reads the disk: once the user pauses, off the UI thread, not per keystroke.
        const auto settled = [&] {
            return !editor->isChecking();
        };

        name->clear();
        QTest::keyClicks(name, QStringLiteral(" "));
        QTRY_VERIFY(settled());
        QVERIFY(!save->isEnabled());
        QCOMPARE(problem->text(), QStringLiteral("A profile needs a name."));

        checks.clear();
        QTest::keyClicks(name, QStringLiteral("Staging"));
        QTRY_VERIFY(settled());
        QCOMPARE(checks.count(), 1); // seven keystrokes, one check
        // The default backup folder is named after the profile: its hint follows the rename.
        QVERIFY(page->findChild<QLineEdit*>(QStringLiteral("backupDir"))
                    ->placeholderText()
                    .endsWith(QStringLiteral("Staging")));
        QVERIFY(save->isEnabled());
        QVERIFY(problem->text().isEmpty());
        const QString goodDir = stackDir->text();
        QTest::keyClicks(stackDir, QStringLiteral("/nowhere"));
        QTRY_VERIFY(settled());
        QVERIFY(!save->isEnabled());
        QVERIFY(problem->text().contains(QStringLiteral("Docker_all/docker-compose.yml")));
        stackDir->setText(goodDir);
        QTest::keyClicks(stackDir, QStringLiteral("/"));
        QTRY_VERIFY(settled());
        QVERIFY(save->isEnabled());

        QSignalSpy changed(&w, &gui::MainWindow::profileChanged);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(changed.count(), 1); // checked again first, then saved
        core::SettingsStore reread(settingsPath());
        QCOMPARE(reread.profiles().size(), 1);
        QCOMPARE(reread.profiles().first().name, QStringLiteral("Staging"));
        QCOMPARE(reread.activeProfileName(), QStringLiteral("Staging")); // renaming keeps it active
        auto* status = w.findChild<QLabel*>(QStringLiteral("profileStatus"));
        QCOMPARE(status->text(), QStringLiteral("Profile: Staging"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
