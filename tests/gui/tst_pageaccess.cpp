#include "backup/backupspage.h"
#include "backup/restoredialog.h"
#include "common/recordtableview.h"
#include "config/configdraft.h"
#include "config/configurationpage.h"
#include "containers/containerdetailsdialog.h"
#include "containers/containersmodel.h"
#include "containers/containerspage.h"
#include "containers/processesdialog.h"
#include "containers/rundialog.h"
#include "i18n/languagemanager.h"
#include "job/jobrunner.h"
#include "mainwindow.h"
#include "session/activeservices.h"
#include "settings/settingspage.h"
#include "settings/settingsstore.h"
#include "stackconfig/stacklocator.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen;

// The Containers, Backups and Settings pages and their dialogs from the keyboard and a screen
// reader: every control has an accessible name, the rows' actions open as a context menu
// (right click, Menu key, Shift+F10) with the buttons' own actions, and the ports are seen
// whole at the first window's width. No Docker answers: the tables are fed directly.
class TestPageAccess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::SettingsStore> m_settings;
    std::unique_ptr<core::LanguageManager> m_language;
    std::unique_ptr<core::ActiveServices> m_services;
    std::unique_ptr<core::JobRunner> m_jobs;

    // The demo stack as `docker ps` shows it.
    static core::StackStatus demoStack()
    {
        const auto service = [](const QString& name, const QString& image, const QString& port) {
            core::ServiceStatus s;
            s.service = name;
            s.container = QStringLiteral("art_generation_") + name;
            s.image = QStringLiteral("artgen-demo/%1:latest").arg(image);
            s.state = QStringLiteral("running");
            s.health = QStringLiteral("healthy");
            s.startedAt = QDateTime::currentDateTimeUtc().addSecs(-2790);
            s.figures.memoryBytes = 350'000'000;
            s.figures.cpuPercent = 12.5;
            s.ports = {port};
            return s;
        };
        core::StackStatus st;
        st.services = {
            service(QStringLiteral("backend"), QStringLiteral("app"), QStringLiteral("8000/tcp")),
            service(QStringLiteral("celery"), QStringLiteral("app"), QStringLiteral("8000/tcp")),
            service(QStringLiteral("frontend"), QStringLiteral("frontend"),
                    QStringLiteral("127.0.0.1:18080->80/tcp")),
            service(QStringLiteral("postgres"), QStringLiteral("postgres"),
                    QStringLiteral("127.0.0.1:15432->5432/tcp")),
            service(QStringLiteral("redis"), QStringLiteral("redis"),
                    QStringLiteral("127.0.0.1:16379->6379/tcp"))};
        return st;
    }

    // Every focusable, visible control under `root` whose accessible name is empty.
    static QStringList unnamed(QWidget* root)
    {
        QStringList missing;
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* w : std::as_const(widgets)) {
            if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(root) || !w->isEnabled())
                continue;
            QWidget* parent = w->parentWidget();
            if (qobject_cast<QAbstractItemView*>(parent) ||
                qobject_cast<QAbstractScrollArea*>(parent) ||
                qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QComboBox*>(parent))
                continue; // a view's viewport, a spin or combo box's editor: the box is the control
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                missing << QStringLiteral("%1 (%2)").arg(
                    w->objectName(), QString::fromLatin1(w->metaObject()->className()));
        }
        return missing;
    }

    static void checkNamed(QWidget* w)
    {
        const QStringList missing = unnamed(w);
        QVERIFY2(missing.isEmpty(), qPrintable(w->objectName() + QStringLiteral(": ") +
                                               missing.join(QStringLiteral(", "))));
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("a.conf")));
        m_settings =
            std::make_unique<core::SettingsStore>(m_dir.filePath(QStringLiteral("a.conf")));
        m_settings->ensureDemoProfile(core::StackLocator::demoStackDir(),
                                      QStringLiteral("Demo stack"));
        auto profile = m_settings->activeProfile();
        QVERIFY(profile);
        profile->dockerHost =
            QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("no-docker.sock"));
        profile->backupDir = m_dir.filePath(QStringLiteral("backups"));
        m_settings->setProfiles({*profile});
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

    void everyControlHasAnAccessibleName()
    {
        gui::MainWindow w(*m_settings, *m_language, *m_services, *m_jobs, QString());
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        using P = gui::MainWindow::Page;
        for (P p : {P::Containers, P::Backups, P::Settings, P::Configuration}) {
            w.selectPage(p);
            QTRY_VERIFY(w.page(p)->isVisible());
            if (auto* config = qobject_cast<gui::ConfigurationPage*>(w.page(p)))
                QTRY_VERIFY(config->draft()->hasDocuments()); // the form's fields enabled
            checkNamed(w.page(p));
        }

        gui::RestoreDialog::Input input;
        input.options.file = m_dir.filePath(QStringLiteral("backup.sql"));
        input.options.target.database = QStringLiteral("artgen");
        input.options.mode = core::RestoreJob::Mode::Clean; // shows the typed confirmation
        gui::RestoreDialog restore(input);
        restore.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restore));
        checkNamed(&restore);

        // The container dialogs, on a stack that does not answer: their controls all the same.
        const auto services = m_services->current();
        const QString container = QStringLiteral("art_generation_backend");
        gui::ContainerDetailsDialog details(services, container);
        gui::ProcessesDialog processes(services, container);
        gui::RunDialog run(services, container, m_settings.get());
        for (QDialog* d : std::initializer_list<QDialog*>{&details, &processes, &run}) {
            d->show();
            QVERIFY(QTest::qWaitForWindowExposed(d));
            checkNamed(d);
        }
    }

    void rowActionsOpenAsAContextMenu()
    {
        gui::ContainersPage page(*m_services, *m_jobs);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.model()->setStatus(demoStack());
        auto* table = page.findChild<gui::RecordTableView*>(QStringLiteral("containersTable"));
        QMenu* menu = table->rowMenu();
        QVERIFY(menu);

        // A right click on the third row selects it and opens its actions there.
        // (What the platform sends on a right click; offscreen sends none.)
        const QPoint at = table->visualRect(table->model()->index(2, 0)).center();
        QContextMenuEvent click(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table->viewport(), &click);
        QTRY_VERIFY(menu->isVisible());
        QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), 2);
        // The very actions of the buttons, enabled alike: a running container can be stopped,
        // not started.
        for (QPushButton* b : page.findChildren<QPushButton*>()) {
            QAction* a = page.findChild<QAction*>(b->objectName());
            if (!a || b->objectName().isEmpty())
                continue;
            QVERIFY2(menu->actions().contains(a), qPrintable(b->objectName()));
            QCOMPARE(a->isEnabled(), b->isEnabled());
            QCOMPARE(a->text(), b->text());
        }
        QVERIFY(page.findChild<QAction*>(QStringLiteral("stopContainer"))->isEnabled());
        QVERIFY(!page.findChild<QAction*>(QStringLiteral("startContainer"))->isEnabled());
        menu->close();
        QTRY_VERIFY(!menu->isVisible());

        // From the keyboard, on the current row: the Menu key and Shift+F10.
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Menu);
        QTRY_VERIFY(menu->isVisible());
        QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), 0);
        menu->close();
        QTRY_VERIFY(!menu->isVisible());
        QTest::keyClick(table, Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(menu->isVisible());
        // The menu's Logs entry does what the Logs button does.
        QSignalSpy logs(&page, &gui::ContainersPage::logsRequested);
        page.findChild<QAction*>(QStringLiteral("logs"))->trigger();
        QCOMPARE(logs.count(), 1);
        QCOMPARE(logs.at(0).at(0).toString(), QStringLiteral("backend"));
    }

    // The first window on a 1280 px screen is 1024 px wide; the Containers page gets what the
    // page list leaves. Every mapping of the demo stack is seen whole, without scrolling.
    void portsFitAt1024_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Russian") << QStringLiteral("ru"); // longer headers
    }
    void portsFitAt1024()
    {
        QFETCH(QString, language);
        m_language->apply(language);
        gui::MainWindow w(*m_settings, *m_language, *m_services, *m_jobs, QString());
        w.resize(1024, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.selectPage(gui::MainWindow::Page::Containers);
        auto* page = qobject_cast<gui::ContainersPage*>(w.page(gui::MainWindow::Page::Containers));
        QTRY_VERIFY(page->isVisible());
        page->model()->setStatus(demoStack());
        auto* table = page->findChild<QTableView*>(QStringLiteral("containersTable"));
        QHeaderView* header = table->horizontalHeader();
        const int column = gui::ContainersModel::Ports;
        QTRY_VERIFY(header->sectionViewportPosition(column) + header->sectionSize(column) <=
                    table->viewport()->width());
        QCOMPARE(header->offset(), 0);
        const QFontMetrics metrics = table->fontMetrics();
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex cell = table->model()->index(r, column);
            const QStringList lines = cell.data().toString().split(u'\n');
            QVERIFY(!lines.constFirst().isEmpty());
            for (const QString& line : lines)
                QVERIFY2(metrics.horizontalAdvance(line) <= table->visualRect(cell).width() - 6,
                         qPrintable(line));
            QVERIFY(table->visualRect(cell).height() >= int(lines.size()) * metrics.height());
        }
    }
};

QTEST_MAIN(TestPageAccess)
#include "tst_pageaccess.moc"
