#include "mainwindow.h"

#include "app/mainmenu.h"
#include "backup/backupspage.h"
#include "charts/chartspage.h"
#include "common/badgedicon.h"
#include "common/productionbanner.h"
#include "config/configurationpage.h"
#include "containers/containerspage.h"
#include "deploy/deploymentpage.h"
#include "loadtest/loadtestpage.h"
#include "logs/logspage.h"
#include "session/activeservices.h"
#include "settings/settingspage.h"
#include "settings/settingsstore.h"
#include "troubleshoot/troubleshootingpage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMetaEnum>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace artgen::gui {

MainWindow::MainWindow(core::SettingsStore& settings, core::LanguageManager& language,
                       core::ActiveServices& services, core::JobRunner& jobs, QString logFilePath,
                       QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_language(language), m_services(services),
      m_jobs(jobs), m_logFilePath(std::move(logFilePath))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/artgen.svg")));

    auto* splitter = new QSplitter(this);
    m_nav = new QListWidget(splitter);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setMinimumWidth(190);
    // The production banner sits above whichever page is shown.
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_productionBanner = new ProductionBanner(right);
    m_stack = new QStackedWidget(right);
    m_stack->setObjectName(QStringLiteral("pages"));
    rightLayout->addWidget(m_productionBanner);
    rightLayout->addWidget(m_stack, 1);
    splitter->addWidget(m_nav);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({200, 900});
    setCentralWidget(splitter);

    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileStatus"));
    m_dockerLabel = new QLabel(this);
    m_dockerLabel->setObjectName(QStringLiteral("dockerStatus"));
    statusBar()->addWidget(m_profileLabel);
    statusBar()->addPermanentWidget(m_dockerLabel);

    buildNavigation();
    m_menu = new MainMenu(this, int(pages().size()));
    connectMenu();
    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::showRow);
    retranslate();
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

QList<MainWindow::Page> MainWindow::pages()
{
    return {Page::Containers,      Page::Logs,          Page::Charts,
            Page::Backups,         Page::Configuration, Page::Deployment,
            Page::Troubleshooting, Page::LoadTest,      Page::Settings};
}

QString MainWindow::pageKey(Page page)
{
    return QString::fromLatin1(QMetaEnum::fromType<Page>().valueToKey(int(page))).toLower();
}

void MainWindow::buildNavigation()
{
    for (Page page : pages()) {
        auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(pageKey(page))),
                                         QString(), m_nav);
        item->setData(Qt::UserRole, pageKey(page));
        item->setSizeHint(QSize(0, 34));
        // An empty slot per page; the page itself is built when first shown.
        m_stack->addWidget(new QWidget(m_stack));
        m_pages << nullptr;
    }
}

void MainWindow::connectMenu()
{
    connect(m_menu, &MainMenu::pageRequested, this,
            [this](int index) { selectPage(pages().at(index)); });
    connect(m_menu, &MainMenu::refreshRequested, this, &MainWindow::refreshCurrentPage);
    connect(m_menu, &MainMenu::quitRequested, this, &MainWindow::quit);
    connect(m_menu, &MainMenu::findRequested, this, &MainWindow::findInLogs);
    const auto logs = [this] {
        return qobject_cast<LogsPage*>(page(Page::Logs));
    };
    connect(m_menu, &MainMenu::findNextRequested, this, [logs] { logs()->findNext(); });
    connect(m_menu, &MainMenu::findPreviousRequested, this, [logs] { logs()->findPrevious(); });
    connect(m_menu, &MainMenu::clearSearchRequested, this, [logs] { logs()->clearSearch(); });
}

void MainWindow::findInLogs()
{
    selectPage(Page::Logs);
    qobject_cast<LogsPage*>(page(Page::Logs))->focusSearch();
}

void MainWindow::refreshCurrentPage()
{
    switch (currentPage()) {
    case Page::Containers:
        qobject_cast<ContainersPage*>(page(Page::Containers))->reloadProfile();
        break;
    case Page::Backups:
        qobject_cast<BackupsPage*>(page(Page::Backups))->refresh();
        break;
    case Page::Configuration:
        qobject_cast<ConfigurationPage*>(page(Page::Configuration))->reload();
        break;
    default:
        break;
    }
}

void MainWindow::quit()
{
    // Through close(), so the geometry and the page are saved as on the window's close button.
    // A close put off by a question quits once the user has answered it.
    m_quitWhenClosed = true;
    if (close())
        QCoreApplication::quit();
}

