// The Logs page and its parts over batches as the follower delivers them (fed directly: no
// Docker is needed for the page's behaviour; the real follow is tested in tst_logfollow).

#include "docker/dockerclient.h"
#include "i18n/languagemanager.h"
#include "logs/logfollower.h"
#include "logs/logrowdelegate.h"
#include "logs/logsmodel.h"
#include "logs/logspage.h"
#include "logs/logview.h"
#include "logs/sourcechooser.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"
#include "stackconfig/stacklocator.h"
#include "util/workerthread.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>

using namespace artgen;

namespace {
constexpr qint64 kSec = 1000000000LL;

qint64 nowNs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000000;
}

// Lines "line N" at t0 + N * step, cycling through `sources`; every 3rd on stderr, every 10th
// an error.
core::LogBatch makeBatch(const QStringList& sources, int from, int n, qint64 t0,
                         qint64 step = 1000000)
{
    core::LogBatch b;
    b.sources = sources;
    for (int i = from; i < from + n; ++i)
        b.add(quint16(i % sources.size()),
              i % 3 ? core::LogStream::Stdout : core::LogStream::Stderr, t0 + qint64(i) * step,
              i % 10 ? core::LogLevel::Info : core::LogLevel::Error,
              QByteArray(QByteArray("line ") + QByteArray::number(i)));
    return b;
}

QString text(const QModelIndex& index)
{
    return index.data().toString();
}

// A count as English reads it: a plural string whose English forms artgen_en.ts does not hold
// yet (they come with the next lupdate) shows its source's "line(s)"; read as the plural, so
// the checks hold before and after (they only ever count more than one).
QString english(QString shown)
{
    return shown.replace(QStringLiteral("(s)"), QStringLiteral("s"))
        .replace(QStringLiteral("(es)"), QStringLiteral("es"));
}

// Reads a model's rows back for the checks.
struct LogsModelProbe
{
    const gui::LogsModel* model;
    explicit LogsModelProbe(const gui::LogsModel* m) : model(m) {}
    int rowCount() const { return model->rowCount(); }
    QModelIndex index(int row) const { return model->index(row); }
    QStringList texts(int from, int to) const
    {
        QStringList out;
        for (int r = from; r < to; ++r)
            out << text(model->index(r));
        return out;
    }
    bool inTimeOrder() const
    {
        for (int r = 1; r < model->rowCount(); ++r)
            if (model->index(r - 1).data(gui::LogsModel::TimestampRole).toLongLong() >
                model->index(r).data(gui::LogsModel::TimestampRole).toLongLong())
                return false;
        return true;
    }
};
} // namespace

class TestLogsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::SettingsStore> m_settings;
    std::unique_ptr<core::LanguageManager> m_language;
    std::unique_ptr<core::ActiveServices> m_services;
    const QStringList m_two{QStringLiteral("backend"), QStringLiteral("frontend")};

    // A page whose follower finds no Docker: the tests feed it.
    std::unique_ptr<gui::LogsPage> makePage(int lineLimit = 200000)
    {
        m_settings->setValue(core::SettingKeys::logLineLimit, lineLimit);
        auto page = std::make_unique<gui::LogsPage>(*m_services, *m_settings);
        // Every insert, move, removal and reset the page does is checked against the model
        // contract as it happens.
        new QAbstractItemModelTester(
            page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, page.get());
        page->resize(1000, 420);
        page->show();
        page->activateWindow();
        if (!QTest::qWaitForWindowActive(page.get()))
            qWarning("page not active");
        return page;
    }

    static QLabel* status(gui::LogsPage& page)
    {
        return page.findChild<QLabel*>(QStringLiteral("logStatus"));
    }

    // What the screen shows of `widget` (the window's backing store), and what a full repaint of
    // it draws.
    static QImage screenPixels(gui::LogsPage& page, QWidget* widget)
    {
        const QPoint at = widget->mapTo(&page, QPoint(0, 0));
        return page.screen()
            ->grabWindow(page.winId(), at.x(), at.y(), widget->width(), widget->height())
            .toImage()
            .convertToFormat(QImage::Format_RGB32);
    }
    static QImage repaintedPixels(QWidget* widget)
    {
        return widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    }

