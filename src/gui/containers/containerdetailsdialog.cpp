#include "containerdetailsdialog.h"

#include "docker/dockerclient.h"
#include "logging/secretredactor.h"
#include "session/profileservices.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace artgen::gui {

namespace {

const int kValueRole = Qt::UserRole;

QString timeText(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
                       : QStringLiteral("—");
}

QTreeWidgetItem* row(QTreeWidgetItem* parent, const QString& name, const QString& value)
{
    return new QTreeWidgetItem(parent, {name, value});
}

QString quoted(const QStringList& args)
{
    QStringList out;
    for (const QString& a : args)
        out << (a.contains(u' ') || a.isEmpty() ? u'"' + a + u'"' : a);
    return out.join(u' ');
}

} // namespace

ContainerDetailsDialog::ContainerDetailsDialog(std::shared_ptr<core::ProfileServices> services,
                                               QString container, QWidget* parent)
    : QDialog(parent), m_services(std::move(services)), m_docker(m_services->docker()),
      m_container(std::move(container))
{
    setWindowTitle(tr("Details of %1").arg(m_container));
    resize(860, 600);
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("details"));
    m_tree->setAccessibleName(tr("Details of %1").arg(m_container));
    m_tree->setAccessibleDescription(
        tr("The container's settings and state by section; secrets stay masked until revealed."));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Name"), tr("Value")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_reveal = buttons->addButton(tr("Reveal secrets"), QDialogButtonBox::ActionRole);
    m_reveal->setObjectName(QStringLiteral("reveal"));
    m_reveal->setCheckable(true);
    QPushButton* copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copy"));
    QPushButton* reload = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    connect(m_reveal, &QPushButton::toggled, this, &ContainerDetailsDialog::setRevealed);
    connect(copy, &QPushButton::clicked, this, &ContainerDetailsDialog::copySelection);
    connect(reload, &QPushButton::clicked, this, &ContainerDetailsDialog::load);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* copyKey = new QShortcut(QKeySequence::Copy, m_tree);
    copyKey->setContext(Qt::WidgetShortcut);
    connect(copyKey, &QShortcut::activated, this, &ContainerDetailsDialog::copySelection);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    load();
}

void ContainerDetailsDialog::load()
{
    m_status->setText(tr("Loading…"));
    m_docker.inspection(m_container)
        .then(this, [this](const core::Result<core::ContainerInspection>& c) {
            if (!c) {
                m_status->setText(c.error().message());
                return;
            }
            m_status->clear();
            present(*c);
        });
}

void ContainerDetailsDialog::present(const core::ContainerInspection& c)
{
    m_tree->clear();
    m_secrets.clear();
    addGeneral(c);
    addHealth(c);
    addEnvironment(c);
    addMounts(c);
    addNetworks(c);
    addLabels(c);
    m_tree->expandAll();
    // Labels are long and many: open on what explains the container.
    if (QTreeWidgetItem* labels = m_tree->topLevelItem(m_tree->topLevelItemCount() - 1))
        labels->setExpanded(false);
    m_tree->resizeColumnToContents(0);
    setRevealed(m_reveal->isChecked());
}

QTreeWidgetItem* ContainerDetailsDialog::section(const QString& title, int count)
{
    auto* item =
        new QTreeWidgetItem(m_tree, {title, count < 0 ? QString() : QString::number(count)});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFirstColumnSpanned(count < 0);
    return item;
}

void ContainerDetailsDialog::addGeneral(const core::ContainerInspection& c)
{
    QTreeWidgetItem* s = section(tr("Container"));
    row(s, tr("Image"), c.image);
    row(s, tr("Image ID"), c.imageId);
    row(s, tr("Command"), quoted(c.entrypoint + c.cmd));
    row(s, tr("State"), c.state);
    row(s, tr("Exit code"), QString::number(c.exitCode));
    row(s, tr("Started"), timeText(c.startedAt));
    row(s, tr("Finished"), timeText(c.finishedAt));
    row(s, tr("Restart policy"), c.restartPolicy);
}

void ContainerDetailsDialog::addHealth(const core::ContainerInspection& c)
{
    QTreeWidgetItem* s = section(tr("Health check"));
    s->setData(0, Qt::UserRole + 1, QStringLiteral("health"));
    if (c.health.isEmpty()) {
        row(s, tr("Status"), tr("no health check"));
        return;
    }
    row(s, tr("Status"), c.health);
    // Newest first: the last result is the one that explains the current status.
    for (auto it = c.healthLog.crbegin(); it != c.healthLog.crend(); ++it) {
        QTreeWidgetItem* probe =
            row(s, timeText(it->start),
                it->output.trimmed().isEmpty()
                    ? tr("exit code %1").arg(it->exitCode)
                    : tr("exit code %1: %2").arg(it->exitCode).arg(it->output.trimmed()));
        probe->setData(0, Qt::UserRole + 1, QStringLiteral("probe"));
        probe->setToolTip(1, it->output);
    }
}

void ContainerDetailsDialog::addEnvironment(const core::ContainerInspection& c)
{
    QTreeWidgetItem* s = section(tr("Environment"), int(c.environment.size()));
    for (const auto& e : c.environment) {
        QTreeWidgetItem* item = row(s, e.name, e.value);
        if (e.secret) {
            item->setData(1, kValueRole, e.value);
            m_secrets << item;
            // Shown on request from now on: should it reach a log message, it is masked there.
            core::SecretRedactor::global()->addSecret(e.value);
        }
    }
}

void ContainerDetailsDialog::addMounts(const core::ContainerInspection& c)
{
    QTreeWidgetItem* s = section(tr("Mounts"), int(c.mounts.size()));
    for (const auto& m : c.mounts)
        row(s, m.type,
            QStringLiteral("%1 → %2 (%3)")
                .arg(m.source, m.destination, m.readWrite ? tr("rw") : tr("ro")));
}

void ContainerDetailsDialog::addNetworks(const core::ContainerInspection& c)
{
    QTreeWidgetItem* s = section(tr("Networks"), int(c.networks.size()));
    for (const auto& n : c.networks) {
        const QString ip = n.ipAddress.isEmpty() ? tr("no address") : n.ipAddress;
        row(s, n.name,
            n.aliases.isEmpty()
                ? ip
                : tr("%1, aliases: %2").arg(ip, n.aliases.join(QStringLiteral(", "))));
    }
}

void ContainerDetailsDialog::addLabels(const core::ContainerInspection& c)
{
    QTreeWidgetItem* s = section(tr("Labels"), int(c.labels.size()));
    for (auto it = c.labels.cbegin(); it != c.labels.cend(); ++it)
        row(s, it.key(), it.value());
}

void ContainerDetailsDialog::setRevealed(bool revealed)
{
    m_reveal->setText(revealed ? tr("Hide secrets") : tr("Reveal secrets"));
    for (QTreeWidgetItem* item : std::as_const(m_secrets))
        item->setText(1, revealed ? item->data(1, kValueRole).toString()
                                  : QString::fromUtf16(core::SecretRedactor::kMask));
}

void ContainerDetailsDialog::copySelection()
{
    // What is shown is what is copied: a masked secret stays masked on the clipboard.
    QList<QTreeWidgetItem*> items = m_tree->selectedItems();
    if (items.isEmpty())
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
            items << *it;
    QStringList lines;
    for (const QTreeWidgetItem* item : std::as_const(items)) {
        QString line = item->parent() ? QStringLiteral("  ") : QString();
        line += item->text(0);
        if (!item->text(1).isEmpty())
            line += u'\t' + item->text(1);
        lines << line;
    }
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace artgen::gui