QWidget* MainWindow::createPage(Page page)
{
    if (page == Page::Settings) {
        m_settingsPage = new SettingsPage(m_settings, m_language, m_logFilePath);
        // Unapplied configuration edits belong to the active profile: leaving it asks first.
        m_settingsPage->setLeaveGuard([this](const std::function<void()>& proceed) {
            if (auto* config = configurationPage())
                config->confirmLeave(ConfigurationPage::Leaving::SwitchProfile, proceed);
            else
                proceed();
        });
        connect(m_settingsPage, &SettingsPage::profilesChanged, this, [this] {
            // Every page follows the services; this is where they are rebuilt.
            m_services.activate(m_settings.activeProfile());
            refreshProfile();
            Q_EMIT profileChanged();
        });
        // Taller than a 1280×800 screen leaves for it: it scrolls rather than push the window
        // off the screen.
        m_settingsPage->setObjectName(QStringLiteral("settingsPage"));
        auto* scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(m_settingsPage);
        scroll->setAccessibleName(tr("Settings"));
        return scroll;
    }
    if (page == Page::Containers) {
        auto* containers = new ContainersPage(m_services, m_jobs);
        containers->setSettings(&m_settings);
        connect(containers, &ContainersPage::logsRequested, this, [this](const QString& service) {
            auto* logs = qobject_cast<LogsPage*>(this->page(Page::Logs));
            logs->showService(service);
            selectPage(Page::Logs);
        });
        connect(containers, &ContainersPage::verdictChanged, this, &MainWindow::setStackVerdict);
        return containers;
    }
    if (page == Page::Backups) {
        auto* backups = new BackupsPage(m_services, m_jobs);
        return backups;
    }
    if (page == Page::Logs) {
        auto* logs = new LogsPage(m_services, m_settings);
        return logs;
    }
    if (page == Page::Charts)
        return new ChartsPage(m_services, &m_settings);
    if (page == Page::LoadTest)
        return new LoadTestPage(m_services, m_jobs);
    if (page == Page::Configuration)
        return new ConfigurationPage(m_services, m_jobs);
    if (page == Page::Deployment)
        return new DeploymentPage(m_services, m_jobs, &m_settings);
    if (page == Page::Troubleshooting) {
        auto* troubleshooting = new TroubleshootingPage(m_services, m_jobs, &m_settings);
        // The 504 runbook's fix: the Configuration page (it opens at its own first key until it
        // can be asked for one).
        connect(troubleshooting, &TroubleshootingPage::configurationRequested, this,
                [this] { selectPage(Page::Configuration); });
        return troubleshooting;
    }
    Q_UNREACHABLE(); // every page is built above
    return nullptr;
}

QWidget* MainWindow::page(Page p)
{
    const int row = int(pages().indexOf(p));
    if (!m_pages[row]) {
        QWidget* w = createPage(p);
        w->setObjectName(pageKey(p) + QStringLiteral("Page"));
        QWidget* slot = m_stack->widget(row);
        m_stack->insertWidget(row, w);
        m_stack->removeWidget(slot);
        slot->deleteLater();
        m_pages[row] = w;
    }
    return m_pages[row];
}

SettingsPage* MainWindow::settingsPage()
{
    page(Page::Settings);
    return m_settingsPage;
}

LoadTestPage* MainWindow::loadTestPage()
{
    return qobject_cast<LoadTestPage*>(page(Page::LoadTest));
}

void MainWindow::showRow(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    const Page shown = pages().at(row);
    page(shown);
    m_stack->setCurrentIndex(row);
    m_menu->showPage(
        row, shown == Page::Containers || shown == Page::Backups || shown == Page::Configuration,
        shown == Page::Logs);
}

