// JobPageFrame with a real core::Job on the real JobRunner: the page's rows above the job's
// progress and verdict, the content above the output; a job's progress, lines and end shown,
// and all of it cleared by the next job.
#include "common/jobcontroller.h"
#include "common/joboutputpane.h"
#include "common/jobpageframe.h"
#include "common/jobprogresspanel.h"
#include "common/verdictlabel.h"
#include "job/job.h"
#include "job/jobrunner.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen;
using gui::JobController;
using gui::JobPageFrame;
using Kind = gui::VerdictLabel::Kind;

namespace {

// Logs `lines`, then fails or waits until the test lets it succeed.
class LineJob : public core::Job
{
    Q_OBJECT

public:
    LineJob(QStringList lines, bool fails)
        : Job(QStringLiteral("Line job")), m_lines(std::move(lines)), m_fails(fails)
    {}

    // From the test's thread: the waiting job succeeds on its own thread.
    void release()
    {
        QMetaObject::invokeMethod(
            this, [this] { succeed(1); }, Qt::QueuedConnection);
    }

protected:
    void run() override
    {
        for (const QString& l : std::as_const(m_lines))
            log(l);
        if (m_fails)
            return fail(core::Error(core::Error::Code::Io, QStringLiteral("The copy failed."),
                                    QStringLiteral("The disk is full.")));
        setAsync();
    }

private:
    QStringList m_lines;
    bool m_fails;
};

QString outputText(const JobPageFrame& frame)
{
    return frame.output()->findChild<QPlainTextEdit*>(QStringLiteral("jobOutput"))->toPlainText();
}

bool progressTitled(const JobPageFrame& frame, const QString& title)
{
    for (const QLabel* l : frame.progress()->findChildren<QLabel*>())
        if (l->text() == title)
            return true;
    return false;
}

} // namespace

