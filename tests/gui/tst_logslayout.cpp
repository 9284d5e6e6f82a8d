// The Logs page at the sizes a first run opens on a 1280×800 screen, in English and Russian:
// no toolbar text cut at 1024 or 1280 px, and five containers side by side still readable.
#include "i18n/languagemanager.h"
#include "job/jobrunner.h"
#include "logs/logpanes.h"
#include "logs/logspage.h"
#include "logs/logstoolbar.h"
#include "logs/logview.h"
#include "mainwindow.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"
#include "stackconfig/stacklocator.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFontDatabase>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen;

class TestLogsLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::SettingsStore> m_settings;
    std::unique_ptr<core::LanguageManager> m_language;
    std::unique_ptr<core::ActiveServices> m_services;
    std::unique_ptr<core::JobRunner> m_jobs;

    // The main window on the Logs page, `width` × 800.
    std::unique_ptr<gui::MainWindow> logsAt(int width)
    {
        auto w = std::make_unique<gui::MainWindow>(*m_settings, *m_language, *m_services, *m_jobs,
                                                   QString());
        w->resize(width, 800);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("window not exposed");
        w->selectPage(gui::MainWindow::Page::Logs);
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("l.conf")));
        m_settings =
            std::make_unique<core::SettingsStore>(m_dir.filePath(QStringLiteral("l.conf")));
        m_settings->ensureDemoProfile(core::StackLocator::demoStackDir(),
                                      QStringLiteral("Demo stack"));
        // No Docker answers here: the page lists the profile's five services and waits.
        auto profile = m_settings->activeProfile();
        QVERIFY(profile);
        profile->dockerHost =
            QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("no-docker.sock"));
        m_settings->setProfiles({*profile});
        m_language = std::make_unique<core::LanguageManager>();
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

    void toolbarFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("width");
        for (const char* language : {"en", "ru"})
            for (int width : {1024, 1280})
                QTest::addRow("%s at %d px", language, width)
                    << QString::fromLatin1(language) << width;
    }

    // Every button, box and label of the Logs toolbar at least as wide as its size hint (a
    // narrower one cuts its text) and inside the page; the window no wider than asked.
    void toolbarFits()
    {
        QFETCH(QString, language);
        QFETCH(int, width);
        m_language->apply(language);
        if (language == QStringLiteral("ru"))
            QCOMPARE(gui::LogsPage::tr("Pause"), QStringLiteral("Пауза")); // translated
        auto w = logsAt(width);
        auto* page = w->findChild<gui::LogsPage*>();
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(w->width(), width);
        auto* toolbar = page->findChild<gui::LogsToolbar*>();
        QVERIFY(toolbar);
        QStringList cut;
        int checked = 0;
        for (QWidget* c : toolbar->findChildren<QWidget*>()) {
            const bool text = qobject_cast<QAbstractButton*>(c) || qobject_cast<QComboBox*>(c) ||
                              qobject_cast<QLabel*>(c);
            if (!text || !c->isVisibleTo(page))
                continue;
            ++checked;
            const QRect onPage(c->mapTo(page, QPoint(0, 0)), c->size());
            if (c->width() < c->sizeHint().width() || !page->rect().contains(onPage))
                cut << QStringLiteral("%1: %2 < %3 or outside")
                           .arg(c->objectName())
                           .arg(c->width())
                           .arg(c->sizeHint().width());
        }
        QVERIFY(checked >= 15);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
        // The longest Russian entries were the ones cut.
        auto* tail = toolbar->findChild<QComboBox*>(QStringLiteral("initialLines"));
        tail->setCurrentIndex(tail->findData(10000));
        QCoreApplication::processEvents();
        QTRY_VERIFY2(tail->width() >= tail->sizeHint().width(), qPrintable(tail->currentText()));
        QVERIFY(page->rect().contains(QRect(tail->mapTo(page, QPoint(0, 0)), tail->size())));
        QCOMPARE(w->width(), width);
    }

    // Five containers side by side at 1280×800: rows of panes, each at least about 60
    // characters wide and several lines high; narrower, but not one under another, at 1024.
    void fiveServicesSideBySideAt1280()
    {
        m_language->apply(QStringLiteral("en"));
        auto w = logsAt(1280);
        auto* page = w->findChild<gui::LogsPage*>();
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(page->chosenServices().size(), 5);
        page->setSideBySide(true);
        QCoreApplication::processEvents();
        const QList<gui::LogView*> panes = page->paneViews();
        QCOMPARE(panes.size(), 5);
        const int sixtyChars = QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont))
                                   .horizontalAdvance(QString(60, u'0'));
        QCOMPARE(gui::LogPanes::minimumPaneWidth(), sixtyChars);
        QList<int> tops;
        for (gui::LogView* v : panes) {
            QTRY_VERIFY(v->isVisible());
            QVERIFY2(v->width() >= sixtyChars, qPrintable(QStringLiteral("%1: %2 < %3")
                                                              .arg(v->objectName())
                                                              .arg(v->width())
                                                              .arg(sixtyChars)));
            QVERIFY(v->pageRows() >= 8);
            const int top = v->mapTo(page, QPoint(0, 0)).y();
            if (!tops.contains(top))
                tops << top;
        }
        QVERIFY(tops.size() >= 2); // more than one row of panes
        QVERIFY(tops.size() <= 3);
        // In the first run's 1024×640 window, two to a row rather than five rows of three lines:
        // still 40 characters wide, and several lines high.
        w->resize(1024, 640);
        const int fortyChars = QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont))
                                   .horizontalAdvance(QString(40, u'0'));
        QTRY_VERIFY(page->paneViews().first()->width() < sixtyChars * 2);
        for (gui::LogView* v : page->paneViews()) {
            QVERIFY(v->width() >= fortyChars);
            QVERIFY2(v->pageRows() >= 4, qPrintable(QString::number(v->pageRows())));
        }
        page->setSideBySide(false);
    }
};

QTEST_MAIN(TestLogsLayout)
#include "tst_logslayout.moc"