QString MainWindow::pageTitle(Page page) const
{
    switch (page) {
    case Page::Containers:
        return tr("Containers");
    case Page::Logs:
        return tr("Logs");
    case Page::Charts:
        return tr("Charts");
    case Page::Backups:
        return tr("Backups");
    case Page::Configuration:
        return tr("Configuration");
    case Page::Deployment:
        return tr("Deployment");
    case Page::Troubleshooting:
        return tr("Troubleshooting");
    case Page::LoadTest:
        return tr("Load test");
    case Page::Settings:
        return tr("Settings");
    }
    return {};
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("ArtGen Control Panel"));
    const QList<Page> all = pages();
    QStringList titles;
    for (int i = 0; i < all.size(); ++i) {
        titles << pageTitle(all[i]);
        m_nav->item(i)->setText(titles.last());
    }
    m_menu->retranslate(titles);
    setStackVerdict(m_stackVerdict);
    refreshProfile();
    if (m_dockerKnown)
        setDockerStatus(m_dockerStatus);
    else
        m_dockerLabel->setText(tr("Docker: checking…"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The language manager set the default locale with the language; widgets that show
        // numbers and dates themselves (spin boxes, date edits) take it from their window.
        setLocale(QLocale());
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::selectPage(Page page)
{
    m_nav->setCurrentRow(int(pages().indexOf(page)));
}

MainWindow::Page MainWindow::currentPage() const
{
    const int row = m_nav->currentRow();
    return row >= 0 ? pages().at(row) : Page::Containers;
}

void MainWindow::refreshProfile()
{
    const auto profile = m_settings.activeProfile();
    m_profileLabel->setText(profile ? tr("Profile: %1").arg(profile->name)
                                    : tr("No profile — add one in Settings"));
    m_profileLabel->setToolTip(profile ? profile->stackDir : QString());
    m_productionBanner->showFor(profile ? &*profile : nullptr);
}

void MainWindow::setDockerStatus(const core::DockerStatus& status)
{
    m_dockerStatus = status;
    m_dockerKnown = true;
    if (status.reachable) {
        // Docker answering is not the stack being well: a stack that is not says so here too.
        using L = core::StackVerdict::Level;
        const L level = m_stackVerdict.level();
        const QString docker =
            tr("Docker %1 (API %2) answers").arg(status.serverVersion, status.apiVersion);
        const bool fine = level == L::Healthy || level == L::Unknown;
        m_dockerLabel->setText(fine ? docker : tr("%1 — %2").arg(docker, m_stackVerdict.summary()));
        m_dockerLabel->setStyleSheet(fine                   ? QStringLiteral("color: #1f8a4c;")
                                     : level == L::Starting ? QStringLiteral("color: #a07000;")
                                                            : QStringLiteral("color: #b5402f;"));
        m_dockerLabel->setToolTip(status.endpoint);
    } else {
        m_dockerLabel->setText(tr("Docker does not answer: %1").arg(status.error.what()));
        m_dockerLabel->setStyleSheet(QStringLiteral("color: #b5402f;"));
        m_dockerLabel->setToolTip(status.error.message());
    }
}

void MainWindow::setStackVerdict(const core::StackVerdict& verdict)
{
    m_stackVerdict = verdict;
    // A dot on the entry's icon, the words in its tooltip: the entry keeps its name.
    QListWidgetItem* item = m_nav->item(int(pages().indexOf(Page::Containers)));
    item->setIcon(BadgedIcon::forVerdict(
        QIcon(QStringLiteral(":/icons/%1.svg").arg(pageKey(Page::Containers))), m_nav->iconSize(),
        verdict));
    item->setToolTip(verdict.summary());
    item->setData(StackVerdictRole, int(verdict.level()));
    if (m_dockerKnown)
        setDockerStatus(m_dockerStatus);
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings.value(core::SettingKeys::windowGeometry)))
        placeFirstTime();
    QMainWindow::restoreState(m_settings.value(core::SettingKeys::windowState));
    QString last = m_settings.value(core::SettingKeys::lastPage);
    if (last.isEmpty())
        last = pageKey(Page::Containers);
    Page page = Page::Containers;
    for (Page p : pages())
        if (pageKey(p) == last)
            page = p;
    selectPage(page);
}

void MainWindow::placeFirstTime()
{
    const QScreen* where = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!where)
        return;
    const QRect available = where->availableGeometry();
    setGeometry(
        QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, available.size() * 0.8, available));
}

void MainWindow::saveState()
{
    m_settings.setValue(core::SettingKeys::windowGeometry, saveGeometry());
    m_settings.setValue(core::SettingKeys::windowState, QMainWindow::saveState());
    m_settings.setValue(core::SettingKeys::lastPage, pageKey(currentPage()));
    m_settings.sync();
}

ConfigurationPage* MainWindow::configurationPage() const
{
    return qobject_cast<ConfigurationPage*>(m_pages[int(pages().indexOf(Page::Configuration))]);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Unapplied configuration edits: asked first (without blocking), then closed again.
    auto* config = configurationPage();
    if (!m_leaving && config && config->hasUnsavedEdits()) {
        event->ignore();
        config->confirmLeave(ConfigurationPage::Leaving::Quit, [this] {
            m_leaving = true;
            if (close() && m_quitWhenClosed)
                QCoreApplication::quit();
        });
        return;
    }
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace artgen::gui