class TestJobPageFrame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsProgressVerdictThenContentAboveOutput()
    {
        core::JobRunner runner;
        JobController jobs(runner);
        QWidget page;
        auto* row = new QHBoxLayout;
        auto* action = new QPushButton(QStringLiteral("Act"), &page);
        row->addWidget(action);
        auto* frame = JobPageFrame::fill(&page, &jobs);
        auto* notice = new QLabel(QStringLiteral("notice"), &page);
        frame->addHeader(row);
        frame->addHeader(notice);
        auto* content = new QPushButton(QStringLiteral("content"), frame);
        frame->setContent(content, 4);

        QCOMPARE(action->parentWidget(), frame);
        // Edge to edge: the frame's own margins are the page's.
        QCOMPARE(page.layout()->contentsMargins(), QMargins());
        QCOMPARE(page.layout()->itemAt(0)->widget(), frame);
        QCOMPARE(frame->verdict()->objectName(), QStringLiteral("verdict"));
        auto* layout = frame->layout();
        QCOMPARE(layout->count(), 5);
        QCOMPARE(layout->itemAt(0)->layout(), row);
        QCOMPARE(layout->itemAt(1)->widget(), notice);
        QCOMPARE(layout->itemAt(2)->widget(), frame->progress());
        QCOMPARE(layout->itemAt(3)->widget(), frame->verdict());
        auto* splitter = qobject_cast<QSplitter*>(layout->itemAt(4)->widget());
        QVERIFY(splitter);
        QCOMPARE(splitter->orientation(), Qt::Vertical);
        QCOMPARE(splitter->widget(0), content);
        QCOMPARE(splitter->widget(1), frame->output());

        // Idle: neither progress nor a verdict takes room.
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!frame->progress()->isVisible());
        QVERIFY(!frame->verdict()->isVisible());
        // The keyboard goes from the page's rows to Cancel, the content, then the output.
        QList<QWidget*> order;
        auto* cancel = frame->progress()->findChild<QPushButton*>(QStringLiteral("cancelJob"));
        auto* text = frame->output()->findChild<QPlainTextEdit*>(QStringLiteral("jobOutput"));
        for (QWidget* w = action->nextInFocusChain(); w != action; w = w->nextInFocusChain())
            if (w == cancel || w == content || w == text)
                order << w;
        QCOMPARE(order, (QList<QWidget*>{cancel, content, text}));
    }

    void showsAJobAndClearsItForTheNext()
    {
        core::JobRunner runner;
        JobController jobs(runner);
        JobPageFrame frame(&jobs);
        frame.setContent(new QLabel(QStringLiteral("content")), 3);
        frame.resize(600, 400);
        frame.show();
        QVERIFY(QTest::qWaitForWindowExposed(&frame));
        frame.verdict()->showVerdict(Kind::Success, QStringLiteral("Last action went well."));
        QVERIFY(frame.verdict()->isVisible());

        auto first = std::make_shared<LineJob>(
            QStringList{QStringLiteral("first line"), QStringLiteral("second line")}, false);
        LineJob* waiting = first.get();
        QVERIFY(jobs.run(std::move(first)));
        frame.describeJob(QStringLiteral("Copying the file…"));
        // A new job makes the last verdict stale; its progress shows under the page's title.
        QVERIFY(!frame.verdict()->isVisible());
        QVERIFY(frame.progress()->isVisible());
        QVERIFY(progressTitled(frame, QStringLiteral("Copying the file…")));
        QTRY_VERIFY_WITH_TIMEOUT(outputText(frame).contains(QStringLiteral("second line")), 5000);
        QVERIFY(outputText(frame).contains(QStringLiteral("Copying the file…")));
        waiting->release();
        QTRY_VERIFY_WITH_TIMEOUT(!jobs.isRunning(), 5000);
        QVERIFY(!frame.progress()->isVisible());
        QVERIFY(outputText(frame).contains(QStringLiteral("Finished in")));
        frame.verdict()->showVerdict(Kind::Success, QStringLiteral("Copied."));

        // The next job: the first one's output and verdict are gone; its failure is the last line.
        QVERIFY(
            jobs.run(std::make_shared<LineJob>(QStringList{QStringLiteral("third line")}, true)));
        QVERIFY(!frame.verdict()->isVisible());
        QVERIFY(!outputText(frame).contains(QStringLiteral("first line")));
        QTRY_VERIFY_WITH_TIMEOUT(!jobs.isRunning(), 5000);
        const QString out = outputText(frame);
        QVERIFY2(out.contains(QStringLiteral("third line")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("The copy failed.")), qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("first line")));
        QVERIFY(!out.contains(QStringLiteral("Finished in")));
    }

    // A folder that cannot be made (its parent is a file): the verdict says so, with the
    // page's own advice for that case.
    void aFolderThatCannotBeMadeIsAVerdict()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        core::JobRunner runner;
        JobController jobs(runner);
        JobPageFrame frame(&jobs);
        frame.setContent(new QLabel(QStringLiteral("content")), 3);
        frame.show();
        QVERIFY(QTest::qWaitForWindowExposed(&frame));
        frame.openFolder(file.fileName() + QStringLiteral("/runs"),
                         QStringLiteral("Ask a file manager."),
                         QStringLiteral("Check the folder in Settings."));
        QTRY_VERIFY_WITH_TIMEOUT(frame.verdict()->isVisible(), 5000);
        const QString text = frame.verdict()->text();
        QCOMPARE(frame.verdict()->property("verdict").toInt(), int(Kind::Failure));
        QVERIFY2(text.contains(QStringLiteral("cannot be opened")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("cannot be created")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Check the folder in Settings.")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Ask a file manager.")));
    }

    void followsAnOutputThePageShowsElsewhere()
    {
        core::JobRunner runner;
        JobController jobs(runner);
        JobPageFrame frame(&jobs);
        auto* tabs = new QTabWidget;
        auto* output = new gui::JobOutputPane;
        tabs->addTab(output, QStringLiteral("Output"));
        frame.setContent(tabs, output);
        QCOMPARE(frame.output(), output);
        QCOMPARE(frame.layout()->itemAt(2)->widget(), tabs);
        QCOMPARE(output->parentWidget()->parentWidget(), tabs); // still in its tab

        QVERIFY(jobs.run(std::make_shared<LineJob>(QStringList{QStringLiteral("a line")}, true)));
        frame.describeJob(QStringLiteral("Applying…"));
        QTRY_VERIFY_WITH_TIMEOUT(!jobs.isRunning(), 5000);
        const QString out = outputText(frame);
        QVERIFY(out.contains(QStringLiteral("Applying…")));
        QVERIFY(out.contains(QStringLiteral("a line")));
        QVERIFY(out.contains(QStringLiteral("The copy failed.")));
    }
};

QTEST_MAIN(TestJobPageFrame)
#include "tst_jobpageframe.moc"
