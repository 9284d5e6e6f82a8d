#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "settings/settingspage.h"
#include "settings/settingsstore.h"
#include "stackconfig/stacklocator.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::SettingsStore> m_settings;
    std::unique_ptr<core::LanguageManager> m_language;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("gui.conf")); }

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<core::SettingsStore>(settingsPath());
        m_settings->ensureDemoProfile(core::StackLocator::demoStackDir(),
                                      QStringLiteral("Demo stack"));
        m_language = std::make_unique<core::LanguageManager>();
        m_language->apply(QStringLiteral("en"));
    }

    void cleanup()
    {
        m_language.reset();
        m_settings.reset();
    }

    void opensWithEveryPageSelectable()
    {
        gui::MainWindow w(*m_settings, *m_language, QString());
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
        // Pages still to come say so plainly.
        const auto labels = stack->widget(0)->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel* l) {
            return l->text() == QStringLiteral("This page is not available yet.");
        }));
    }

    void statusBarShowsProfileAndDocker()
    {
        gui::MainWindow w(*m_settings, *m_language, QString());
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
        gui::MainWindow w(*m_settings, *m_language, QString());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* nav = w.findChild<QListWidget*>(QStringLiteral("navigation"));
        auto* settingsPage = w.settingsPage();
        QWidget* logsPage = w.page(gui::MainWindow::Page::Logs); // built before the switch
        auto* profile = w.findChild<QLabel*>(QStringLiteral("profileStatus"));
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Containers"));
        QCOMPARE(w.windowTitle(), QStringLiteral("ArtGen Control Panel"));

        settingsPage->chooseLanguage(QStringLiteral("ru"));
        QCOMPARE(m_language->current(), QStringLiteral("ru"));
        // Qt posts LanguageChange to the windows: it arrives with the next event loop turn.
        QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("Контейнеры"));
        QCOMPARE(nav->item(7)->text(), QStringLiteral("Настройки"));
        QCOMPARE(w.windowTitle(), QStringLiteral("Панель управления ArtGen"));
        QVERIFY(profile->text().startsWith(QStringLiteral("Профиль:")));
        const auto labels = logsPage->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel* l) {
            return l->text() == QStringLiteral("Эта страница пока недоступна.");
        }));
        QCOMPARE(m_settings->language(), QStringLiteral("ru")); // remembered

        settingsPage->chooseLanguage(QStringLiteral("en"));
        QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("Containers"));
    }

    void geometryAndLastPageAreRemembered()
    {
        {
            gui::MainWindow w(*m_settings, *m_language, QString());
            w.restoreState();
            w.resize(900, 640);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.selectPage(gui::MainWindow::Page::Backups);
            w.close();
        }
        core::SettingsStore reread(settingsPath());
        gui::MainWindow again(reread, *m_language, QString());
        again.restoreState();
        QCOMPARE(again.currentPage(), gui::MainWindow::Page::Backups);
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void settingsPageValidatesAndSavesProfiles()
    {
        gui::MainWindow w(*m_settings, *m_language, QString());
        auto* page = w.settingsPage();
        QCOMPARE(page->objectName(), QStringLiteral("settingsPage"));
        auto* list = page->findChild<QListWidget*>(QStringLiteral("profileList"));
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Demo stack (active)"));
        auto* name = page->findChild<QLineEdit*>(QStringLiteral("profileName"));
        auto* stackDir = page->findChild<QLineEdit*>(QStringLiteral("stackDir"));
        auto* save = page->findChild<QPushButton*>(QStringLiteral("saveProfile"));
        auto* problem = page->findChild<QLabel*>(QStringLiteral("profileValidation"));
        QVERIFY(name && stackDir && save && problem);
        QVERIFY(!save->isEnabled());

        name->clear();
        QTest::keyClicks(name, QStringLiteral(" "));
        QVERIFY(!save->isEnabled());
        QCOMPARE(problem->text(), QStringLiteral("A profile needs a name."));

        QTest::keyClicks(name, QStringLiteral("Staging"));
        QVERIFY(save->isEnabled());
        QVERIFY(problem->text().isEmpty());
        const QString goodDir = stackDir->text();
        QTest::keyClicks(stackDir, QStringLiteral("/nowhere"));
        QVERIFY(!save->isEnabled());
        QVERIFY(problem->text().contains(QStringLiteral("Docker_all/docker-compose.yml")));
        stackDir->setText(goodDir);
        QTest::keyClicks(stackDir, QStringLiteral("/"));
        QVERIFY(save->isEnabled());

        QSignalSpy changed(&w, &gui::MainWindow::profileChanged);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
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
