// What a desktop user expects of the main window: numbers, dates and units in the chosen
// language's format, the keyboard shortcuts the menus show, Tab leaving tables, a sensible first
// window size, and toolbar texts that fit at 1280 px in both languages.
#include "backup/backupspage.h"
#include "containers/containersmodel.h"
#include "containers/containerspage.h"
#include "i18n/languagemanager.h"
#include "job/jobrunner.h"
#include "logs/logentry.h"
#include "logs/logsmodel.h"
#include "logs/logspage.h"
#include "logs/logview.h"
#include "mainwindow.h"
#include "session/activeservices.h"
#include "settings/settingspage.h"
#include "settings/settingsstore.h"
#include "stackconfig/stacklocator.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen;

class TestDesktop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::SettingsStore> m_settings;
    std::unique_ptr<core::LanguageManager> m_language;
    std::unique_ptr<core::ActiveServices> m_services;
    std::unique_ptr<core::JobRunner> m_jobs;

    QString backupDir() const { return m_dir.filePath(QStringLiteral("backups")); }

    std::unique_ptr<gui::MainWindow> makeWindow()
    {
        return std::make_unique<gui::MainWindow>(*m_settings, *m_language, *m_services, *m_jobs,
                                                 QString());
    }

    static void showActive(QWidget& w)
    {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }

    // A key as the user presses it: to whatever has the focus, through the shortcut map.
    static void press(QWidget& w, Qt::Key key, Qt::KeyboardModifiers modifiers = {})
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &w;
        QTest::keyClick(target, key, modifiers);
    }

    template <class Page> Page* page(gui::MainWindow& w, gui::MainWindow::Page p)
    {
        return qobject_cast<Page*>(w.page(p));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Backups of the profile go to a folder of the test, never the user's.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("d.conf")));
        m_settings =
            std::make_unique<core::SettingsStore>(m_dir.filePath(QStringLiteral("d.conf")));
        m_settings->ensureDemoProfile(core::StackLocator::demoStackDir(),
                                      QStringLiteral("Demo stack"));
        // No Docker answers on this socket: the pages show the profile's services as unknown,
        // whatever the shared stack is doing.
        auto profile = m_settings->activeProfile();
        QVERIFY(profile);
        profile->dockerHost =
            QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("no-docker.sock"));
        profile->backupDir = backupDir();
        m_settings->setProfiles({*profile});
        QVERIFY(QDir().mkpath(backupDir()));
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

    // The test runs with LANG=en_US and LANGUAGE=ru: the words and the formats are Russian
    // for "system", and English when English is chosen.
    void russianFormatsUnderAnEnglishLang()
    {
        QCOMPARE(core::LanguageManager::resolve(QStringLiteral("system")), QStringLiteral("ru"));
        {
            QFile f(backupDir() + QStringLiteral("/backup_20261129_100000.sql"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write(QByteArray(1536, 'x')) == 1536);
        }
        auto w = makeWindow();
        w->resize(1280, 800);
        showActive(*w);
        auto* limit = w->settingsPage()->findChild<QSpinBox*>(QStringLiteral("logLineLimit"));
        limit->setValue(500000);
        QCOMPARE(limit->text(), QStringLiteral("500,000"));
        auto* backups = page<gui::BackupsPage>(*w, gui::MainWindow::Page::Backups);
        w->selectPage(gui::MainWindow::Page::Backups);
        QTRY_COMPARE(backups->findChild<QTableView*>()->model()->rowCount(), 1);

        w->settingsPage()->chooseLanguage(QStringLiteral("system"));
        QCOMPARE(m_language->current(), QStringLiteral("ru"));
        QTRY_COMPARE(w->windowTitle(), QStringLiteral("Панель управления ArtGen"));
        // A number: grouped with a (no-break) space.
        QTRY_COMPARE(limit->text(), QStringLiteral("500\u00a0000"));
        // A size in a sentence: the panel's units, the language's numbers.
        QVERIFY2(limit->toolTip().contains(QStringLiteral("200\u00a0000")) &&
                     limit->toolTip().contains(QStringLiteral("38,1 МиБ")),
                 qPrintable(limit->toolTip()));
        // A size with a decimal comma and Russian units, a date in the Russian order.
        const QAbstractItemModel* model = backups->findChild<QTableView*>()->model();
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(0, c).data().toString();
        QVERIFY2(cells.contains(QStringLiteral("1,5 КиБ")), qPrintable(cells.join(u'|')));
        static const QRegularExpression russianDate(QStringLiteral("^29\\.11\\.2026"));
        QVERIFY2(!cells.filter(russianDate).isEmpty(), qPrintable(cells.join(u'|')));
        // A container's start in the language's short date and time, counts grouped, not ISO.
        auto* containers = page<gui::ContainersPage>(*w, gui::MainWindow::Page::Containers);
        core::ServiceStatus started;
        started.service = QStringLiteral("backend");
        started.container = QStringLiteral("art_generation_backend");
        started.state = QStringLiteral("running");
        started.restartCount = 12345;
        started.startedAt = QDateTime(QDate(2026, 11, 29), QTime(9, 5), Qt::UTC);
        core::StackStatus stack;
        stack.services = {started};
        containers->model()->setStatus(stack);
        const QModelIndex service = containers->model()->index(0, gui::ContainersModel::Service);
        QCOMPARE(service.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Запущен %1")
                     .arg(QLocale(QLocale::Russian)
                              .toString(started.startedAt.toLocalTime(), QLocale::ShortFormat)));
        QVERIFY2(service.data(Qt::ToolTipRole).toString().contains(QStringLiteral("29.11.2026")),
                 qPrintable(service.data(Qt::ToolTipRole).toString()));
        QCOMPARE(containers->model()->index(0, gui::ContainersModel::Restarts).data().toString(),
                 QStringLiteral("12\u00a0345"));

        w->settingsPage()->chooseLanguage(QStringLiteral("en"));
        QTRY_COMPARE(limit->text(), QStringLiteral("500,000"));
        QVERIFY2(limit->toolTip().contains(QStringLiteral("200,000 lines take some 38.1 MiB")),
                 qPrintable(limit->toolTip()));
        cells.clear();
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(0, c).data().toString();
        QVERIFY2(cells.contains(QStringLiteral("1.5 KiB")), qPrintable(cells.join(u'|')));
    }

    // Every shortcut the menus show, fired as a key press, and what it does.
    void shortcutsDoWhatTheMenusSay()
    {
        auto w = makeWindow();
        w->resize(1280, 800);
        showActive(*w);
        const QList<gui::MainWindow::Page> pages = gui::MainWindow::pages();
        for (int i = pages.size() - 1; i >= 0; --i) {
            press(*w, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(w->currentPage(), pages[i]);
        }
        // The View menu names the pages with their keys.
        auto* logsAction = w->findChild<QAction*>(QStringLiteral("page2Action"));
        QCOMPARE(logsAction->text(), QStringLiteral("Logs"));
        QCOMPARE(logsAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+2")));
        QVERIFY(logsAction->isChecked() == false);

        // F5 on Containers lists again; on Backups reads the folder again.
        press(*w, Qt::Key_1, Qt::ControlModifier);
        auto* containers = page<gui::ContainersPage>(*w, gui::MainWindow::Page::Containers);
        QTRY_VERIFY_WITH_TIMEOUT(containers->model()->rowCount() >= 5, 15000);
        QSignalSpy reset(containers->model(), &QAbstractItemModel::modelReset);
        press(*w, Qt::Key_F5);
        QVERIFY(reset.count() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(containers->model()->rowCount() >= 5, 15000);
        press(*w, Qt::Key_4, Qt::ControlModifier);
        auto* backups = page<gui::BackupsPage>(*w, gui::MainWindow::Page::Backups);
        QSignalSpy refreshed(backups, &gui::BackupsPage::refreshed);
        press(*w, Qt::Key_F5);
        QTRY_VERIFY(refreshed.count() >= 1);

        // Ctrl+F from anywhere: the Logs page, the cursor in its search field.
        auto* logs = page<gui::LogsPage>(*w, gui::MainWindow::Page::Logs);
        logs->appendBatch([] {
            core::LogBatch b;
            b.sources = {QStringLiteral("backend")};
            const qint64 t0 = QDateTime::currentMSecsSinceEpoch() * 1000000 - 60000000000LL;
            for (int i = 0; i < 100; ++i)
                b.add(0, core::LogStream::Stdout, t0 + i * 1000000LL, core::LogLevel::Info,
                      QByteArray(QByteArray(i % 10 == 5 ? "needle " : "hay ") +
                                 QByteArray::number(i)));
            return b;
        }());
        press(*w, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(w->currentPage(), gui::MainWindow::Page::Logs);
        auto* search = logs->findChild<QLineEdit*>(QStringLiteral("search"));
        QCOMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("needle"));
        const auto currentText = [logs] {
            return logs->view()->currentIndex().data().toString();
        };
        press(*w, Qt::Key_F3);
        QTRY_VERIFY2(currentText().startsWith(QStringLiteral("needle")), qPrintable(currentText()));
        const int first = logs->view()->currentIndex().row();
        press(*w, Qt::Key_F3);
        QTRY_COMPARE(logs->view()->currentIndex().row(), first + 10);
        press(*w, Qt::Key_F3, Qt::ShiftModifier);
        QTRY_COMPARE(logs->view()->currentIndex().row(), first);
        press(*w, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());

        // Ctrl+Q closes the window the way its close button does: the page is remembered.
        press(*w, Qt::Key_Q, Qt::ControlModifier);
        QVERIFY(!w->isVisible());
        QCOMPARE(m_settings->value(core::SettingKeys::lastPage), QStringLiteral("logs"));
    }

    void tabLeavesATableAndArrowsMoveInside()
    {
        auto w = makeWindow();
        showActive(*w);
        w->selectPage(gui::MainWindow::Page::Containers);
        auto* containers = page<gui::ContainersPage>(*w, gui::MainWindow::Page::Containers);
        auto* table = containers->findChild<QTableView*>();
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 5, 15000);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1);
        QTest::keyClick(table, Qt::Key_Right);
        QCOMPARE(table->currentIndex().row(), 1);
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != table);
        QCOMPARE(table->currentIndex().row(), 1);
    }

    void firstWindowTakesMostOfTheScreenCentred()
    {
        auto w = makeWindow();
        w->restoreState();
        const QRect available = w->screen()->availableGeometry();
        QCOMPARE(available.size(), QSize(1920, 1080)); // the test's screen (offscreen-1920.json)
        QCOMPARE(w->size(), QSize(1536, 864));
        QVERIFY(qAbs(w->geometry().center().x() - available.center().x()) <= 1);
        QVERIFY(qAbs(w->geometry().center().y() - available.center().y()) <= 1);
        showActive(*w);
        w->resize(1000, 700);
        w->close();
        // Then it is remembered.
        auto again = makeWindow();
        again->restoreState();
        QCOMPARE(again->size(), QSize(1000, 700));
    }

    void toolbarTextsFit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("width");
        // 1024: the first window on a 1280 px screen; 1280: that screen's whole width.
        for (int width : {1024, 1280}) {
            QTest::addRow("English %d", width) << QStringLiteral("en") << width;
            QTest::addRow("Russian %d", width) << QStringLiteral("ru") << width;
        }
    }
    // No button or label of the Containers, Backups, Settings, Charts, Configuration, Load test,
    // Deployment and Troubleshooting pages (and of the Logs toolbar at 1280) is squeezed below
    // its size hint (a squeezed text is cut off), in either language.
    void toolbarTextsFit()
    {
        QFETCH(QString, language);
        QFETCH(int, width);
        m_language->apply(language);
        auto w = makeWindow();
        w->resize(width, 800);
        showActive(*w);
        QCOMPARE(w->width(), width);
        using P = gui::MainWindow::Page;
        QList<P> pages{P::Containers,    P::Backups,  P::Settings,   P::Charts,
                       P::Configuration, P::LoadTest, P::Deployment, P::Troubleshooting};
        if (width >= 1280)
            pages << P::Logs;
        for (auto p : pages) {
            w->selectPage(p);
            QWidget* pageWidget = w->page(p);
            QTRY_VERIFY(pageWidget->isVisible());
            QCoreApplication::processEvents();
            // A snapshot arriving meanwhile changes a label's text; its layout follows on the
            // next pass, so the check is repeated until it holds (or the deadline).
            const auto squeezedNow = [&] {
                QStringList squeezed;
                const auto check = [&](QWidget* c, const QString& text) {
                    if (!c->isVisibleTo(pageWidget) ||
                        qobject_cast<QAbstractItemView*>(c->parent()))
                        return;
                    // Squeezed below its hint, or pushed past the page's right edge (a layout that
                    // cannot shrink makes the window wider than the screen instead).
                    const QRect onPage(c->mapTo(pageWidget, QPoint(0, 0)), c->size());
                    if (c->width() < c->sizeHint().width() || !pageWidget->rect().contains(onPage))
                        squeezed << QStringLiteral("%1 “%2”: %3 < %4 or outside")
                                        .arg(c->objectName(), text)
                                        .arg(c->width())
                                        .arg(c->sizeHint().width());
                };
                for (QAbstractButton* b : pageWidget->findChildren<QAbstractButton*>())
                    check(b, b->text());
                for (QLabel* l : pageWidget->findChildren<QLabel*>())
                    if (!l->wordWrap() && !l->text().isEmpty())
                        check(l, l->text());
                for (QComboBox* c : pageWidget->findChildren<QComboBox*>())
                    check(c, c->currentText());
                return squeezed;
            };
            QTRY_VERIFY2(squeezedNow().isEmpty(), qPrintable(squeezedNow().join(u'\n')));
            QVERIFY(pageWidget->minimumSizeHint().width() <= pageWidget->width());
            QCOMPARE(w->width(), width);
        }
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
