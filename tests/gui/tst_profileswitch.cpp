// A profile switch moves every page (issue #12 part 1): two profiles — the running demo stack,
// and one whose Docker endpoint refuses connections (a unix socket bound with no listener) —
// switched back and forth through the Settings page as a user does. Each page must show the
// active profile's state and nothing of the other, and no call to the old profile's daemon may
// be left alive (DockerCall::liveCount counts them, streams included).

#include "../integration/stackfixture.h"
#include "backup/backupspage.h"
#include "common/connectionbanner.h"
#include "containers/containersmodel.h"
#include "containers/containerspage.h"
#include "docker/dockercall.h"
#include "docker/dockerstatus.h"
#include "i18n/languagemanager.h"
#include "job/jobrunner.h"
#include "logs/logspage.h"
#include "mainwindow.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"

#include <QAbstractButton>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace artgen;

namespace {

// A unix socket that exists and refuses: bound, never listening (connect gets ECONNREFUSED).
class RefusingSocket
{
public:
    explicit RefusingSocket(const QString& path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray p = path.toLocal8Bit();
        qstrncpy(addr.sun_path, p.constData(), sizeof(addr.sun_path));
        m_bound = m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0;
    }
    ~RefusingSocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isBound() const { return m_bound; }

private:
    int m_fd = -1;
    bool m_bound = false;
};

} // namespace

class TestProfileSwitch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static int rowsWithContainers(const gui::ContainersModel* model)
    {
        int n = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            if (!model->serviceAt(r)->id.isEmpty())
                ++n;
        return n;
    }
    static int runningRows(const gui::ContainersModel* model)
    {
        int n = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->serviceAt(r)->state == QStringLiteral("running"))
                ++n;
        return n;
    }

    static void makeActive(gui::MainWindow& w, const QString& name)
    {
        w.selectPage(gui::MainWindow::Page::Settings);
        auto* list = w.findChild<QListWidget*>(QStringLiteral("profileList"));
        auto* use = w.findChild<QPushButton*>(QStringLiteral("makeActiveProfile"));
        QVERIFY(list && use);
        const auto items = list->findItems(name, Qt::MatchStartsWith);
        QVERIFY2(!items.isEmpty(), qPrintable(name));
        list->setCurrentItem(items.first());
        use->click();
    }