private Q_SLOTS:
    void init()
    {
        m_settings =
            std::make_unique<core::SettingsStore>(m_dir.filePath(QStringLiteral("l.conf")));
        m_settings->ensureDemoProfile(core::StackLocator::demoStackDir(),
                                      QStringLiteral("Demo stack"));
        // The demo profile on a socket where no Docker answers: the tests feed the page.
        auto profile = m_settings->activeProfile();
        QVERIFY(profile);
        profile->dockerHost =
            QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("no-docker.sock"));
        m_settings->setProfiles({*profile});
        m_language = std::make_unique<core::LanguageManager>();
        m_language->apply(QStringLiteral("en")); // the English plural forms
        m_services = std::make_unique<core::ActiveServices>();
        m_services->activate(m_settings->activeProfile());
    }

    void cleanup()
    {
        m_services.reset();
        m_language.reset();
        m_settings.reset();
    }

    void fillsFiltersSearchesPausesAndExports()
    {
        auto pagePtr = makePage();
        gui::LogsPage& page = *pagePtr;
        const qint64 t0 = nowNs() - 60 * kSec;
        page.appendBatch(makeBatch(m_two, 0, 1000, t0));
        QCOMPARE(page.model()->rowCount(), 1000);
        QScrollBar* bar = page.view()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum()); // following

        auto* level = page.findChild<QComboBox*>(QStringLiteral("levelFilter"));
        level->setCurrentIndex(level->findData(int(core::LogLevel::Error)));
        QCOMPARE(page.model()->rowCount(), 100);
        page.setChosenServices({QStringLiteral("frontend")});
        QCOMPARE(page.model()->rowCount(), 0); // errors are every 10th line: all even, backend
        level->setCurrentIndex(0);
        QCOMPARE(page.model()->rowCount(), 500);
        page.setChosenServices({});
        QCOMPARE(page.model()->rowCount(), 1000);

        // Search: next jumps to the match and stops following.
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("search"));
        search->setText(QStringLiteral("line 42"));
        page.findNext();
        QCOMPARE(text(page.view()->currentIndex()), QStringLiteral("line 42"));
        QVERIFY(!page.isFollowing());
        page.findNext();
        QCOMPARE(text(page.view()->currentIndex()), QStringLiteral("line 420"));
        page.findPrevious();
        QCOMPARE(text(page.view()->currentIndex()), QStringLiteral("line 42"));
        // The match is in view.
        const QRect shown = page.view()->visualRect(page.view()->currentIndex());
        QVERIFY(page.view()->viewport()->rect().contains(shown));

        // Pause: lines keep arriving, the view waits and says how many.
        page.setFollowing(true);
        page.setPaused(true);
        page.appendBatch(makeBatch(m_two, 1000, 10, t0));
        QCOMPARE(page.model()->rowCount(), 1000);
        QCOMPARE(page.waitingLines(), 10);
        QTRY_VERIFY2(english(status(page)->text()).contains(QStringLiteral("10 lines waiting")),
                     qPrintable(status(page)->text()));
        page.setPaused(false);
        QCOMPARE(page.model()->rowCount(), 1010);
        QCOMPARE(page.waitingLines(), 0);

        // Scrolling up stops following; new lines then leave the view where it is.
        QCOMPARE(bar->value(), bar->maximum());
        bar->setValue(0);
        QVERIFY(!page.isFollowing());
        page.appendBatch(makeBatch(m_two, 1010, 5, t0));
        QCOMPARE(bar->value(), 0);

        // Export of the shown lines, written off the UI thread with QSaveFile.
        QSignalSpy exported(&page, &gui::LogsPage::exported);
        const QString path = m_dir.filePath(QStringLiteral("export.log"));
        level->setCurrentIndex(level->findData(int(core::LogLevel::Error)));
        page.exportTo(path, true);
        QTRY_COMPARE(exported.count(), 1);
        QVERIFY(!exported.first().at(1).value<core::Error>().isError());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), page.model()->rowCount());
        QVERIFY2(lines.first().endsWith(" backend stderr: line 0"), lines.first().constData());
    }

    // Export through the menu: the save dialog and a failure's message are opened, not run in
    // a nested event loop, so batches keep landing while they are up (issue 12, part 6).
    void exportDialogAndFailureDoNotBlock()
    {
        auto page = makePage();
        const qint64 t0 = nowNs();
        page->appendBatch(makeBatch(m_two, 0, 10, t0));
        QMenu* menu = nullptr;
        for (auto* b : page->findChildren<QToolButton*>())
            if (b->menu() && b->text() == QStringLiteral("Export"))
                menu = b->menu();
        QVERIFY(menu && menu->actions().size() == 2);
        menu->actions().at(0)->trigger(); // returns at once
        auto* dialog = page->findChild<QFileDialog*>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        page->appendBatch(makeBatch(m_two, 10, 5, t0)); // the page goes on meanwhile
        QCOMPARE(page->store().size(), 15);
        QSignalSpy exported(page.get(), &gui::LogsPage::exported);
        const QString path = m_dir.filePath(QStringLiteral("via-dialog.log"));
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // as the Save button does
        QTRY_COMPARE(exported.count(), 1);
        QVERIFY(QFileInfo(path).size() > 0);

        // A folder that does not exist: the failure is shown, and the page still takes lines.
        page->exportTo(m_dir.filePath(QStringLiteral("no/such/folder/x.log")), false);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = page->findChild<QMessageBox*>(QStringLiteral("exportFailed"))) &&
                    box->isVisible());
        page->appendBatch(makeBatch(m_two, 15, 5, t0));
        QCOMPARE(page->store().size(), 20);
        box->accept();
    }

    // "Export every stored line" writes the lines stored when it was asked for, off the UI
    // thread: lines that arrive meanwhile, and a Clear, change the page, not the file.
    void exportWritesWhatWasStoredWhileThePageGoesOn()
    {
        auto page = makePage();
        const qint64 t0 = nowNs() - 60 * kSec;
        page->appendBatch(makeBatch(m_two, 0, 50000, t0, 1000));
        QSignalSpy exported(page.get(), &gui::LogsPage::exported);
        const QString path = m_dir.filePath(QStringLiteral("while-following.log"));
        page->exportTo(path, false);
        page->appendBatch(makeBatch(m_two, 50000, 10, t0, 1000));
        page->clearLines();
        page->appendBatch(makeBatch(m_two, 60000, 3, t0, 1000));
        QCOMPARE(page->store().size(), 3);
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(exported.first().at(0).toString(), path);
        QVERIFY(!exported.first().at(1).value<core::Error>().isError());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 50000);
        QVERIFY2(lines.first().endsWith(" backend stderr: line 0"), lines.first().constData());
        QVERIFY2(lines.last().endsWith(" frontend stdout: line 49999"), lines.last().constData());
        const QString saved = QStringLiteral("Saved to %1.").arg(path);
        QTRY_VERIFY2(status(*page)->text().endsWith(saved), qPrintable(status(*page)->text()));
        // Lines keep streaming in: the answer stays until the user's next action.
        page->appendBatch(makeBatch(m_two, 70000, 5, t0, 1000));
        QTRY_VERIFY(status(*page)->text().startsWith(QStringLiteral("8 lines shown")));
        QVERIFY2(status(*page)->text().endsWith(saved), qPrintable(status(*page)->text()));
        page->clearLines();
        QTRY_VERIFY2(!status(*page)->text().contains(saved), qPrintable(status(*page)->text()));
    }

    // The view keeps the lines being read in place while the cap drops older ones, keeps the
    // stripes with their lines, and follows again at the bottom.
    void viewKeepsItsPlaceWhileTheCapDropsLines()
    {
        auto page = makePage(1000);
        const qint64 t0 = nowNs() - 60 * kSec;
        page->appendBatch(makeBatch(m_two, 0, 800, t0));
        gui::LogView* view = page->view();
        QScrollBar* bar = view->verticalScrollBar();
        QCOMPARE(bar->value(), bar->maximum());
        bar->setValue(500); // the user scrolls up
        QVERIFY(!view->isFollowing());
        QVERIFY(!page->isFollowing());
        QCOMPARE(text(view->indexAt(QPoint(5, 2))), QStringLiteral("line 500"));
        const qint64 stripe = page->model()->stableRow(500);

        page->appendBatch(makeBatch(m_two, 800, 500, t0)); // 300 oldest go for the cap
        QCOMPARE(page->store().size(), 1000);
        QCOMPARE(page->droppedLines(), 300);
        QCOMPARE(page->model()->rowCount(), 1000);
        QCOMPARE(bar->value(), 200);
        QCOMPARE(text(view->indexAt(QPoint(5, 2))), QStringLiteral("line 500"));
        QCOMPARE(page->model()->stableRow(200), stripe);
        QTRY_VERIFY2(status(*page)->text().contains(QStringLiteral("300 oldest dropped")),
                     qPrintable(status(*page)->text()));

        // Keys: End goes to the newest line, and being at the bottom is following again.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_End);
        QCOMPARE(text(view->currentIndex()), QStringLiteral("line 1299"));
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(view->isFollowing());
        QVERIFY(page->isFollowing());
        page->appendBatch(makeBatch(m_two, 1300, 50, t0));
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(view->viewport()->rect().contains(
            view->visualRect(page->model()->index(page->model()->rowCount() - 1))));
        // The current line stayed "line 1299" while 50 more dropped from the top.
        QCOMPARE(text(view->currentIndex()), QStringLiteral("line 1299"));
        const int before = view->currentIndex().row();
        QTest::keyClick(view, Qt::Key_PageUp);
        QVERIFY(!view->isFollowing());
        QCOMPARE(view->currentIndex().row(), before - view->pageRows());
    }

    // A panel opened on another page does not stream the logs at start-up: following starts
    // when the page is first shown (here it finds no Docker, and says so).
    void followingStartsWhenThePageIsFirstShown()
    {
        m_settings->setValue(core::SettingKeys::logLineLimit, 200000);
        gui::LogsPage page(*m_services, *m_settings);
        auto* banner = page.findChild<QLabel*>(QStringLiteral("connectionBanner"));
        QVERIFY(banner);
        // Long enough for a follower to find the missing socket many times over (it takes
        // milliseconds once started): nothing may be tried while the page was never shown.
        QTest::qWait(1000);
        QVERIFY(banner->text().isEmpty());
        page.show();
        QTRY_VERIFY(!banner->text().isEmpty());
        QVERIFY2(banner->text().startsWith(QStringLiteral("Following paused")),
                 qPrintable(banner->text()));
    }

    // What reaches the screen after a scroll is what a full repaint draws: the scroll bar counts
    // rows, and the pixels must move by whole rows, not one pixel per row.
    void scrolledViewOnScreenMatchesAFullRepaint()
    {
        auto page = makePage();
        page->appendBatch(makeBatch(m_two, 0, 800, nowNs() - 60 * kSec));
        gui::LogView* view = page->view();
        const auto onScreen = [&] {
            return screenPixels(*page, view->viewport());
        };
        const auto repainted = [&] {
            return repaintedPixels(view->viewport());
        };
        QTRY_VERIFY_WITH_TIMEOUT(onScreen() == repainted(), 5000);
        for (const int step : {-1, -3, 2, -40, 1}) {
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + step);
            QTRY_VERIFY2_WITH_TIMEOUT(
                onScreen() == repainted(),
                qPrintable(QStringLiteral("after a scroll by %1 rows").arg(step)), 5000);
        }
    }

    // The view moves itself without scrolling its pixels (following, or keeping the lines being
    // read in place while the cap drops rows above them); the rows and the scroll bar are
    // repainted together, coalesced. Once that is done, the screen shows what a full repaint of
    // the view, scroll bar included, draws.
    void movedViewOnScreenMatchesAFullRepaint()
    {
        auto page = makePage(1000);
        const qint64 t0 = nowNs() - 60 * kSec;
        page->appendBatch(makeBatch(m_two, 0, 300, t0));
        gui::LogView* view = page->view();
        const auto onScreen = [&] {
            return screenPixels(*page, view);
        };
        const auto repainted = [&] {
            return repaintedPixels(view);
        };
        QTRY_VERIFY_WITH_TIMEOUT(onScreen() == repainted(), 5000);
        for (int b = 1; b <= 5; ++b) // following: the newest rows come into view
            page->appendBatch(makeBatch(m_two, b * 300, 300, t0));
        QVERIFY(view->isFollowing());
        QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
        QTRY_VERIFY_WITH_TIMEOUT(onScreen() == repainted(), 5000);
        QCOMPARE(text(view->indexAt(QPoint(5, view->viewport()->height() - 2 -
                                                  view->viewport()->height() % view->rowHeight()))),
                 QStringLiteral("line 1799"));
        view->verticalScrollBar()->setValue(400); // reading, while the cap drops rows above
        const QString top = text(view->indexAt(QPoint(5, 2)));
        page->appendBatch(makeBatch(m_two, 1800, 200, t0));
        QCOMPARE(text(view->indexAt(QPoint(5, 2))), top);
        QTRY_VERIFY_WITH_TIMEOUT(onScreen() == repainted(), 5000);
    }

    // A second container's lines that arrive late are merged in by time. The rows shown already
    // stay rows: the selection, the current line and the line at the top of the view survive,
    // and the new lines go in between.
    void lateLinesKeepSelectionCurrentAndPlace()
    {
        auto page = makePage();
        const qint64 t0 = nowNs() - 60 * kSec;
        constexpr qint64 kMs = 1000000;
        const auto lines = [&](const QString& source, const char* prefix, const QList<int>& atMs) {
            core::LogBatch b;
            b.sources = {source};
            for (const int ms : atMs)
                b.add(0, core::LogStream::Stdout, t0 + ms * kMs, core::LogLevel::Info,
                      QByteArray(QByteArray(prefix) + QByteArray::number(ms)));
            return b;
        };
        QList<int> even;
        for (int i = 0; i < 600; ++i)
            even << 2 * i;
        page->appendBatch(lines(m_two[0], "a", even)); // a0 a2 … a1198
        gui::LogView* view = page->view();
        QScrollBar* bar = view->verticalScrollBar();
        bar->setValue(400); // reading from a800
        QVERIFY(!view->isFollowing());
        QCOMPARE(text(view->indexAt(QPoint(5, 2))), QStringLiteral("a800"));
        LogsModelProbe m(page->model());
        view->setCurrentIndex(m.index(451));
        view->selectionModel()->select(QItemSelection(m.index(450), m.index(452)),
                                       QItemSelectionModel::ClearAndSelect);
        QCOMPARE(text(view->currentIndex()), QStringLiteral("a902"));
        const QString top = text(view->indexAt(QPoint(5, 2))); // the current row scrolled in

        // b799 and b851 land above the top line, the others among and after the selected ones.
        page->appendBatch(lines(m_two[1], "b", {799, 851, 901, 903, 905, 1001, 1199, 1300}));
        QCOMPARE(m.rowCount(), 608);
        QCOMPARE(m.texts(0, m.rowCount()).size(), 608);
        QVERIFY(m.inTimeOrder());
        QCOMPARE(text(view->indexAt(QPoint(5, 2))), top);
        QCOMPARE(text(view->currentIndex()), QStringLiteral("a902"));
        QStringList selected;
        for (const QModelIndex& i : view->selectionModel()->selectedRows())
            selected << text(i);
        selected.sort();
        QCOMPARE(selected, QStringList({QStringLiteral("a900"), QStringLiteral("a902"),
                                        QStringLiteral("a904")}));
        // The new lines sit where their time puts them.
        QCOMPARE(m.texts(452, 458), QStringList({QStringLiteral("a900"), QStringLiteral("b901"),
                                                 QStringLiteral("a902"), QStringLiteral("b903"),
                                                 QStringLiteral("a904"), QStringLiteral("b905")}));
        QCOMPARE(m.texts(606, 608),
                 QStringList({QStringLiteral("b1199"), QStringLiteral("b1300")}));

        // A late tail woven through hundreds of rows: re-read as a whole, still complete and in
        // order.
        QList<int> odd;
        for (int i = 0; i < 300; ++i)
            odd << 2 * i + 1;
        page->appendBatch(lines(QStringLiteral("celery"), "c", odd));
        QCOMPARE(m.rowCount(), 908);
        QVERIFY(m.inTimeOrder());
        QCOMPARE(m.texts(0, 3),
                 QStringList({QStringLiteral("a0"), QStringLiteral("c1"), QStringLiteral("a2")}));
    }

    // Rows are where the view says they are; click and shift-click select a range that copies
    // in order.
    void clickShiftClickSelectsAndCopies()
    {
        auto page = makePage();
        page->appendBatch(makeBatch(m_two, 0, 300, nowNs() - 60 * kSec));
        gui::LogView* view = page->view();
        view->setFollowing(false);
        view->verticalScrollBar()->setValue(10);
        const int first = view->firstVisibleRow();
        QCOMPARE(first, 10);
        for (int r = first; r < first + view->pageRows(); ++r) {
            const QModelIndex i = page->model()->index(r);
            QCOMPARE(view->indexAt(view->visualRect(i).center()), i);
        }
        const auto centre = [&](int row) {
            return view->visualRect(page->model()->index(row)).center();
        };
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre(12));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, centre(15));
        QCOMPARE(view->selectionModel()->selectedRows().size(), 4);
        QApplication::clipboard()->clear();
        page->findChild<QPushButton*>(QStringLiteral("copy"))->click();
        const QStringList copied =
            QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(copied.size(), 4);
        QVERIFY2(copied.first().endsWith(QStringLiteral(": line 12")), qPrintable(copied.first()));
        QVERIFY2(copied.last().endsWith(QStringLiteral(": line 15")), qPrintable(copied.last()));
    }

    void sideBySideShowsOnePanePerChosenContainer()
    {
        auto page = makePage();
        const QStringList three{QStringLiteral("backend"), QStringLiteral("celery"),
                                QStringLiteral("frontend")};
        page->setChosenServices(three);
        page->appendBatch(makeBatch(three, 0, 300, nowNs() - 60 * kSec));
        QCOMPARE(page->model()->rowCount(), 300);
        page->setSideBySide(true);
        QVERIFY(page->isSideBySide());
        const QList<gui::LogView*> panes = page->paneViews();
        QCOMPARE(panes.size(), 3);
        QVERIFY(!page->findChild<gui::LogView*>(QStringLiteral("logView"))->isVisible());
        for (int p = 0; p < 3; ++p) {
            QVERIFY(panes[p]->isVisible());
            const auto* model = qobject_cast<gui::LogsModel*>(panes[p]->model());
            QCOMPARE(model->rowCount(), 100);
            for (int r = 0; r < model->rowCount(); ++r)
                QCOMPARE(model->row(r).source, quint16(p)); // only its own container
        }
        QCOMPARE(page->findChildren<QLabel*>(QStringLiteral("paneTitle")).size(), 3);
        const auto* title =
            panes.first()->parentWidget()->findChild<QLabel*>(QStringLiteral("paneTitle"));
        QVERIFY2(english(title->text()).startsWith(QStringLiteral("backend · 100 lines")),
                 qPrintable(title->text()));
        // New lines go to their own pane, each following.
        page->appendBatch(makeBatch(three, 300, 3, nowNs() - 60 * kSec));
        for (gui::LogView* v : page->paneViews()) {
            QCOMPARE(v->model()->rowCount(), 101);
            QCOMPARE(v->verticalScrollBar()->value(), v->verticalScrollBar()->maximum());
        }
        // Find acts on the pane last focused.
        gui::LogView* celery = page->paneViews().at(1);
        celery->setFocus();
        QTRY_COMPARE(page->view(), celery);
        page->findChild<QLineEdit*>(QStringLiteral("search"))->setText(QStringLiteral("line 4"));
        page->findNext();
        QCOMPARE(text(celery->currentIndex()), QStringLiteral("line 4")); // 4 % 3 == 1: celery
        QVERIFY(!celery->isFollowing());
        QVERIFY(!page->isFollowing());
        QVERIFY(page->paneViews().at(0)->isFollowing()); // the others keep up
        // Unticking a container in the chooser removes its pane.
        auto* chooser = page->findChild<gui::SourceChooser*>(QStringLiteral("sourceFilter"));
        chooser->checkBox(QStringLiteral("frontend"))->click();
        QCOMPARE(page->paneViews().size(), 2);
        QCOMPARE(page->model()->rowCount(), 202);
        // The layout is remembered.
        QCOMPARE(m_settings->value(core::SettingKeys::logSideBySide), true);
        page->setSideBySide(false);
        QVERIFY(page->paneViews().isEmpty());
        QVERIFY(page->view()->isVisible());
    }

    // Opened with the remembered side-by-side layout, every pane follows its newest line, the
    // first one (which gets the focus) too.
    void rememberedSideBySideOpensFollowingInEveryPane()
    {
        m_settings->setValue(core::SettingKeys::logSideBySide, true);
        auto page = makePage();
        QVERIFY(page->isSideBySide());
        const QStringList three{QStringLiteral("backend"), QStringLiteral("celery"),
                                QStringLiteral("frontend")};
        for (int b = 0; b < 10; ++b)
            page->appendBatch(makeBatch(three, b * 60, 60, nowNs() - 60 * kSec));
        QVERIFY(page->isFollowing());
        for (gui::LogView* v : page->paneViews()) {
            if (v->model()->rowCount() == 0)
                continue;
            QVERIFY2(v->isFollowing(), qPrintable(v->objectName()));
            QCOMPARE(v->verticalScrollBar()->value(), v->verticalScrollBar()->maximum());
        }
    }

    void sourceChooserKeepsAtLeastOneChosen()
    {
        gui::SourceChooser chooser;
        chooser.setSources({QStringLiteral("a"), QStringLiteral("b")});
        QVERIFY(chooser.allChosen());
        QSignalSpy changed(&chooser, &gui::SourceChooser::chosenChanged);
        chooser.checkBox(QStringLiteral("a"))->click();
        QCOMPARE(chooser.chosen(), QStringList{QStringLiteral("b")});
        QCOMPARE(chooser.text(), QStringLiteral("Container: b"));
        chooser.checkBox(QStringLiteral("b"))->click(); // the last one stays
        QCOMPARE(chooser.chosen(), QStringList{QStringLiteral("b")});
        QVERIFY(chooser.checkBox(QStringLiteral("b"))->isChecked());
        QCOMPARE(changed.count(), 1);
        chooser.setChosen({});
        QVERIFY(chooser.allChosen());
        QCOMPARE(chooser.text(), QStringLiteral("Containers: all"));
        // A service that is gone from the profile leaves the choice.
        chooser.setChosen({QStringLiteral("a")});
        chooser.setSources({QStringLiteral("b"), QStringLiteral("c")});
        QVERIFY(chooser.allChosen());
    }

    void fromToRangeFiltersAndReadsAgainWhenItReachesBack()
    {
        auto page = makePage();
        const qint64 t0 = nowNs() - 200 * kSec;
        page->appendBatch(makeBatch(m_two, 0, 100, t0, kSec)); // one line a second
        page->setTimeRange(t0 + 10 * kSec, t0 + 19 * kSec);
        QCOMPARE(page->model()->rowCount(), 10);
        QCOMPARE(text(page->model()->index(0)), QStringLiteral("line 10"));
        QCOMPARE(text(page->model()->index(9)), QStringLiteral("line 19"));
        auto* range = page->findChild<QWidget*>(QStringLiteral("timeRange"));
        QVERIFY(range->isVisible());
        auto* from = page->findChild<QDateTimeEdit*>(QStringLiteral("rangeFrom"));
        QCOMPARE(from->dateTime().toMSecsSinceEpoch(), (t0 + 10 * kSec) / 1000000 / 1000 * 1000);
        // Inside what is stored: no reading again once the range settles.
        auto* coverage = page->findChild<QTimer*>(QStringLiteral("coverageTimer"));
        QTRY_VERIFY(!coverage->isActive());
        QCOMPARE(page->readSinceNs(), 0);
        QCOMPARE(page->store().size(), 100);

        // Open end: up to now, new lines keep coming in.
        auto* toNow = page->findChild<QCheckBox*>(QStringLiteral("rangeToNow"));
        toNow->setChecked(true);
        QCOMPARE(page->model()->rowCount(), 90);
        page->appendBatch(makeBatch(m_two, 100, 5, t0, kSec));
        QCOMPARE(page->model()->rowCount(), 95);

        // Reaching back before the oldest stored line: the logs are read again from there.
        const qint64 early = t0 - 3600 * kSec;
        page->setTimeRange(early, 0);
        QTRY_COMPARE(page->readSinceNs(), early / 1000000000 * 1000000000);
        QCOMPARE(page->store().size(), 0); // cleared for the new read
        auto* tail = page->findChild<QComboBox*>(QStringLiteral("initialLines"));
        QCOMPARE(tail->currentText(), QStringLiteral("Start: the time range"));
        // Another profile (or the same reloaded) follows from the tail again, never "tail -2".
        page->reloadProfile();
        QCOMPARE(page->readSinceNs(), 0);
        QCOMPARE(tail->currentData().toInt(), 1000);
        QCOMPARE(tail->findText(QStringLiteral("Start: the time range")), -1);
        QTRY_VERIFY(!coverage->isActive());
        // The range still reaches back: settling reads from its start again.
        QTRY_COMPARE(page->readSinceNs(), early / 1000000000 * 1000000000);
        // Back to any time: following from the tail again.
        auto* time = page->findChild<QComboBox*>(QStringLiteral("timeFilter"));
        time->setCurrentIndex(0);
        QVERIFY(!range->isVisible());
        QTRY_COMPARE(page->readSinceNs(), 0);
        QCOMPARE(tail->currentData().toInt(), 1000);
        QCOMPARE(tail->findText(QStringLiteral("Start: the time range")), -1);
    }

    // A date typed digit by digit filters once the typing pauses, with the last value.
    void typedRangeFiltersOnceTypingPauses()
    {
        auto page = makePage();
        const qint64 t0 = (nowNs() - 200 * kSec) / kSec * kSec;
        page->appendBatch(makeBatch(m_two, 0, 100, t0, kSec));
        page->setTimeRange(t0 + 10 * kSec, t0 + 19 * kSec);
        QCOMPARE(page->model()->rowCount(), 10);
        QSignalSpy resets(page->model(), &QAbstractItemModel::modelReset);
        auto* from = page->findChild<QDateTimeEdit*>(QStringLiteral("rangeFrom"));
        const QDateTime start = from->dateTime();
        for (int s = 1; s <= 5; ++s)
            from->setDateTime(start.addSecs(s)); // five keystrokes
        QCOMPARE(resets.count(), 0);
        QCOMPARE(page->model()->rowCount(), 10);
        QTRY_COMPARE(resets.count(), 1);
        QCOMPARE(page->model()->rowCount(), 5);
        QCOMPARE(text(page->model()->index(0)), QStringLiteral("line 15"));
        // Another filter change meanwhile applies the typed date at once, and only once.
        from->setDateTime(start.addSecs(7));
        auto* level = page->findChild<QComboBox*>(QStringLiteral("levelFilter"));
        QVERIFY(level);
        level->setCurrentIndex(level->currentIndex() == 0 ? 1 : 0);
        QCOMPARE(resets.count(), 2);
        auto* typing = page->findChild<QTimer*>(QStringLiteral("rangeEditTimer"));
        QVERIFY(!typing->isActive());

        // A date half typed when the re-read check comes due is no range to read: here an
        // hour before the stored lines, on the way to a date inside them.
        auto* coverage = page->findChild<QTimer*>(QStringLiteral("coverageTimer"));
        QTRY_VERIFY(!coverage->isActive());
        coverage->start();
        typing->setInterval(60000); // still typing when the check comes due
        from->setDateTime(start.addSecs(-3600));
        QVERIFY(typing->isActive());
        QTRY_VERIFY(!coverage->isActive());
        QCOMPARE(page->readSinceNs(), 0);
        QCOMPARE(page->store().size(), 100);
        from->setDateTime(start.addSecs(2)); // the date meant
        typing->setInterval(10);
        typing->start();
        QTRY_VERIFY(!typing->isActive() && !coverage->isActive());
        QCOMPARE(page->readSinceNs(), 0);
        QCOMPARE(page->store().size(), 100);
        QCOMPARE(text(page->model()->index(0)), QStringLiteral("line 12"));
    }

    // Clear is on purpose: a later level or container change does not read the cleared lines
    // back from Docker; asking for another time window does.
    void clearIsNotUndoneByAFilterChange()
    {
        auto page = makePage();
        page->appendBatch(makeBatch(m_two, 0, 600, nowNs() - 600 * kSec, kSec));
        auto* time = page->findChild<QComboBox*>(QStringLiteral("timeFilter"));
        auto* coverage = page->findChild<QTimer*>(QStringLiteral("coverageTimer"));
        time->setCurrentIndex(time->findData(5));
        QTRY_VERIFY(!coverage->isActive());
        QCOMPARE(page->readSinceNs(), 0); // the store holds the whole window
        QVERIFY(page->model()->rowCount() > 250 && page->model()->rowCount() <= 300);
        page->findChild<QPushButton*>(QStringLiteral("clear"))->click();
        QCOMPARE(page->store().size(), 0);
        auto* level = page->findChild<QComboBox*>(QStringLiteral("levelFilter"));
        level->setCurrentIndex(level->findData(int(core::LogLevel::Warning)));
        QTRY_VERIFY(!coverage->isActive());
        QCOMPARE(page->readSinceNs(), 0);
        const qint64 before = nowNs();
        time->setCurrentIndex(time->findData(15));
        QTRY_VERIFY(page->readSinceNs() > 0);
        QVERIFY(page->readSinceNs() <= before - 15 * 60 * kSec + kSec);
    }

    // "Last 5 minutes" slides: lines that grow older than the window leave from the top,
    // without a reset.
    void slidingWindowDropsRowsFromTheTop()
    {
        core::LogStore store;
        const qint64 now = nowNs();
        core::LogBatch b;
        b.sources = {QStringLiteral("backend")};
        for (int i = 0; i < 600; ++i) // one a second, the last ten minutes
            b.add(0, core::LogStream::Stdout, now - qint64(600 - i) * kSec, core::LogLevel::Info,
                  QByteArray::number(i));
        store.append(b);
        gui::LogsModel model(store);
        core::LogFilter filter;
        filter.fromNs = now - 300 * kSec;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 300);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const qint64 stripe = model.stableRow(100);
        model.advanceFrom(now - 240 * kSec);
        QCOMPARE(model.rowCount(), 240);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.row(0).text, QByteArrayView("360"));
        QCOMPARE(model.stableRow(40), stripe);
        model.advanceFrom(now - 300 * kSec); // never backwards
        QCOMPARE(model.rowCount(), 240);
    }

    // A match near the bottom scrolls the view to its end; that must not count as "follow
    // again", or the next lines would scroll the match away.
    void findNearTheBottomDoesNotResumeFollowing()
    {
        auto page = makePage();
        page->appendBatch(makeBatch(m_two, 0, 1000, nowNs() - 60 * kSec));
        gui::LogView* view = page->view();
        view->verticalScrollBar()->setValue(0);
        QVERIFY(!page->isFollowing());
        page->findChild<QLineEdit*>(QStringLiteral("search"))->setText(QStringLiteral("line 998"));
        page->findNext();
        QCOMPARE(text(view->currentIndex()), QStringLiteral("line 998"));
        QVERIFY(!view->isFollowing());
        QVERIFY(!page->isFollowing());
        const int value = view->verticalScrollBar()->value();
        page->appendBatch(makeBatch(m_two, 1000, 100, nowNs() - 60 * kSec));
        QCOMPARE(view->verticalScrollBar()->value(), value);
        QVERIFY(view->viewport()->rect().contains(view->visualRect(view->currentIndex())));
    }

    void loweringTheLineLimitDropsTheOldestAtOnce()
    {
        auto page = makePage(5000);
        page->appendBatch(makeBatch(m_two, 0, 3000, nowNs() - 60 * kSec));
        page->setLineLimit(2000);
        QCOMPARE(page->store().size(), 2000);
        QCOMPARE(page->model()->rowCount(), 2000);
        QCOMPARE(page->droppedLines(), 1000);
        QCOMPARE(text(page->model()->index(0)), QStringLiteral("line 1000"));
        page->appendBatch(makeBatch(m_two, 3000, 10, nowNs() - 60 * kSec));
        QCOMPARE(page->model()->rowCount(), 2000);
        QCOMPARE(page->droppedLines(), 1010);
    }

    void linesDroppedWhilePausedAreCounted()
    {
        auto page = makePage(1000);
        const qint64 t0 = nowNs() - 60 * kSec;
        page->appendBatch(makeBatch(m_two, 0, 100, t0));
        page->setPaused(true);
        for (int i = 1; i <= 15; ++i)
            page->appendBatch(makeBatch(m_two, i * 100, 100, t0));
        QCOMPARE(page->waitingLines(), 1000);
        QCOMPARE(page->droppedLines(), 500);
        QCOMPARE(page->model()->rowCount(), 100); // the view is frozen
        QTRY_VERIFY2(status(*page)->text().contains(QStringLiteral("500 dropped while paused")),
                     qPrintable(status(*page)->text()));
        page->setPaused(false);
        QCOMPARE(page->store().size(), 1000);
        QCOMPARE(page->droppedLines(), 600); // 500 while paused, 100 from the store
        QCOMPARE(text(page->model()->index(0)), QStringLiteral("line 600"));
        QVERIFY2(status(*page)->text().contains(QStringLiteral("600 oldest dropped (limit 1,000)")),
                 qPrintable(status(*page)->text()));
        page->clearLines();
        QCOMPARE(page->droppedLines(), 0);
    }

    // "Only matching" turns the search into a filter (artgenctl logs --grep), and unticking it
    // shows every line again.
    void onlyMatchingLinesFiltersBySearch()
    {
        auto page = makePage();
        const qint64 t0 = nowNs() - 60 * kSec;
        page->appendBatch(makeBatch(m_two, 0, 100, t0, 1000));
        QTRY_COMPARE(page->model()->rowCount(), 100);
        auto* search = page->findChild<QLineEdit*>(QStringLiteral("search"));
        auto* only = page->findChild<QCheckBox*>(QStringLiteral("onlyMatching"));
        QVERIFY(search && only);
        QTest::keyClicks(search, QStringLiteral("line 7"));
        only->setChecked(true);
        // "line 7" and "line 70" … "line 79": 11 lines.
        QTRY_COMPARE(page->model()->rowCount(), 11);
        // New lines that match join, the others stay out.
        page->appendBatch(makeBatch(m_two, 700, 3, t0 + 10 * kSec, 1000));
        QTRY_COMPARE(page->model()->rowCount(), 14);
        only->setChecked(false);
        QTRY_COMPARE(page->model()->rowCount(), 103);
    }

    // "3 of 17" beside the search: counted off the UI thread, then kept up as lines arrive and
    // as F3 / Enter / Shift+Enter move through the matches.
    void matchCounterFollowsLinesAndFind()
    {
        auto page = makePage();
        page->setSideBySide(false); // one timeline: its matches are counted
        const qint64 t0 = nowNs() - 60 * kSec;
        page->appendBatch(makeBatch(m_two, 0, 1000, t0));
        auto* search = page->findChild<QLineEdit*>(QStringLiteral("search"));
        auto* count = page->findChild<QLabel*>(QStringLiteral("matchCount"));
        QVERIFY(search && count);
        QVERIFY(count->text().isEmpty());
        search->setText(QStringLiteral("line 4")); // line 4, 40…49, 400…499
        QTRY_COMPARE(english(count->text()), QStringLiteral("111 matches"));
        page->findNext();
        QCOMPARE(text(page->view()->currentIndex()), QStringLiteral("line 4"));
        QTRY_COMPARE(count->text(), QStringLiteral("1 of 111"));
        page->findNext();
        QTRY_COMPARE(count->text(), QStringLiteral("2 of 111"));
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(text(page->view()->currentIndex()), QStringLiteral("line 41"));
        QTRY_COMPARE(count->text(), QStringLiteral("3 of 111"));
        QTest::keyClick(search, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(text(page->view()->currentIndex()), QStringLiteral("line 40"));
        QTRY_COMPARE(count->text(), QStringLiteral("2 of 111"));
        // Lines that arrive are counted as they come: line 4000 … 4009.
        page->appendBatch(makeBatch(m_two, 4000, 10, t0 + 3000 * 1000000LL));
        QTRY_COMPARE(count->text(), QStringLiteral("2 of 121"));
        // A filter counts what it shows: backend has the even lines.
        page->setChosenServices({QStringLiteral("backend")});
        QTRY_COMPARE(english(count->text()), QStringLiteral("61 matches"));
        page->setChosenServices({});
        // Grouped thousands.
        page->appendBatch(makeBatch(m_two, 10000, 1500, t0 + 20000 * 1000000LL));
        search->setText(QStringLiteral("line 1"));
        QTRY_COMPARE(english(count->text()), QStringLiteral("1,611 matches"));
        search->setText(QStringLiteral("nothing like it"));
        QTRY_COMPARE(count->text(), QStringLiteral("no matches"));
        page->clearSearch();
        QTRY_VERIFY(count->text().isEmpty());
    }

    // A grouped traceback shows its exception in the row and opens in place: the marker, Enter,
    // Right / Left and the context menu; its lines are then painted, selectable and copied.
    void tracebackShowsItsExceptionAndExpandsInPlace()
    {
        auto page = makePage();
        page->setSideBySide(false);
        core::LogBatch b;
        b.sources = m_two;
        const qint64 t0 = nowNs() - 60 * kSec;
        b.add(0, core::LogStream::Stdout, t0, core::LogLevel::Info, "before");
        b.add(0, core::LogStream::Stderr, t0 + 1, core::LogLevel::Error,
              "ERROR app: render failed\nTraceback (most recent call last):\n  File "
              "\"/app/main.py\", "
              "line 80, in generate\nValueError: boom");
        b.add(0, core::LogStream::Stdout, t0 + 2, core::LogLevel::Info, "after");
        page->appendBatch(b);
        gui::LogView* view = page->view();
        const QModelIndex tb = page->model()->index(1);
        // The exception line is in the row, for people and screen readers.
        QVERIFY2(
            tb.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("ValueError: boom")),
            qPrintable(tb.data(Qt::AccessibleTextRole).toString()));
        const int oneLine = view->visualRect(tb).height();
        QCOMPARE(oneLine, view->rowHeight());
        // Enter opens, Left closes, Right opens again.
        view->setFocus();
        view->setCurrentIndex(tb);
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(page->model()->isExpanded(1));
        QCOMPARE(view->visualRect(tb).height(), oneLine + 3 * view->fontMetrics().lineSpacing());
        QTest::keyClick(view, Qt::Key_Left);
        QVERIFY(!page->model()->isExpanded(1));
        QCOMPARE(view->visualRect(tb).height(), oneLine);
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(page->model()->isExpanded(1));
        // The row below moved down, the one above did not.
        QCOMPARE(view->visualRect(page->model()->index(2)).top(),
                 view->visualRect(tb).bottom() + 1);
        // A click on the ▸ marker closes it.
        const QRect r = view->visualRect(tb);
        // Where the text starts: time, tag and level before it (LogRowDelegate's layout).
        const int markerX = r.left() +
                            view->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) +
                            4 + 3 + 8 + 78 + 8 + 34 + 4 + 3;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          QPoint(markerX, r.top() + oneLine / 2));
        QVERIFY(!page->model()->isExpanded(1));
        // The context menu offers it too.
        const QRect closed = view->visualRect(tb);
        QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, closed.center(),
                                    view->viewport()->mapToGlobal(closed.center()));
        QApplication::sendEvent(view->viewport(), &menuEvent);
        QMenu* menu = nullptr;
        QTRY_VERIFY((menu = view->findChild<QMenu*>(QStringLiteral("logViewMenu"))));
        auto* toggle = menu->findChild<QAction*>(QStringLiteral("toggleTraceback"));
        QVERIFY(toggle);
        QCOMPARE(toggle->text(), QStringLiteral("Expand the traceback"));
        toggle->trigger();
        menu->close();
        QVERIFY(page->model()->isExpanded(1));
        // Selected and copied whole.
        view->selectionModel()->select(tb, QItemSelectionModel::ClearAndSelect);
        page->findChild<QPushButton*>(QStringLiteral("copy"))->click();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("Traceback (most recent call last):\n")) &&
                     copied.contains(QStringLiteral("ValueError: boom")),
                 qPrintable(copied));
    }

    // A 5 000-character line is never cut: without wrapping the view scrolls sideways to its
    // end; wrapped, its lines hold every character and the view scrolls down to the last one.
    void longLineIsReachableWrappedOrNot()
    {
        auto page = makePage();
        page->setSideBySide(false);
        QByteArray longLine;
        for (int i = 0; longLine.size() < 5000; ++i)
            longLine += "word" + QByteArray::number(i) + ' ';
        longLine.truncate(4999);
        longLine += 'Z'; // the last character
        core::LogBatch b;
        b.sources = m_two;
        b.add(0, core::LogStream::Stdout, nowNs(), core::LogLevel::Info, longLine);
        page->appendBatch(b);
        gui::LogView* view = page->view();
        QVERIFY(!page->isWrapping());
        const QModelIndex row = page->model()->index(0);
        QScrollBar* hbar = view->horizontalScrollBar();
        QTRY_VERIFY(hbar->maximum() > 0);
        // The row is as wide as its text; scrolled to the end, the text ends inside the view.
        const int textWidth = view->fontMetrics().horizontalAdvance(QString::fromUtf8(longLine));
        QVERIFY(view->visualRect(row).width() >= textWidth);
        hbar->setValue(hbar->maximum());
        const QRect atEnd = view->visualRect(row);
        QVERIFY(atEnd.right() <= view->viewport()->width() + 1);
        QVERIFY(atEnd.right() >= view->viewport()->width() - 1);
        QVERIFY(atEnd.width() - textWidth < view->viewport()->width()); // the end is in view
        // The choice is remembered.
        auto* wrap = page->findChild<QPushButton*>(QStringLiteral("wrapLines"));
        QVERIFY(wrap);
        wrap->click();
        QVERIFY(page->isWrapping());
        QCOMPARE(m_settings->value(core::SettingKeys::logWrapLines), true);
        QCOMPARE(hbar->maximum(), 0);
        const int lineSpacing = view->fontMetrics().lineSpacing();
        const int tall = view->visualRect(row).height();
        QVERIFY(tall > 10 * lineSpacing);
        // Wrapping keeps every character.
        const QStringList lines = gui::LogRowDelegate::wrap(
            QString::fromUtf8(longLine), view->font(), view->viewport()->width() - 200);
        QCOMPARE(lines.join(QString()), QString::fromUtf8(longLine));
        // Taller than the view: the wheel scrolls within it to its last line.
        page->resize(1000, 300);
        QTRY_VERIFY(view->visualRect(row).height() > view->viewport()->height());
        for (int i = 0; i < 200 && view->visualRect(row).bottom() >= view->viewport()->height();
             ++i) {
            QWheelEvent wheel(QPointF(50, 50), view->viewport()->mapToGlobal(QPointF(50, 50)), {},
                              QPoint(0, -120), Qt::NoButton, {}, Qt::NoScrollPhase, false);
            QApplication::sendEvent(view->viewport(), &wheel);
        }
        QVERIFY(view->topOffset() > 0);
        QVERIFY(view->visualRect(row).bottom() < view->viewport()->height());
        QVERIFY(view->visualRect(row).top() < 0);
        // A new page opens wrapped, as left.
        auto again = std::make_unique<gui::LogsPage>(*m_services, *m_settings);
        QVERIFY(again->isWrapping());
        wrap->click();
        QCOMPARE(m_settings->value(core::SettingKeys::logWrapLines), false);
    }

    // The painted markers in words: each row's accessible text and description, the marker
    // tooltips and the legend; names on every control; Tab through the toolbar in its order.
    void markersAndControlsAreExplained()
    {
        auto page = makePage();
        page->setSideBySide(false);
        page->appendBatch(makeBatch(m_two, 0, 20, nowNs() - 60 * kSec));
        const QModelIndex first = page->model()->index(0); // line 0: stderr, error, backend
        const QString spoken = first.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.startsWith(QStringLiteral("error, stderr, backend, ")) &&
                     spoken.endsWith(QStringLiteral(": line 0")),
                 qPrintable(spoken));
        const QString described = first.data(Qt::AccessibleDescriptionRole).toString();
        QVERIFY2(described.contains(QStringLiteral("Level: Error.")) &&
                     described.contains(QStringLiteral("(stderr)")),
                 qPrintable(described));
        // The legend says what the red bar and the colours mean.
        auto* legend = page->findChild<QLabel*>(QStringLiteral("logLegend"));
        QVERIFY(legend && legend->isVisible());
        QVERIFY(legend->text().contains(QStringLiteral("stderr")));
        QVERIFY(legend->toolTip().contains(QStringLiteral("error stream")));
        // The tooltip of the red bar.
        gui::LogView* view = page->view();
        view->verticalScrollBar()->setValue(0);
        const QRect r = view->visualRect(first);
        QHelpEvent help(QEvent::ToolTip, QPoint(r.left() + 1, r.center().y()),
                        view->viewport()->mapToGlobal(QPoint(r.left() + 1, r.center().y())));
        QApplication::sendEvent(view->viewport(), &help);
        QTRY_VERIFY2(QToolTip::text().contains(QStringLiteral("stderr")),
                     qPrintable(QToolTip::text()));
        QToolTip::hideText();
        // Every control has a name a screen reader can say.
        QStringList unnamed;
        for (QWidget* w : page->findChildren<QWidget*>())
            if (w->focusPolicy() != Qt::NoFocus && w->isVisibleTo(page.get()) &&
                w->accessibleName().isEmpty() && !qobject_cast<QScrollBar*>(w) &&
                !qobject_cast<QAbstractButton*>(w))
                unnamed << QString::fromLatin1(w->metaObject()->className()) + u' ' +
                               w->objectName();
        for (QAbstractButton* b : page->findChildren<QAbstractButton*>())
            if (b->isVisibleTo(page.get()) && b->accessibleName().isEmpty() &&
                b->text().isEmpty() && !qobject_cast<QScrollBar*>(b->parent()))
                unnamed << b->objectName();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
        // Tab goes through the controls as the rows show them.
        const QStringList expected{QStringLiteral("sourceFilter"), QStringLiteral("levelFilter"),
                                   QStringLiteral("timeFilter"),   QStringLiteral("initialLines"),
                                   QStringLiteral("sideBySide"),   QStringLiteral("wrapLines"),
                                   QStringLiteral("follow"),       QStringLiteral("pause"),
                                   QStringLiteral("clear"),        QStringLiteral("copy"),
                                   QStringLiteral("export"),       QStringLiteral("search"),
                                   QStringLiteral("findPrevious"), QStringLiteral("findNext")};
        page->findChild<QWidget*>(QStringLiteral("sourceFilter"))->setFocus(Qt::TabFocusReason);
        QStringList visited;
        for (int i = 0; i < expected.size(); ++i) {
            QTRY_VERIFY(QApplication::focusWidget());
            visited << QApplication::focusWidget()->objectName();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(visited, expected);
    }

    // Counts on the page are grouped by thousands: the pane title, the lines waiting.
    void countsAreGroupedByThousands()
    {
        auto page = makePage();
        page->setChosenServices(m_two);
        page->appendBatch(makeBatch(m_two, 0, 3000, nowNs() - 60 * kSec));
        page->setSideBySide(true);
        const auto titles = page->findChildren<QLabel*>(QStringLiteral("paneTitle"));
        QCOMPARE(titles.size(), 2);
        QStringList texts;
        for (const QLabel* title : titles)
            texts << english(title->text());
        texts.sort();
        QCOMPARE(texts, QStringList({QStringLiteral("backend · 1,500 lines"),
                                     QStringLiteral("frontend · 1,500 lines")}));
        page->setPaused(true);
        page->appendBatch(makeBatch(m_two, 3000, 1200, nowNs() - 50 * kSec));
        QTRY_VERIFY2(
            english(status(*page)->text()).contains(QStringLiteral("paused: 1,200 lines waiting")),
            qPrintable(status(*page)->text()));
        page->setSideBySide(false);
    }
};

QTEST_MAIN(TestLogsPage)
#include "tst_logspage.moc"
