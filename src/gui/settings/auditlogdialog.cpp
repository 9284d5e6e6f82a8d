#include "auditlogdialog.h"

#include "logging/auditlog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <set>

namespace artgen::gui {

namespace {
// The time-range choices, in hours back from now (0: any time).
constexpr int kRanges[] = {0, 1, 24, 24 * 7, 24 * 30};
} // namespace

AuditLogDialog::AuditLogDialog(QWidget* parent, QString path)
    : QDialog(parent), m_path(path.isEmpty() ? core::AuditLog::path() : std::move(path))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    m_pool.setMaxThreadCount(1);
    resize(900, 520);
    auto* root = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("auditRange"));
    for (const int hours : kRanges)
        m_range->addItem(QString(), hours);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("auditProfile"));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("auditOutcome"));
    m_refresh = new QPushButton(this);
    for (QComboBox* box : {m_range, m_profile, m_action, m_outcome})
        filters->addWidget(box, 1);
    filters->addWidget(m_refresh);
    root->addLayout(filters);
    m_model = new QStandardItemModel(0, 6, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    root->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    root->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    root->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &AuditLogDialog::refresh);
    for (QComboBox* box : {m_range, m_profile, m_action, m_outcome})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilters);
    retranslate();
    refresh();
}

void AuditLogDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AuditLogDialog::retranslate()
{
    setWindowTitle(tr("Audit log"));
    m_range->setItemText(0, tr("Any time"));
    m_range->setItemText(1, tr("Last hour"));
    m_range->setItemText(2, tr("Last 24 hours"));
    m_range->setItemText(3, tr("Last 7 days"));
    m_range->setItemText(4, tr("Last 30 days"));
    m_range->setAccessibleName(tr("Time range"));
    m_profile->setAccessibleName(tr("Profile"));
    m_action->setAccessibleName(tr("Action"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_refresh->setText(tr("&Refresh"));
    m_model->setHorizontalHeaderLabels(
        {tr("Time"), tr("User"), tr("Profile"), tr("Action"), tr("Target"), tr("Outcome")});
    fillChoices();
}

void AuditLogDialog::refresh()
{
    m_status->setText(tr("Reading %1…").arg(m_path));
    m_refresh->setEnabled(false);
    // Its own pool: the shared one may be busy with other pages' slow work (a Docker host
    // that does not answer), and the log should open at once regardless.
    QtConcurrent::run(&m_pool, [path = m_path] {
        return core::AuditReader::read(path);
    }).then(this, [this](const core::Result<core::AuditReader::Contents>& contents) {
        m_refresh->setEnabled(true);
        m_entries = contents ? contents->entries : QList<core::AuditReader::Entry>{};
        m_unreadable = contents ? contents->unreadableLines : 0;
        fillChoices();
        applyFilters();
        if (!contents)
            m_status->setText(contents.error().message());
        Q_EMIT loaded();
    });
}

void AuditLogDialog::fillCombo(QComboBox* box, const QStringList& values, const QString& anyText)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(anyText, QString());
    for (const QString& v : values)
        box->addItem(v, v);
    box->setCurrentIndex(qMax(0, box->findData(current)));
}

void AuditLogDialog::fillChoices()
{
    std::set<QString> profiles, actions, outcomes;
    for (const auto& e : std::as_const(m_entries)) {
        profiles.insert(e.profile);
        actions.insert(e.action);
        outcomes.insert(e.outcome);
    }
    const auto list = [](const std::set<QString>& s) {
        return QStringList(s.cbegin(), s.cend());
    };
    fillCombo(m_profile, list(profiles), tr("All profiles"));
    fillCombo(m_action, list(actions), tr("All actions"));
    fillCombo(m_outcome, list(outcomes), tr("All outcomes"));
}

core::AuditReader::Filter AuditLogDialog::currentFilter() const
{
    core::AuditReader::Filter f;
    const int hours = m_range->currentData().toInt();
    if (hours > 0)
        f.since = QDateTime::currentDateTimeUtc().addSecs(-qint64(hours) * 3600);
    f.profile = m_profile->currentData().toString();
    f.action = m_action->currentData().toString();
    f.outcome = m_outcome->currentData().toString();
    return f;
}

void AuditLogDialog::applyFilters()
{
    const core::AuditReader::Filter filter = currentFilter();
    m_model->removeRows(0, m_model->rowCount());
    // Newest first: the question is usually "what just happened".
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (!filter.matches(*it))
            continue;
        QList<QStandardItem*> row;
        for (const QString& text :
             {QLocale().toString(it->time.toLocalTime(), QLocale::ShortFormat), it->user,
              it->profile, it->action, it->target, it->outcome})
            row << new QStandardItem(text);
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    QString status = tr("%n entry(ies) shown.", nullptr, m_model->rowCount());
    if (m_unreadable > 0)
        status += u' ' + tr("%n line(s) could not be read.", nullptr, m_unreadable);
    m_status->setText(tr("%1 File: %2").arg(status, m_path));
}

int AuditLogDialog::shownRows() const
{
    return m_model->rowCount();
}

void AuditLogDialog::setFilter(const QString& comboName, const QString& value)
{
    if (auto* box = findChild<QComboBox*>(comboName))
        box->setCurrentIndex(box->findData(value));
}

} // namespace artgen::gui