private Q_SLOTS:
    void everyPageFollowsTheActiveProfile()
    {
        StackFixture stack;
        REQUIRE_STACK(stack);
        const QString sockPath = m_dir.filePath(QStringLiteral("refusing.sock"));
        RefusingSocket refusing(sockPath);
        QVERIFY(refusing.isBound());

        core::Profile demo = stack.profile();
        demo.name = QStringLiteral("Demo stack");
        demo.backupDir = m_dir.filePath(QStringLiteral("backups-demo"));
        core::Profile other = stack.profile();
        other.name = QStringLiteral("Refusing host");
        other.dockerHost = QStringLiteral("unix://") + sockPath;
        other.backupDir = m_dir.filePath(QStringLiteral("backups-other"));

        core::SettingsStore settings(m_dir.filePath(QStringLiteral("switch.conf")));
        settings.setProfiles({demo, other});
        settings.setActiveProfileName(demo.name);
        core::LanguageManager language;
        language.apply(QStringLiteral("en"));
        core::ActiveServices services;
        services.activate(settings.activeProfile());
        core::JobRunner jobs;

        gui::MainWindow w(settings, language, services, jobs, QString());
        w.resize(1280, 800);
        w.show();
        auto* containers =
            qobject_cast<gui::ContainersPage*>(w.page(gui::MainWindow::Page::Containers));
        auto* logs = qobject_cast<gui::LogsPage*>(w.page(gui::MainWindow::Page::Logs));
        auto* backups = qobject_cast<gui::BackupsPage*>(w.page(gui::MainWindow::Page::Backups));
        QVERIFY(containers && logs && backups);
        auto* summary = backups->findChild<QLabel*>(QStringLiteral("catalogSummary"));
        auto* banner = containers->findChild<gui::ConnectionBanner*>();
        auto* logsBanner = logs->findChild<gui::ConnectionBanner*>();
        QVERIFY(summary && banner && logsBanner);
        // Shown on its page, whichever page is in front.
        const auto shown = [](gui::ConnectionBanner* b, QWidget* page) {
            return b->isVisibleTo(page);
        };
        // The Logs page follows once it has been shown.
        w.selectPage(gui::MainWindow::Page::Logs);

        const core::DockerEndpoint demoEp = services.current()->endpoint();
        for (int round = 0; round < 2; ++round) {
            // The demo stack: its five services running, its logs, its backup folder.
            QCOMPARE(services.current()->profile().name, demo.name);
            QTRY_VERIFY_WITH_TIMEOUT(runningRows(containers->model()) >= 5, 30000);
            QTRY_VERIFY_WITH_TIMEOUT(logs->store().size() > 0, 30000);
            QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(demo.backupDir), 10000);
            QVERIFY(!summary->text().contains(other.backupDir));
            QVERIFY(core::DockerCall::liveCount(demoEp) > 0); // the monitor's and logs' streams

            makeActive(w, other.name);
            QCOMPARE(services.current()->profile().name, other.name);
            const core::DockerEndpoint otherEp = services.current()->endpoint();
            QCOMPARE(otherEp.socketPath(), sockPath);
            // Nothing of the demo stack is left talking to its daemon…
            QTRY_COMPARE_WITH_TIMEOUT(core::DockerCall::liveCount(demoEp), 0, 15000);
            // …so nothing of it can arrive: no container, no line, the other folder.
            QCOMPARE(rowsWithContainers(containers->model()), 0);
            QCOMPARE(logs->store().size(), qsizetype(0));
            QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(other.backupDir), 10000);
            // The refusing host says so on the Containers and Logs pages.
            QTRY_VERIFY_WITH_TIMEOUT(shown(banner, containers), 15000);
            QTRY_VERIFY_WITH_TIMEOUT(shown(logsBanner, logs), 15000);
            QCOMPARE(rowsWithContainers(containers->model()), 0);
            QCOMPARE(logs->store().size(), qsizetype(0));

            makeActive(w, demo.name);
            QTRY_COMPARE_WITH_TIMEOUT(core::DockerCall::liveCount(otherEp), 0, 15000);
            QTRY_VERIFY_WITH_TIMEOUT(!shown(banner, containers), 30000);
            QTRY_VERIFY_WITH_TIMEOUT(!shown(logsBanner, logs), 30000);
        }
    }

    // "Bring down" asks first, naming the profile; a switch while the question is open must
    // not bring the other profile's stack down when it is then confirmed. (No Docker needed:
    // nothing may be started at all, and the output says why.)
    void composeDownAskedForOneProfileDoesNothingAfterASwitch()
    {
        const QString sockPath = m_dir.filePath(QStringLiteral("down.sock"));
        RefusingSocket refusing(sockPath);
        QVERIFY(refusing.isBound());
        core::Profile a = core::Profile::fromStackDir(m_dir.path(), QStringLiteral("First"));
        a.dockerHost = QStringLiteral("unix://") + sockPath;
        core::Profile b = a;
        b.name = QStringLiteral("Second");
        core::SettingsStore settings(m_dir.filePath(QStringLiteral("down.conf")));
        settings.setProfiles({a, b});
        settings.setActiveProfileName(a.name);
        core::LanguageManager language;
        language.apply(QStringLiteral("en"));
        core::ActiveServices services;
        services.activate(settings.activeProfile());
        core::JobRunner jobs;
        gui::MainWindow w(settings, language, services, jobs, QString());
        w.show();
        auto* containers =
            qobject_cast<gui::ContainersPage*>(w.page(gui::MainWindow::Page::Containers));
        w.selectPage(gui::MainWindow::Page::Containers);
        auto* down = containers->findChild<QPushButton*>(QStringLiteral("composeDown"));
        QVERIFY(down);
        QTRY_VERIFY(down->isEnabled());
        down->click();
        QMessageBox* question = nullptr;
        QTRY_VERIFY((question = containers->findChild<QMessageBox*>()) != nullptr);
        QVERIFY(question->text().contains(a.name));

        makeActive(w, b.name);
        QCOMPARE(services.current()->profile().name, b.name);
        // Still open: confirmed as the user would.
        const auto buttons = question->buttons();
        QAbstractButton* ok = nullptr;
        for (QAbstractButton* button : buttons)
            if (question->buttonRole(button) == QMessageBox::AcceptRole)
                ok = button;
        QVERIFY(ok);
        ok->click();
        QVERIFY(down->isEnabled()); // no compose job was started
        auto* output = containers->findChild<QPlainTextEdit*>();
        QVERIFY(output);
        QTRY_VERIFY2(output->toPlainText().contains(QStringLiteral("Nothing was done")),
                     qPrintable(output->toPlainText()));
    }
};

QTEST_MAIN(TestProfileSwitch)
#include "tst_profileswitch.moc"
